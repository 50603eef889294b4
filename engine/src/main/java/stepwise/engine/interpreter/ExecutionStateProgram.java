package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import stepwise.engine.data.ErrorNames;
import stepwise.engine.data.Json;
import stepwise.engine.data.StateFailure;

/**
 * Task, Parallel and Map: states that do work in attempts, with {@code Retry} and {@code Catch}.
 * {@code InputPath} runs once when the state is entered; each attempt evaluates the parameters and
 * does the work; a failed attempt is retried, caught or ends the flow.
 */
abstract class ExecutionStateProgram extends StateProgram {
    final List<Retrier> retriers;
    final List<Catcher> catchers;

    ExecutionStateProgram(StateHeader h, DataFlow flow, Assignment assign, List<Retrier> retriers, List<Catcher> catchers) {
        super(h, flow, assign);
        this.retriers = List.copyOf(retriers);
        this.catchers = List.copyOf(catchers);
    }

    /** Per-entry data of the state: the effective input and the retriers' attempt counts. */
    static class Attempts {
        final JsonNode effective;
        final int[] retries;

        Attempts(JsonNode effective, int retriers) {
            this.effective = effective;
            this.retries = new int[retriers];
        }
    }

    @Override
    final void execute(Fiber f) {
        JsonNode effective = flow.input(f, f.input);
        f.stateData = newAttempts(effective);
        runAttempt(f);
    }

    Attempts newAttempts(JsonNode effective) {
        return new Attempts(effective, retriers.size());
    }

    /** Runs one attempt, routing its failures to {@link #failed}. */
    final void runAttempt(Fiber f) {
        try {
            attempt(f, (Attempts) f.stateData);
        } catch (StateFailure e) {
            failed(f, e);
        }
    }

    /** One attempt of the work: it ends with {@link #succeeded}, {@link #failed}, or by blocking the fiber. */
    abstract void attempt(Fiber f, Attempts a);

    /** The work produced {@code result}: Assign, ResultSelector, ResultPath, then the output field. */
    final void succeeded(Fiber f, JsonNode result) {
        Attempts a = (Attempts) f.stateData;
        Map<String, JsonNode> assigned;
        JsonNode value;
        f.inspect("result", result);
        try {
            if (jsonata) {
                f.statesResult = result;
            }
            assigned = assign(f, flow.assignInput(a.effective, result));
            value = flow.result(f, f.input, result);
        } catch (StateFailure e) {
            failed(f, e);
            return;
        }
        try {
            leave(f, value, assigned, next);
        } catch (StateFailure e) {
            fatal(f, e);
        }
    }

    /** An attempt failed: retry it, catch the error, or end the flow with it. */
    final void failed(Fiber f, StateFailure e) {
        if (f.run.over()) {
            return;
        }
        if (ErrorNames.RUNTIME.equals(e.error())) {
            fatal(f, e);
            return;
        }
        String cause = f.run.describe(f, e);
        if (e.evaluation()) {
            recordEvaluationFailure(f, e, cause);
        }
        handle(f, e.error(), cause);
    }

    /** Events a state records when it fails for good, before it is caught ({@code ParallelStateFailed}, {@code MapStateFailed}). */
    void stateFailed(Fiber f) {
    }

    /** Retry, catch or fail with an error whose events are already recorded. */
    final void handle(Fiber f, String error, String cause) {
        Attempts a = (Attempts) f.stateData;
        StateTest test = f.tested() ? f.run.test() : null;
        for (int i = 0; i < retriers.size(); i++) {
            Retrier r = retriers.get(i);
            if (r.matches(error)) {
                if (test != null) {
                    Integer configured = test.configuration().retrierRetryCount();
                    int done = configured == null ? 0 : configured;
                    if (done < r.maxAttempts()) {
                        test.errorDetail("retryBackoffIntervalSeconds", Math.round(r.delayMillis(done, null) / 1000.0));
                        test.errorDetail("retryIndex", i);
                        test.retriable(error, cause);
                        f.fail(error, cause);
                        return;
                    }
                    test.errorDetail("retryIndex", i);
                    break;
                }
                if (a.retries[i] < r.maxAttempts()) {
                    long delay = r.delayMillis(a.retries[i], f.random());
                    a.retries[i]++;
                    f.block();
                    f.run.schedule(Timer.Kind.RETRY, delay, f, () -> {
                        f.retried();
                        runAttempt(f);
                    });
                    return;
                }
                break;
            }
        }
        stateFailed(f);
        if (f.run.over()) {
            return;
        }
        for (int i = 0; i < catchers.size(); i++) {
            Catcher c = catchers.get(i);
            if (c.matches(error)) {
                if (test != null) {
                    test.errorDetail("catchIndex", i);
                    test.caught(error, cause);
                }
                ObjectNode errorOutput = Json.object(2);
                errorOutput.put("Error", error == null ? "" : error);
                errorOutput.put("Cause", cause == null ? "" : cause);
                try {
                    f.statesErrorOutput = errorOutput;
                    Map<String, JsonNode> assigned = c.assign == null ? Map.of() : c.assign.apply(f, errorOutput);
                    JsonNode out = c.output(f, f.input, errorOutput);
                    f.run.checkOutputSize(f, out);
                    f.exitState(out, assigned, c.next);
                } catch (StateFailure e) {
                    fatal(f, e);
                }
                return;
            }
        }
        f.fail(error, cause);
    }
}

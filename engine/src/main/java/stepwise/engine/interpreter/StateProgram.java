package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import stepwise.engine.EventDetails;
import stepwise.engine.HistoryEventType;
import stepwise.engine.data.StateFailure;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonPointer;

/**
 * A compiled state: its transitions resolved, its paths, templates and expressions parsed. Stateless
 * at run time (everything an execution needs lives in the {@link Fiber}), so one compiled workflow
 * serves any number of executions.
 */
abstract class StateProgram {
    final String name;
    final JsonPointer pointer;
    final StateType type;
    final boolean jsonata;
    final HistoryEventType entered;
    final HistoryEventType exited;
    /** True for Task, Parallel and Map, whose Context object has State.RetryCount. */
    final boolean hasRetryCount;
    final DataFlow flow;
    final Assignment assign;
    /** The next state, or null when the state ends its flow. Resolved after all states are built. */
    StateProgram next;

    StateProgram(StateHeader h, DataFlow flow, Assignment assign) {
        this.name = h.name();
        this.pointer = h.pointer();
        this.type = h.type();
        this.jsonata = h.jsonata();
        this.entered = HistoryEventType.valueOf(h.type().aslName() + "StateEntered");
        HistoryEventType ex;
        try {
            ex = HistoryEventType.valueOf(h.type().aslName() + "StateExited");
        } catch (IllegalArgumentException failHasNoExit) {
            ex = null;
        }
        this.exited = ex;
        this.hasRetryCount = h.type() == StateType.TASK || h.type() == StateType.PARALLEL || h.type() == StateType.MAP;
        this.flow = flow;
        this.assign = assign;
    }

    /** What every state has: its name, where it is, its type and query language. */
    record StateHeader(String name, JsonPointer pointer, StateType type, boolean jsonata) {
    }

    /** Runs the state on the fiber's current input. */
    final void enter(Fiber f) {
        f.beginState(this);
        if (f.run.over()) {
            return;
        }
        try {
            execute(f);
        } catch (StateFailure e) {
            fatal(f, e);
        }
    }

    /** The state's work; it ends by leaving the state, blocking the fiber or throwing. */
    abstract void execute(Fiber f);

    /**
     * A failure the state does not handle: records an {@code EvaluationFailed} event for a JSONata
     * failure, then ends the fiber with the error.
     */
    void fatal(Fiber f, StateFailure e) {
        String cause = f.run.describe(f, e);
        if (e.evaluation()) {
            recordEvaluationFailure(f, e, cause);
            afterEvaluationFailure(f);
        }
        if (!f.run.over()) {
            f.fail(e.error(), cause);
        }
    }

    void recordEvaluationFailure(Fiber f, StateFailure e, String cause) {
        if (f.observed()) {
            f.emit(HistoryEventType.EvaluationFailed, new EventDetails.EvaluationFailedEventDetails(e.error(), cause, e.location(), name));
        } else if (!f.silent) {
            f.run.skipEvent(f);
        }
    }

    /** Events a state records after an evaluation failure before it fails ({@code MapStateFailed}). */
    void afterEvaluationFailure(Fiber f) {
    }

    /** Ends the state with {@code value} before its output field; output failures are not caught. */
    final void leave(Fiber f, JsonNode value, Map<String, JsonNode> assigned, StateProgram to) {
        JsonNode out = flow.output(f, value);
        f.run.checkOutputSize(f, out);
        f.exitState(out, assigned, to);
    }

    /** Runs {@code Assign} on {@code value}; no Assign assigns nothing. */
    final Map<String, JsonNode> assign(Fiber f, JsonNode value) {
        return assign == null ? Map.of() : assign.apply(f, value);
    }

    @Override
    public String toString() {
        return type.aslName() + " " + name;
    }
}

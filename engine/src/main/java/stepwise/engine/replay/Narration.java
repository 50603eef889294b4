package stepwise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import stepwise.engine.HistoryEvent;
import stepwise.engine.HistoryEventType;
import stepwise.model.asl.CatchRule;
import stepwise.model.asl.RetryPolicy;
import stepwise.model.asl.State;
import stepwise.model.graph.GraphNode;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonValue;

/**
 * Teaching mode's captions: each event told in plain language for someone who does not read JSON,
 * from the state's {@code Comment} when it has one and from the data ("The order is in stock, so we
 * take payment."). A caption depends only on the events up to it and on the definition.
 */
public final class Narration {
    private Narration() {
    }

    /**
     * The caption of event {@code k}.
     *
     * @param headline the sentence to show large: what happens
     * @param detail   a second, smaller line: the data it carries, or why; may be empty
     * @param nodeId   the state it is about, or null
     */
    public record Caption(String headline, String detail, String nodeId) {
        /** Both lines as one text. */
        public String text() {
            return detail.isEmpty() ? headline : headline + " " + detail;
        }
    }

    /** The caption after the first {@code k} events of {@code replay}. */
    public static Caption caption(Replay replay, int k) {
        if (k <= 0 || replay.size() == 0) {
            return new Caption("The execution has not started yet.", "Press play to watch it, one step at a time.", null);
        }
        int i = k - 1;
        HistoryEvent e = replay.event(i);
        String nodeId = replay.nodeIdOf(i);
        State state = stateOf(replay, nodeId);
        String name = replay.stepNameOf(i);
        Token token = replay.tokenOf(i);
        String where = token.kind() == TokenKind.ITERATION ? " (item " + token.index() + ")" : "";
        return switch (e.type()) {
            case ExecutionStarted -> new Caption("The execution starts.", "Its input: " + DataSummary.of(e.input()) + ".", null);
            case ExecutionSucceeded -> new Caption("The execution succeeded.",
                    "It took " + words(Duration.ofMillis(e.epochMillis() - replay.event(0).epochMillis())) + " and "
                            + ExecutionCost.of(replay.events().subList(0, k)).transitions() + " state transitions. Its output: "
                            + DataSummary.of(e.output()) + ".", null);
            case ExecutionFailed -> new Caption("The execution failed with " + e.error() + ".", cause(e.cause()), null);
            case ExecutionTimedOut -> new Caption("The execution ran out of time.", cause(e.cause()), null);
            case ExecutionAborted -> new Caption("The execution was stopped.", cause(e.cause()), null);
            case MapStateStarted -> new Caption(name + " has " + length(e) + " to go through, one run of its steps for each.", "",
                    nodeId);
            case MapIterationStarted -> new Caption(name + " starts on item " + e.mapIterationIndex() + ".", "", nodeId);
            case MapIterationSucceeded -> new Caption("Item " + e.mapIterationIndex() + " of " + name + " is done.", "", nodeId);
            case MapIterationFailed -> new Caption("Item " + e.mapIterationIndex() + " of " + name + " failed.", "", nodeId);
            case MapIterationAborted -> new Caption("Item " + e.mapIterationIndex() + " of " + name + " was stopped.", "", nodeId);
            case ParallelStateStarted -> new Caption(name + " starts " + branches(state) + " at the same time.", "", nodeId);
            case ParallelStateSucceeded -> new Caption("Every branch of " + name + " has finished.", "", nodeId);
            case ParallelStateFailed -> new Caption("A branch of " + name + " failed, so " + name + " fails.", "", nodeId);
            case MapStateSucceeded -> new Caption("Every item of " + name + " is done.", "", nodeId);
            case MapStateFailed -> new Caption(name + " failed: too many of its items failed.", "", nodeId);
            case ChoiceStateExited -> choice(replay, k, nodeId, name);
            case FailStateEntered -> new Caption(comment(state, "The workflow reaches " + name + " and fails" + errorOf(state) + "."),
                    "", nodeId);
            case SucceedStateEntered -> new Caption(comment(state, "The workflow reaches " + name + " and succeeds."), "", nodeId);
            default -> byKind(replay, k, e, state, name + where, nodeId);
        };
    }

    private static Caption byKind(Replay replay, int k, HistoryEvent e, State state, String name, String nodeId) {
        switch (EventKind.of(e.type())) {
            case ENTERED -> {
                return new Caption(comment(state, entered(state, name)), "It receives " + DataSummary.of(e.input()) + ".", nodeId);
            }
            case EXITED -> {
                StepDetails d = nodeId == null ? null : StepDetails.of(replay, nodeId, k, -1);
                if (d != null && d.status() == StateStatus.CAUGHT) {
                    return new Caption(name + " failed with " + d.error() + ", and its Catch handles it.",
                            "The execution goes on with " + DataSummary.of(e.output()) + ".", nodeId);
                }
                return new Caption(name + " is done.", "It passes on " + DataSummary.of(e.output()) + ".", nodeId);
            }
            case ATTEMPT_SCHEDULED -> {
                StepDetails d = nodeId == null ? null : StepDetails.of(replay, nodeId, k, -1);
                int attempt = d == null ? 1 : d.attempts().size();
                String target = resourceWords(e);
                if (attempt > 1) {
                    return new Caption(name + " tries again (attempt " + attempt + ").", "It calls " + target + " once more.", nodeId);
                }
                return new Caption(name + " calls " + target + ".", "It sends " + DataSummary.of(e.input()) + ".", nodeId);
            }
            case ATTEMPT_FAILED -> {
                return new Caption(name + " failed with " + e.error() + ".", next(replay, k, state, e.error()), nodeId);
            }
            case STATE_ABORTED -> {
                return new Caption(name + " was stopped.", "", nodeId);
            }
            default -> {
                if (e.type() == HistoryEventType.TaskSucceeded || e.type() == HistoryEventType.LambdaFunctionSucceeded
                        || e.type() == HistoryEventType.ActivitySucceeded) {
                    return new Caption("The call answers.", "It returns " + DataSummary.of(e.output()) + ".", nodeId);
                }
                if (e.type() == HistoryEventType.TaskSubmitted) {
                    return new Caption(name + " waits for someone to call back.", "The task was handed over; the execution waits for"
                            + " its token to come back with an answer.", nodeId);
                }
                if (e.type() == HistoryEventType.TaskStarted || e.type() == HistoryEventType.LambdaFunctionStarted
                        || e.type() == HistoryEventType.ActivityStarted) {
                    return new Caption(name + " is working.", "", nodeId);
                }
                if (e.type() == HistoryEventType.WaitStateExited) {
                    return new Caption("The wait is over.", "", nodeId);
                }
                return new Caption(name == null ? e.type().name() : name + ": " + e.type().name(), "", nodeId);
            }
        }
    }

    private static Caption choice(Replay replay, int k, String nodeId, String name) {
        StepDetails d = nodeId == null ? null : StepDetails.of(replay, nodeId, k, -1);
        StepDetails.ChoiceRuleResult rule = d == null ? null : d.matchedRule();
        if (rule == null) {
            return new Caption(name + " has decided.", "", nodeId);
        }
        if (rule.rule().equals("Default")) {
            return new Caption("No rule of " + name + " holds, so the execution goes to " + rule.next() + ".", because(d), nodeId);
        }
        return new Caption(rule.explanation() + ", so the execution goes to " + rule.next() + ".", "", nodeId);
    }

    private static String because(StepDetails d) {
        StringBuilder sb = new StringBuilder();
        for (StepDetails.ChoiceRuleResult r : d.choiceRules()) {
            if (!r.rule().equals("Default")) {
                sb.append(sb.length() == 0 ? "" : "; ").append(r.explanation());
            }
        }
        return sb.length() == 0 ? "" : sb + ".";
    }

    /** What follows a failed attempt, from the state's Retry and Catch. */
    private static String next(Replay replay, int k, State state, String error) {
        if (state == null) {
            return "";
        }
        StepDetails d = StepDetails.of(replay, state.pointer().toString(), k, -1);
        int failures = 0;
        if (d != null) {
            for (StepDetails.Attempt a : d.attempts()) {
                if (a.failed()) {
                    failures++;
                }
            }
        }
        for (RetryPolicy r : state.retry()) {
            if (matches(r.errorEquals(), error)) {
                int max = intOf(r.maxAttempts(), 3);
                if (failures <= max) {
                    double interval = doubleOf(r.intervalSeconds(), 1) * Math.pow(doubleOf(r.backoffRate(), 2), Math.max(0, failures - 1));
                    return "Its Retry tries again in about " + words(Duration.ofMillis((long) (interval * 1000))) + " (retry "
                            + failures + " of " + max + ").";
                }
                break;
            }
        }
        for (CatchRule c : state.catchRules()) {
            if (matches(c.errorEquals(), error)) {
                return "Its Catch sends the execution to " + c.next() + ".";
            }
        }
        return "Nothing catches the error, so it fails the " + (replay.tokenOf(k - 1).kind() == TokenKind.EXECUTION ? "execution"
                : replay.tokenOf(k - 1).kind() == TokenKind.BRANCH ? "branch" : "item") + ".";
    }

    private static boolean matches(List<String> errors, String error) {
        return errors.contains(error) || errors.contains("States.ALL")
                || (errors.contains("States.TaskFailed") && !"States.Timeout".equals(error));
    }

    private static int intOf(JsonValue v, int fallback) {
        return v instanceof JsonNumber n ? n.decimal().intValue() : fallback;
    }

    private static double doubleOf(JsonValue v, double fallback) {
        return v instanceof JsonNumber n ? n.decimal().doubleValue() : fallback;
    }

    private static String entered(State state, String name) {
        if (state == null) {
            return name + " starts.";
        }
        return switch (state.type()) {
            case TASK -> name + " starts its task.";
            case CHOICE -> name + " decides where to go next.";
            case WAIT -> name + " waits" + waitWords(state) + ".";
            case PARALLEL -> name + " will run " + branches(state) + " at the same time.";
            case MAP -> name + " will run its steps for each item.";
            case PASS -> name + " shapes the data and passes it on.";
            case SUCCEED -> name + " ends the workflow successfully.";
            case FAIL -> name + " ends the workflow with a failure.";
        };
    }

    private static String waitWords(State state) {
        JsonValue s = state.field("Seconds");
        if (s instanceof JsonNumber n) {
            return " " + words(Duration.ofSeconds(n.decimal().longValue()));
        }
        String ts = state.raw().string("Timestamp");
        if (ts != null) {
            return " until " + ts;
        }
        return "";
    }

    private static String branches(State state) {
        int n = state == null ? 0 : state.children().size();
        return n == 0 ? "its branches" : n == 1 ? "1 branch" : n + " branches";
    }

    private static String length(HistoryEvent e) {
        return e.details() instanceof stepwise.engine.EventDetails.MapStateStartedEventDetails d
                ? String.format(Locale.ROOT, "%,d item%s", d.length(), d.length() == 1 ? "" : "s") : "its items";
    }

    private static String errorOf(State state) {
        String err = state == null ? null : state.raw().string("Error");
        return err == null ? "" : " with " + err;
    }

    private static String comment(State state, String fallback) {
        String c = state == null ? null : state.comment();
        return c == null || c.isBlank() ? fallback : c.strip();
    }

    private static String cause(String cause) {
        return cause == null ? "" : cause;
    }

    private static String resourceWords(HistoryEvent e) {
        String resource = null;
        if (e.details() instanceof stepwise.engine.EventDetails.TaskScheduledEventDetails d) {
            resource = d.resource();
            if (d.resourceType() != null && d.resource() != null) {
                return "the " + d.resourceType() + " service (" + d.resource() + ")";
            }
        } else if (e.details() instanceof stepwise.engine.EventDetails.LambdaFunctionScheduledEventDetails d) {
            resource = d.resource();
        } else if (e.details() instanceof stepwise.engine.EventDetails.ActivityScheduledEventDetails d) {
            return "the activity " + shortArn(d.resource());
        }
        if (resource != null && resource.contains(":function:")) {
            return "the Lambda function " + shortArn(resource);
        }
        return resource == null ? "its service" : shortArn(resource);
    }

    private static String shortArn(String arn) {
        if (arn == null) {
            return "?";
        }
        int i = arn.lastIndexOf(':');
        return i >= 0 && i < arn.length() - 1 ? arn.substring(i + 1) : arn;
    }

    /** {@code 1 h 5 min}, {@code 2 s}, {@code 350 ms}. */
    public static String words(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = ms / 1000;
        if (s < 60) {
            return ms % 1000 == 0 ? s + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long m = s / 60;
        if (m < 60) {
            return m + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        long h = m / 60;
        if (h < 48) {
            return h + " h" + (m % 60 == 0 ? "" : " " + m % 60 + " min");
        }
        return h / 24 + " days" + (h % 24 == 0 ? "" : " " + h % 24 + " h");
    }

    private static State stateOf(Replay replay, String nodeId) {
        if (nodeId == null || replay.graph() == null) {
            return null;
        }
        GraphNode n = replay.graph().node(nodeId);
        return n == null ? null : n.state();
    }

    /** The data of a token in a few words (for the presenter view). */
    public static String data(JsonNode v) {
        return DataSummary.of(v);
    }
}

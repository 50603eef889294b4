package stepwise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import stepwise.engine.HistoryEvent;
import stepwise.engine.HistoryEventType;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.TestState;
import stepwise.engine.TestStateRequest;
import stepwise.engine.TestStateResult;
import stepwise.engine.data.ModelJson;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.State;
import stepwise.model.asl.StateType;
import stepwise.model.graph.GraphNode;

/**
 * What one visit of a state did, as the step details panel shows it: its input and output, what its
 * task was called with and answered, each attempt with its error and the backoff before the next, each
 * stage of its input/output processing, and for a Choice which rule held and why, in words. The stages
 * and the Choice's reasons are worked out again from the recorded input with the TestState API, so they
 * show for imported histories too; when the definition has changed since, the note says so.
 *
 * @param nodeId        the state's node id
 * @param stateName     its name
 * @param type          its type (null when the state is not in the definition)
 * @param status        its status at the event shown
 * @param token         the token of this visit (the execution, a branch, an iteration)
 * @param enteredIndex  the index of the visit's {@code *StateEntered} event
 * @param events        the indexes of the visit's events up to the event shown
 * @param input         the state's input
 * @param output        its output, or null while it runs or when it failed
 * @param taskInput     what the task was called with (Parameters/Arguments after processing), or null
 * @param taskResult    what the task answered, or null
 * @param resource      the task's resource, or null
 * @param attempts      each call of the task, in order (more than one when it was retried)
 * @param stages        each stage of the input/output processing, in order
 * @param stagesNote    why the stages are missing or differ from the record, or null
 * @param choiceRules   for a Choice, each rule tested in order, the one that held last
 * @param error         the error the state ended with (failed or caught), or null
 * @param cause         that error's cause
 * @param assigned      the variables the state assigned
 * @param entered       when it was entered
 * @param left          when it was left, or null while it runs
 */
public record StepDetails(String nodeId, String stateName, StateType type, StateStatus status, Token token, int enteredIndex,
                          int[] events, JsonNode input, JsonNode output, JsonNode taskInput, JsonNode taskResult, String resource,
                          List<Attempt> attempts, List<Stage> stages, String stagesNote, List<ChoiceRuleResult> choiceRules,
                          String error, String cause, Map<String, JsonNode> assigned, Instant entered, Instant left) {
    private static final Logger LOG = Logger.getLogger(StepDetails.class.getName());

    /**
     * One call of a task.
     *
     * @param number       1 for the first call, 2 for the first retry...
     * @param scheduled    when it was scheduled
     * @param ended        when it ended (succeeded or failed), or null while it runs
     * @param error        its error, or null when it succeeded (or still runs)
     * @param cause        that error's cause
     * @param backoffAfter the wait before the next attempt, or null for the last one
     */
    public record Attempt(int number, Instant scheduled, Instant ended, String error, String cause, Duration backoffAfter) {
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * One stage of a state's input/output processing.
     *
     * @param name  "InputPath", "Parameters", "Result", "ResultSelector", "ResultPath", "OutputPath", "Arguments", "Output", "Assign"...
     * @param value the value after that stage
     */
    public record Stage(String name, JsonNode value) {
    }

    /**
     * One rule of a Choice, tested.
     *
     * @param rule        "Rule 1", "Rule 2"... or "Default"
     * @param holds       whether its condition held
     * @param explanation in words: {@code $.amount = 1200 > 1000}
     * @param next        the state it leads to
     */
    public record ChoiceRuleResult(String rule, boolean holds, String explanation, String next) {
        /** {@code $.amount = 1200 > 1000 → ManagerApproval} for the rule that held. */
        public String sentence() {
            return explanation + (holds ? " \u2192 " + next : "");
        }
    }

    /** The Choice rule that sent the execution on, or null. */
    public ChoiceRuleResult matchedRule() {
        for (ChoiceRuleResult r : choiceRules) {
            if (r.holds()) {
                return r;
            }
        }
        return null;
    }

    /** How long the visit took so far (to the event shown). */
    public Duration duration(Replay replay) {
        Instant end = left != null ? left : replay.event(events[events.length - 1]).timestamp();
        return Duration.between(entered, end);
    }

    /**
     * The latest visit of the state {@code nodeId} up to event {@code k} (1-based; only events {@code 1..k}
     * count), within token {@code withinToken} and the tokens it started when {@code >= 0}; null when the
     * state was not entered by then.
     */
    public static StepDetails of(Replay replay, String nodeId, int k, int withinToken) {
        if (k <= 0) {
            return null;
        }
        int entered = replay.latestEntry(nodeId, k - 1, withinToken);
        if (entered < 0) {
            return null;
        }
        int[] visit = replay.visit(entered, k - 1);
        GraphNode node = replay.graph() == null ? null : replay.graph().node(nodeId);
        HistoryEvent first = replay.event(entered);
        JsonNode input = first.input();
        JsonNode output = null;
        JsonNode taskInput = null;
        JsonNode taskResult = null;
        String resource = null;
        String error = null;
        String cause = null;
        Instant left = null;
        Map<String, JsonNode> assigned = Map.of();
        List<Attempt> attempts = new ArrayList<>();
        Instant scheduled = null;
        String attemptError = null;
        String attemptCause = null;
        Instant attemptEnd = null;
        for (int idx : visit) {
            HistoryEvent e = replay.event(idx);
            switch (EventKind.of(e.type())) {
                case ATTEMPT_SCHEDULED -> {
                    if (scheduled != null) {
                        attempts.add(new Attempt(attempts.size() + 1, scheduled, attemptEnd, attemptError, attemptCause,
                                attemptEnd == null ? null : Duration.between(attemptEnd, e.timestamp())));
                    }
                    scheduled = e.timestamp();
                    attemptError = null;
                    attemptCause = null;
                    attemptEnd = null;
                    taskInput = e.input();
                    resource = resourceOf(e);
                }
                case ATTEMPT_FAILED -> {
                    attemptError = e.error();
                    attemptCause = e.cause();
                    attemptEnd = e.timestamp();
                    error = e.error();
                    cause = e.cause();
                }
                case EXITED -> {
                    output = e.output();
                    left = e.timestamp();
                    assigned = e.assignedVariables();
                }
                case STATE_ABORTED -> left = e.timestamp();
                case PARALLEL_STEP, MAP_STEP -> {
                    if (e.type() == HistoryEventType.ParallelStateFailed || e.type() == HistoryEventType.MapStateFailed
                            || e.type() == HistoryEventType.MapRunFailed) {
                        error = e.error() != null ? e.error() : error;
                        cause = e.cause() != null ? e.cause() : cause;
                    }
                }
                default -> {
                    if (e.type() == HistoryEventType.TaskSucceeded || e.type() == HistoryEventType.LambdaFunctionSucceeded
                            || e.type() == HistoryEventType.ActivitySucceeded) {
                        taskResult = e.output();
                        attemptEnd = e.timestamp();
                    }
                    if (e.type() == HistoryEventType.TaskStarted && resource == null) {
                        resource = resourceOf(e);
                    }
                }
            }
        }
        if (scheduled != null) {
            attempts.add(new Attempt(attempts.size() + 1, scheduled, attemptEnd, attemptError, attemptCause, null));
        }
        ExecutionPicture picture = withinToken >= 0 ? replay.pictureOfToken(withinToken, k) : replay.pictureAt(k);
        StateStatus status = picture.statusOf(nodeId);
        if (status == StateStatus.SUCCEEDED) {
            error = null;
            cause = null;
        }
        int lastIndex = visit[visit.length - 1];
        if (error == null && status == StateStatus.FAILED && lastIndex + 1 < replay.size()) {
            HistoryEvent after = replay.event(Math.min(k - 1, replay.size() - 1));
            error = after.error();
            cause = after.cause();
        }

        List<Stage> stages = List.of();
        List<ChoiceRuleResult> rules = List.of();
        String note = null;
        State state = node == null ? null : node.state();
        if (state == null) {
            note = "This state is not in the open workflow, so its data processing cannot be shown.";
        } else if (input == null) {
            note = "The history was recorded without execution data.";
        } else {
            Recomputed r = recompute(replay, state, input, taskResult, attempts, entered);
            stages = r.stages;
            rules = r.rules;
            note = r.note;
            if (note == null && output != null && r.output != null && !r.output.equals(output) && r.ran) {
                note = "Worked out again from the recorded input with the open workflow, which gives a different output than"
                        + " the one recorded: the workflow has changed since this run.";
            }
        }
        return new StepDetails(nodeId, first.stateName(), state == null ? null : state.type(), status, replay.tokenOf(entered),
                entered, visit, input, output, taskInput, taskResult, resource, List.copyOf(attempts), stages, note, rules, error,
                cause, assigned, first.timestamp(), left);
    }

    private static String resourceOf(HistoryEvent e) {
        if (e.details() instanceof stepwise.engine.EventDetails.TaskScheduledEventDetails d) {
            return d.resource();
        }
        if (e.details() instanceof stepwise.engine.EventDetails.TaskStartedEventDetails d) {
            return d.resource();
        }
        if (e.details() instanceof stepwise.engine.EventDetails.LambdaFunctionScheduledEventDetails d) {
            return d.resource();
        }
        if (e.details() instanceof stepwise.engine.EventDetails.ActivityScheduledEventDetails d) {
            return d.resource();
        }
        return null;
    }

    private record Recomputed(List<Stage> stages, List<ChoiceRuleResult> rules, JsonNode output, boolean ran, String note) {
    }

    private static final String[][] STAGE_NAMES = {
        {"input", "Input"}, {"afterInputPath", "InputPath"}, {"afterParameters", "Parameters"}, {"afterArguments", "Arguments"},
        {"afterItemsPath", "ItemsPath"}, {"result", "Result"}, {"afterResultSelector", "ResultSelector"},
        {"afterResultPath", "ResultPath"},
    };

    /** Runs the state again with TestState on its recorded input and (for a Task) its recorded result. */
    private static Recomputed recompute(Replay replay, State state, JsonNode input, JsonNode taskResult, List<Attempt> attempts,
                                        int entered) {
        StateType type = state.type();
        if (type == StateType.PARALLEL || type == StateType.MAP) {
            return new Recomputed(List.of(), List.of(), null, false, null);
        }
        ObjectNode definition = (ObjectNode) ModelJson.toNode(state.raw());
        if (!definition.has("QueryLanguage") && inheritsJsonata(replay, state)) {
            definition.put("QueryLanguage", "JSONata");
        }
        TestStateRequest.Mock mock = null;
        if (type == StateType.TASK) {
            Attempt last = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
            if (taskResult != null) {
                mock = TestStateRequest.Mock.result(taskResult);
            } else if (last != null && last.failed()) {
                mock = TestStateRequest.Mock.error(last.error(), last.cause());
            } else {
                return new Recomputed(List.of(), List.of(), null, false, "The task has not answered yet.");
            }
        }
        TestStateRequest.Configuration config = attempts.size() > 1
                ? new TestStateRequest.Configuration(attempts.size() - 1, null, null, null) : null;
        TestStateRequest request = new TestStateRequest(definition, null, input, TestStateRequest.InspectionLevel.DEBUG, mock, null,
                variablesBefore(replay, entered), config);
        TestStateResult result;
        try {
            result = TestState.run(request);
        } catch (InvalidDefinitionException e) {
            return new Recomputed(List.of(), List.of(), null, false, "The stages cannot be worked out: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Recomputed(List.of(), List.of(), null, false, "Interrupted.");
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "TestState could not rerun " + state.name(), e);
            return new Recomputed(List.of(), List.of(), null, false, "The stages cannot be worked out: " + e.getMessage());
        }
        ObjectNode inspection = result.inspectionData();
        List<Stage> stages = new ArrayList<>();
        for (String[] s : STAGE_NAMES) {
            if (inspection.has(s[0])) {
                stages.add(new Stage(s[1], inspection.get(s[0])));
            }
        }
        if (result.output() != null) {
            stages.add(new Stage(definition.has("OutputPath") ? "OutputPath" : "Output",
                    result.output()));
        }
        if (inspection.has("variables")) {
            stages.add(new Stage("Assign (variables)", inspection.get("variables")));
        }
        List<ChoiceRuleResult> rules = new ArrayList<>();
        JsonNode choice = inspection.get("choiceRules");
        if (choice != null) {
            for (JsonNode r : choice) {
                JsonNode n = r.get("rule");
                String label = n.isNumber() ? "Rule " + (n.asInt() + 1) : n.asText();
                rules.add(new ChoiceRuleResult(label, r.path("holds").asBoolean(), r.path("explanation").asText(),
                        r.path("next").asText(null)));
            }
        }
        String note = null;
        if (result.status() == TestStateResult.Status.FAILED && type != StateType.FAIL && taskResult != null) {
            note = "Worked out again, the state fails with " + result.error() + ": " + result.cause();
        }
        return new Recomputed(List.copyOf(stages), List.copyOf(rules), result.output(), true, note);
    }

    private static boolean inheritsJsonata(Replay replay, State state) {
        if (replay.graph() == null) {
            return false;
        }
        GraphNode n = replay.graph().node(state.pointer().toString());
        while (n != null) {
            var scope = replay.graph().scopeOf(n);
            QueryLanguage q = scope.machine().queryLanguage();
            if (q != null) {
                return q == QueryLanguage.JSONATA;
            }
            n = scope.parentNodeId() == null ? null : replay.graph().node(scope.parentNodeId());
            if (n != null && n.state().queryLanguage() != null) {
                return n.state().queryLanguage() == QueryLanguage.JSONATA;
            }
        }
        return false;
    }

    /** The variables assigned before the visit (latest value of each name), so that the state can read them again. */
    private static Map<String, JsonNode> variablesBefore(Replay replay, int entered) {
        Map<String, JsonNode> vars = new HashMap<>();
        for (int i = 0; i < entered; i++) {
            HistoryEvent e = replay.event(i);
            if (EventKind.of(e.type()) == EventKind.EXITED && !e.assignedVariables().isEmpty()) {
                vars.putAll(e.assignedVariables());
            }
        }
        return new LinkedHashMap<>(vars);
    }
}

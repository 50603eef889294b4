package stepwise.app.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import stepwise.engine.ClockMode;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.HistoryEvent;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.MockConfigFile;
import stepwise.engine.TaskHandler;
import stepwise.engine.Workflow;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.asl.State;
import stepwise.model.asl.TaskState;

/**
 * Runs a damaged workflow on a damaged input with a damaged mock file. The run must end with a status
 * and a consistent history, or be refused with a message; nothing may throw.
 */
final class ExecutionFuzz {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExecutionLimits LIMITS = ExecutionLimits.AWS.withMaxHistoryEvents(3_000)
            .withExpressionTimeout(Duration.ofSeconds(2));

    private ExecutionFuzz() {
    }

    private static final String INPUT_MARK = "\n--- input ---\n";
    private static final String SEED_MARK = "\n--- seed ---\n";

    /** The case as a text {@link #replay} reads back. */
    static String replayable(String text, boolean yaml, String input, long seed) {
        return text + INPUT_MARK + input + SEED_MARK + seed + (yaml ? " yaml" : "");
    }

    static void replay(String recorded) throws Exception {
        int i = recorded.lastIndexOf(INPUT_MARK);
        int s = recorded.lastIndexOf(SEED_MARK);
        String[] seed = recorded.substring(s + SEED_MARK.length()).trim().split(" ");
        try {
            run(recorded.substring(0, i), seed.length > 1, recorded.substring(i + INPUT_MARK.length(), s), Long.parseLong(seed[0]));
        } catch (Exception | Error e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            throw new AssertionError("the case fails: " + trace, e);
        }
    }

    static void run(String text, boolean yaml, String input, long seed) throws Exception {
        Mutator mutator = new Mutator(seed);
        AslDocument doc = AslDocument.of(text, yaml ? Syntax.YAML : Syntax.JSON);
        Workflow workflow;
        try {
            workflow = Workflow.load(doc);
        } catch (InvalidDefinitionException refused) {
            requireMessage(refused.getMessage(), "refusal");
            return;
        }
        TaskHandler tasks;
        try {
            tasks = MockConfigFile.parse(mutator.mutate(mocks(doc, seed))).testCase("Fuzz", "Case");
        } catch (IllegalArgumentException refused) {
            requireMessage(refused.getMessage(), "mock file refusal");
            tasks = TaskHandler.none();
        }
        ExecutionOptions options = ExecutionOptions.defaults().withClock(ClockMode.VIRTUAL).withSeed(seed)
                .withStartTime(Instant.parse("2026-01-01T00:00:00Z")).withLimits(LIMITS);
        Execution e;
        try {
            e = workflow.run(input, options, tasks);
        } catch (IllegalArgumentException badInput) {
            requireMessage(badInput.getMessage(), "input refusal");
            return;
        }
        if (!e.status().isFinal()) {
            throw new AssertionError("run returned while " + e.status());
        }
        checkHistory(e.history());
    }

    /** A mock file answering every Task state: a result first, then an error, then a result again. */
    private static String mocks(AslDocument doc, long seed) throws Exception {
        Random random = new Random(seed);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode testCase = root.putObject("StateMachines").putObject("Fuzz").putObject("TestCases").putObject("Case");
        ObjectNode responses = root.putObject("MockedResponses");
        for (State s : doc.machine().allStates()) {
            if (s instanceof TaskState) {
                testCase.put(s.name(), "R");
            }
        }
        ObjectNode r = responses.putObject("R");
        r.putObject("0").putObject("Return").put("ok", random.nextBoolean()).put("Payload", "p");
        r.putObject("1").putObject("Throw").put("Error", "States.TaskFailed").put("Cause", "mocked");
        r.putObject("2-5").putObject("Return").put("ok", true);
        return JSON.writeValueAsString(root);
    }

    private static void checkHistory(List<HistoryEvent> events) {
        long previousId = 0;
        for (HistoryEvent ev : events) {
            if (ev.id() <= previousId) {
                throw new AssertionError("event ids do not increase at " + ev.id());
            }
            if (ev.previousEventId() >= ev.id() || ev.previousEventId() < 0) {
                throw new AssertionError("event " + ev.id() + " points at " + ev.previousEventId());
            }
            JsonNode json;
            try {
                json = JSON.readTree(ev.toJson());
            } catch (java.io.IOException notJson) {
                throw new AssertionError("event " + ev.id() + " does not write valid JSON: " + notJson.getMessage());
            }
            if (!json.has("type")) {
                throw new AssertionError("event " + ev.id() + " has no type");
            }
            previousId = ev.id();
        }
    }

    private static void requireMessage(String message, String what) {
        if (message == null || message.isBlank()) {
            throw new AssertionError(what + " without a message");
        }
    }
}

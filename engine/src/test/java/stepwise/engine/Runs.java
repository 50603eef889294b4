package stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import stepwise.engine.data.Json;

/** Runs definitions written in tests: a fixed start time and seed, so runs repeat exactly. */
final class Runs {
    static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

    private Runs() {
    }

    static ExecutionOptions options() {
        return ExecutionOptions.defaults().withStartTime(START).withExecutionName("test-execution").withStateMachineName("Tested");
    }

    static Workflow workflow(String asl) {
        try {
            return Workflow.parse(asl);
        } catch (InvalidDefinitionException e) {
            throw new AssertionError("the test's definition is invalid: " + e.getMessage(), e);
        }
    }

    static Execution run(String asl, String input) {
        return run(asl, input, TaskHandler.none());
    }

    static Execution run(String asl, String input, TaskHandler tasks) {
        return run(workflow(asl), input, options(), tasks);
    }

    static Execution run(Workflow w, String input, ExecutionOptions options, TaskHandler tasks) {
        try {
            return w.run(json(input), options, tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonNode json(String text) {
        JsonNode n = Json.parseOrNull(text);
        if (n == null) {
            throw new AssertionError("not JSON: " + text);
        }
        return n;
    }

    /** The output of a run that must have succeeded. */
    static JsonNode output(String asl, String input) {
        Execution e = run(asl, input);
        if (e.status() != ExecutionStatus.SUCCEEDED) {
            throw new AssertionError("expected SUCCEEDED but got " + e.status() + ": " + e.error() + ": " + e.cause());
        }
        return e.output();
    }

    static List<String> types(Execution e) {
        return e.history().stream().map(h -> h.type().name()).toList();
    }

    /** A machine with one state named S (given as JSON) that ends the execution. */
    static String single(String state) {
        return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
    }
}

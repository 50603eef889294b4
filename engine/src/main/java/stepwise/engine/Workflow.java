package stepwise.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import stepwise.engine.data.Json;
import stepwise.engine.interpreter.Interpreter;
import stepwise.engine.interpreter.Program;
import stepwise.engine.task.HttpInvoker;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.validate.Validator;
import stepwise.model.asl.StateMachine;

/**
 * A definition compiled for running: transitions resolved, paths, templates, Choice rules and JSONata
 * expressions parsed once. Immutable and thread-safe; start as many executions of it as you like.
 *
 * <pre>{@code
 * Workflow w = Workflow.parse(aslText);
 * Execution e = w.start(input, ExecutionOptions.defaults(), mocks, listener);   // runs on its own thread
 * Execution done = w.run(input, ExecutionOptions.defaults(), mocks);            // runs here, to the end
 * }</pre>
 */
public final class Workflow {
    private final StateMachine machine;
    private final Program program;

    private Workflow(StateMachine machine, Program program) {
        this.machine = machine;
        this.program = program;
    }

    /** Compiles the model's typed view of a definition. */
    public static Workflow compile(StateMachine machine) throws InvalidDefinitionException {
        return new Workflow(machine, Interpreter.compile(machine));
    }

    /** Parses, validates and compiles ASL text (JSON). */
    public static Workflow parse(String aslText) throws InvalidDefinitionException {
        return load(AslDocument.of(aslText));
    }

    /**
     * Validates a document and compiles it. A definition with validation errors (syntax, structure,
     * fields, paths...) is refused with the validator's diagnostics, as AWS refuses to create it.
     */
    public static Workflow load(AslDocument document) throws InvalidDefinitionException {
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic d : Validator.validate(document)) {
            if (d.isError()) {
                errors.add(d);
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidDefinitionException.of(errors);
        }
        if (document.machine() == null) {
            throw new InvalidDefinitionException(List.of(new InvalidDefinitionException.Problem("",
                    "a workflow is a JSON object with StartAt and States")));
        }
        return compile(document.machine());
    }

    public StateMachine machine() {
        return machine;
    }

    /** The compiled form, for the engine's own entry points. */
    Program program() {
        return program;
    }

    /**
     * Starts an execution and returns at once; it runs on a shared pool of daemon threads that exist only
     * while executions have work. {@code listeners} see every event from the first one.
     *
     * @param input     the execution input
     * @param options   name, clock, seed, limits...
     * @param tasks     answers Task states (mocked responses...); {@code http:invoke} to allowed hosts is built in
     */
    public Execution start(JsonNode input, ExecutionOptions options, TaskHandler tasks, ExecutionListener... listeners) {
        checkInput(input);
        return Interpreter.start(program, input, options, withHttp(tasks, options), listeners);
    }

    /**
     * Runs an execution on the calling thread to its end. Nobody can answer a {@code .waitForTaskToken}
     * callback from here, so with a virtual clock such a task runs on to its timeout.
     */
    public Execution run(JsonNode input, ExecutionOptions options, TaskHandler tasks, ExecutionListener... listeners)
            throws InterruptedException {
        checkInput(input);
        return Interpreter.run(program, input, options, withHttp(tasks, options), listeners);
    }

    /** Refuses an input no JSON reader would take, as AWS refuses it when the execution is started. */
    private static void checkInput(JsonNode input) {
        if (input != null && Json.tooDeep(input)) {
            throw new IllegalArgumentException("the execution input is nested deeper than " + Json.MAX_DEPTH
                    + " levels (the limit on nesting)");
        }
    }

    /**
     * Starts an execution on {@code inputJson}, JSON text.
     * @throws IllegalArgumentException when the input is not JSON (the message gives the line and column)
     */
    public Execution start(String inputJson, ExecutionOptions options, TaskHandler tasks, ExecutionListener... listeners) {
        return start(parseInput(inputJson), options, tasks, listeners);
    }

    /**
     * Runs an execution on {@code inputJson}, JSON text, on the calling thread to its end.
     * @throws IllegalArgumentException when the input is not JSON
     */
    public Execution run(String inputJson, ExecutionOptions options, TaskHandler tasks, ExecutionListener... listeners)
            throws InterruptedException {
        return run(parseInput(inputJson), options, tasks, listeners);
    }

    /**
     * Parses JSON text for an input or a callback output.
     * @throws IllegalArgumentException with the parser's message, line and column
     */
    public static JsonNode parseInput(String json) {
        try {
            return Json.parse(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private static TaskHandler withHttp(TaskHandler tasks, ExecutionOptions options) {
        TaskHandler base = tasks == null ? TaskHandler.none() : tasks;
        return base.orElse(new HttpInvoker(options.allowedHttpHosts()));
    }
}

package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionListener;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.TaskHandler;
import stepwise.model.asl.StateMachine;

/** The bridge from the public API to the interpreter: compile a definition, start runs of it. */
public final class Interpreter {
    private Interpreter() {
    }

    public static Program compile(StateMachine machine) throws InvalidDefinitionException {
        return Compiler.compile(machine);
    }

    /** Starts an execution on the shared execution threads; returns at once. */
    public static Execution start(Program program, JsonNode input, ExecutionOptions options, TaskHandler tasks,
                                  ExecutionListener... listeners) {
        Run run = new Run(program, input, options, tasks, Drivers.POOL, false);
        for (ExecutionListener l : listeners) {
            run.addListener(l);
        }
        run.start();
        return run;
    }

    /**
     * Runs an execution on the calling thread until it ends. Nobody can answer callbacks from here, so a
     * virtual clock runs on past pending callbacks to their timeouts.
     */
    public static Execution run(Program program, JsonNode input, ExecutionOptions options, TaskHandler tasks,
                                ExecutionListener... listeners) throws InterruptedException {
        Drivers.CallerThread caller = new Drivers.CallerThread();
        Run run = new Run(program, input, options, tasks, caller, true);
        for (ExecutionListener l : listeners) {
            run.addListener(l);
        }
        run.start();
        caller.drain(() -> run.status().isFinal());
        return run;
    }
}

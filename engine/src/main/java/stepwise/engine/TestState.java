package stepwise.engine;

import stepwise.engine.interpreter.StateTest;

/**
 * The TestState API: runs one state on its own and tells what it would do. The state may be given alone
 * or as part of a state machine (with its name, so that it inherits the machine's query language).
 * A Task, Map or Parallel state can be given a mocked result or error instead of doing its work;
 * {@link TestStateRequest.Configuration} sets the situation (retries already made, Map iterations that
 * failed). The answer is SUCCEEDED, FAILED, RETRIABLE (a retrier would retry, with the backoff) or
 * CAUGHT_ERROR (a catcher would catch it, with the next state), and at DEBUG or TRACE level the value
 * after each step: {@code input}, {@code afterInputPath}, {@code afterParameters} or
 * {@code afterArguments}, {@code result}, {@code afterResultSelector}, {@code afterResultPath},
 * {@code variables}, {@code errorDetails}, and for a Map {@code maxConcurrency} and its tolerances.
 */
public final class TestState {
    private TestState() {
    }

    /**
     * Runs the request on the calling thread with a virtual clock.
     * @throws InvalidDefinitionException when the definition cannot run
     */
    public static TestStateResult run(TestStateRequest request) throws InvalidDefinitionException, InterruptedException {
        return run(request, ExecutionOptions.defaults());
    }

    /** Runs the request with {@code options} (names, seed, limits). */
    public static TestStateResult run(TestStateRequest request, ExecutionOptions options) throws InvalidDefinitionException,
            InterruptedException {
        return StateTest.run(request, options);
    }
}

/**
 * The Stepwise interpreter: runs Amazon States Language workflows locally, the way AWS Step Functions
 * does, and records their history in the shape of AWS {@code GetExecutionHistory}.
 *
 * <h2>Running</h2>
 * <pre>{@code
 * Workflow workflow = Workflow.parse(aslText);              // or Workflow.compile(document.machine())
 * ExecutionOptions options = ExecutionOptions.defaults()     // virtual clock, seed 0, AWS limits
 *         .withExecutionName("demo").withSeed(42);
 * TaskHandler mocks = MockConfigFile.parse(mockText).testCase("Orders", "HappyPath");
 * Execution e = workflow.start(input, options, mocks, listener);   // returns at once
 * e.status(); e.output(); e.error(); e.cause(); e.history();
 * }</pre>
 * {@link stepwise.engine.Workflow#run} runs to the end on the calling thread instead (the CLI).
 *
 * <h2>Talking to a running execution</h2>
 * {@link stepwise.engine.Execution#pendingCallbacks()} lists the {@code .waitForTaskToken} tasks waiting;
 * {@code sendTaskSuccess}, {@code sendTaskFailure} and {@code sendTaskHeartbeat} answer them,
 * {@code stop} aborts the execution. With the {@linkplain stepwise.engine.ClockMode#VIRTUAL virtual
 * clock}, waits, backoffs and timeouts complete at once, except that an execution whose only activity
 * left is a task waiting for its callback waits in real time, for a callback, a stop, or
 * {@link stepwise.engine.Execution#advanceVirtualTime()} (the "let it time out" action).
 *
 * <h2>Threads</h2>
 * Executions are independent. Each runs on a shared pool of daemon threads only while it has work: an
 * execution waiting for a callback or an HTTP answer holds no thread, and idle pool threads end on
 * their own. Listeners are called on the execution's thread, in event order.
 *
 * <h2>The TestState API</h2>
 * {@link stepwise.engine.TestState#run} runs one state with a mocked result and reports
 * SUCCEEDED/FAILED/RETRIABLE/CAUGHT_ERROR, the next state, and the data after each processing step.
 */
package stepwise.engine;

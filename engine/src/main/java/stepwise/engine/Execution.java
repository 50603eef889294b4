package stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One execution of a {@link Workflow}: its status, its result, its history as it grows, and the ways to
 * talk to it while it runs (task callbacks, stop, letting virtual time advance). Every method may be
 * called from any thread. Executions are independent of each other.
 */
public interface Execution {
    /** The execution's name ({@code $$.Execution.Name}). */
    String name();

    /** {@code arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME}. */
    String arn();

    /** {@code arn:aws:states:REGION:ACCOUNT:stateMachine:MACHINE}. */
    String stateMachineArn();

    ExecutionStatus status();

    /** The output of a SUCCEEDED execution, else null. */
    JsonNode output();

    /** The error name of a FAILED, TIMED_OUT or ABORTED execution (may be null), else null. */
    String error();

    /** The cause of a FAILED, TIMED_OUT or ABORTED execution (may be null), else null. */
    String cause();

    /** When it started (execution time). */
    Instant startTime();

    /** When it ended (execution time), or null while it runs. */
    Instant stopTime();

    /** The history so far: an immutable snapshot, cheap to take. Empty when the history is not recorded. */
    List<HistoryEvent> history();

    /** How many states have been entered so far. */
    long transitions();

    /** Adds a listener for the events that follow (the past ones are in {@link #history()}). */
    void addListener(ExecutionListener listener);

    void removeListener(ExecutionListener listener);

    /** Completes when the execution ends. */
    CompletableFuture<Execution> completion();

    /** Waits for the end, at most {@code timeout}; true when it ended. */
    boolean await(Duration timeout) throws InterruptedException;

    /** The {@code .waitForTaskToken} tasks now waiting for a callback. */
    List<PendingCallback> pendingCallbacks();

    /**
     * Completes the task waiting with {@code taskToken} with {@code output}, as {@code SendTaskSuccess} does.
     * @throws IllegalArgumentException when no task waits with that token (AWS's {@code TaskDoesNotExist})
     */
    void sendTaskSuccess(String taskToken, JsonNode output);

    /**
     * Completes the task waiting with {@code taskToken} with {@code outputJson}, JSON text.
     * @throws IllegalArgumentException when the text is not JSON or no task waits with that token
     */
    default void sendTaskSuccess(String taskToken, String outputJson) {
        sendTaskSuccess(taskToken, Workflow.parseInput(outputJson));
    }

    /**
     * Fails the task waiting with {@code taskToken}, as {@code SendTaskFailure} does.
     * @throws IllegalArgumentException when no task waits with that token
     */
    void sendTaskFailure(String taskToken, String error, String cause);

    /**
     * Tells the task waiting with {@code taskToken} that it is still alive (restarts its {@code HeartbeatSeconds}).
     * @throws IllegalArgumentException when no task waits with that token
     */
    void sendTaskHeartbeat(String taskToken);

    /** Stops the execution: it ends ABORTED with {@code error} and {@code cause} (both may be null). */
    void stop(String error, String cause);

    /**
     * With a virtual clock, lets time run on past the next pending callback's timeout (or heartbeat), so
     * that the waiting task times out as it would if nobody answered. Without a timeout to reach, the
     * execution runs into AWS's one-year limit and times out. Does nothing with a real clock.
     */
    void advanceVirtualTime();
}

package stepwise.engine;

/**
 * Observes an execution as it runs. Called on the execution's own thread, in event order; keep it
 * short and do not block (hand the event to the UI thread instead). An exception thrown by a listener
 * is logged and does not disturb the execution.
 */
public interface ExecutionListener {
    /** A new event was appended to the history. */
    void onEvent(Execution execution, HistoryEvent event);

    /** The execution ended (its final event has been delivered). */
    default void onFinished(Execution execution) {
    }

    /** The set of pending task callbacks changed (a task now waits for its token, or stopped waiting). */
    default void onPendingCallbacksChanged(Execution execution) {
    }
}

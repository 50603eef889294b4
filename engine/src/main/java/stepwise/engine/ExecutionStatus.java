package stepwise.engine;

/** An execution's status, as AWS names it. */
public enum ExecutionStatus {
    RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED;

    /** True once the execution has ended. */
    public boolean isFinal() {
        return this != RUNNING;
    }
}

package stepwise.engine.interpreter;

/**
 * Something that happens at an execution time: a Wait ending, a retry's backoff ending, a timeout.
 * Ordered by time, then by creation, so that equal times fire in a repeatable order.
 */
final class Timer implements Comparable<Timer> {
    /** What a timer is for; a callback's timeouts hold virtual time while the callback is pending. */
    enum Kind { WAIT, RETRY, TASK_TIMEOUT, CALLBACK_TIMEOUT, EXECUTION_TIMEOUT }

    final long time;
    final long seq;
    final Kind kind;
    final Fiber fiber;
    final Runnable action;
    boolean cancelled;

    Timer(long time, long seq, Kind kind, Fiber fiber, Runnable action) {
        this.time = time;
        this.seq = seq;
        this.kind = kind;
        this.fiber = fiber;
        this.action = action;
    }

    @Override
    public int compareTo(Timer o) {
        int c = Long.compare(time, o.time);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}

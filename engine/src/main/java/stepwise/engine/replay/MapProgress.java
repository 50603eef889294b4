package stepwise.engine.replay;

/**
 * How far a Map state's iterations have gone at one moment.
 *
 * @param length    the number of items (from {@code MapStateStarted}), -1 when not known
 * @param started   iterations started so far
 * @param succeeded iterations that succeeded
 * @param failed    iterations that failed
 * @param aborted   iterations that were aborted
 */
public record MapProgress(int length, int started, int succeeded, int failed, int aborted) {
    static final MapProgress UNKNOWN = new MapProgress(-1, 0, 0, 0, 0);

    /** Iterations started and not yet ended. */
    public int running() {
        return started - succeeded - failed - aborted;
    }

    /** "7 / 10 done, 1 failed". */
    public String summary() {
        int done = succeeded + failed + aborted;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%,d", done));
        if (length >= 0) {
            sb.append(String.format(java.util.Locale.ROOT, " / %,d", length));
        }
        sb.append(" done");
        if (failed > 0) {
            sb.append(String.format(java.util.Locale.ROOT, ", %,d failed", failed));
        }
        if (aborted > 0) {
            sb.append(String.format(java.util.Locale.ROOT, ", %,d aborted", aborted));
        }
        return sb.toString();
    }

    MapProgress withStarted() {
        return new MapProgress(length, started + 1, succeeded, failed, aborted);
    }

    MapProgress withSucceeded() {
        return new MapProgress(length, started, succeeded + 1, failed, aborted);
    }

    MapProgress withFailed() {
        return new MapProgress(length, started, succeeded, failed + 1, aborted);
    }

    MapProgress withAborted() {
        return new MapProgress(length, started, succeeded, failed, aborted + 1);
    }
}

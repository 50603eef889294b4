package stepwise.app.editor;

/**
 * Groups typing into undo steps the way people expect: a run of characters typed one after another
 * is one step, and so is a run of Backspaces; a new line, a jump of the caret, a pause of more than
 * {@link #PAUSE_NANOS}, switching between typing and deleting, or a paste starts a new step.
 */
public final class TypingGroups {
    static final long PAUSE_NANOS = 1_500_000_000L;

    private enum Kind { INSERT, DELETE }

    private long run;
    private Kind kind;
    private int expectedAt = -1;
    private long lastNanos;

    /**
     * The merge key for a change that replaces {@code removed} characters at {@code start} with
     * {@code inserted}, made at {@code nanos}; null when it is a step of its own.
     */
    public String keyFor(int start, int removed, String inserted, long nanos) {
        Kind k;
        int nextExpected;
        boolean small;
        if (removed == 0 && !inserted.isEmpty()) {
            k = Kind.INSERT;
            small = inserted.length() <= 2 && inserted.indexOf('\n') < 0 || isIndentedNewline(inserted);
            nextExpected = start + inserted.length();
        } else if (inserted.isEmpty() && removed > 0) {
            k = Kind.DELETE;
            small = removed <= 2;
            nextExpected = start;
        } else {
            breakRun();
            return null;
        }
        if (!small) {
            breakRun();
            return null;
        }
        boolean continues = k == kind && nanos - lastNanos < PAUSE_NANOS
                && (k == Kind.INSERT ? start == expectedAt : start + removed == expectedAt || start == expectedAt);
        if (k == Kind.INSERT && inserted.indexOf('\n') >= 0) {
            continues = false;
        }
        if (!continues) {
            run++;
        }
        kind = k;
        expectedAt = nextExpected;
        lastNanos = nanos;
        return "typing-" + run;
    }

    /** Ends the current run: the next change starts a new undo step. */
    public void breakRun() {
        run++;
        kind = null;
        expectedAt = -1;
    }

    private static boolean isIndentedNewline(String s) {
        if (s.isEmpty() || (s.charAt(0) != '\n' && s.charAt(0) != '\r')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '}' && c != ']') {
                return false;
            }
        }
        return true;
    }
}

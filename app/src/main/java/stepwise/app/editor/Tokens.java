package stepwise.app.editor;

import java.util.Arrays;

/**
 * The styled pieces of a text, in order and not overlapping: start, end and {@link TokenStyle}.
 * Text between tokens is plain. Built once by a styler, then read-only.
 */
public final class Tokens {
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private TokenStyle[] styles = new TokenStyle[256];
    private int size;

    /** Appends a token; tokens are added in text order. Empty tokens are ignored. */
    public void add(int start, int end, TokenStyle style) {
        if (end <= start) {
            return;
        }
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            styles = Arrays.copyOf(styles, n);
        }
        starts[size] = start;
        ends[size] = end;
        styles[size] = style;
        size++;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public TokenStyle style(int i) {
        return styles[i];
    }

    /** The style of the token covering {@code offset}, or null when it is plain text. */
    public TokenStyle styleAt(int offset) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else if (starts[mid] > offset) {
                hi = mid - 1;
            } else {
                return styles[mid];
            }
        }
        return null;
    }
}

package stepwise.app.editor;

import java.util.Arrays;

/**
 * Maps offsets between the session's text and the editor's. The editor shows every line break as
 * {@code \n}; a file written with {@code \r\n} is one character longer per line in the session.
 * Lines and columns are the same on both sides, so the map only counts the {@code \r\n} pairs before
 * an offset. A text without them maps to itself.
 */
public final class LineBreakMap {
    public static final LineBreakMap IDENTITY = new LineBreakMap(new int[0]);

    /** Session offsets of the {@code \r} of each {@code \r\n}, ascending. */
    private final int[] crlf;

    private LineBreakMap(int[] crlf) {
        this.crlf = crlf;
    }

    public static LineBreakMap of(CharSequence sessionText) {
        int[] at = new int[16];
        int n = 0;
        int len = sessionText.length();
        for (int i = 0; i + 1 < len; i++) {
            if (sessionText.charAt(i) == '\r' && sessionText.charAt(i + 1) == '\n') {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
                i++;
            }
        }
        return n == 0 ? IDENTITY : new LineBreakMap(Arrays.copyOf(at, n));
    }

    public boolean isIdentity() {
        return crlf.length == 0;
    }

    /** The editor offset of a session offset (an offset between \r and \n maps to the line's end). */
    public int toArea(int sessionOffset) {
        if (crlf.length == 0) {
            return sessionOffset;
        }
        int before = countBelow(sessionOffset);
        return sessionOffset - before;
    }

    /** The session offset of an editor offset. */
    public int toSession(int areaOffset) {
        if (crlf.length == 0) {
            return areaOffset;
        }
        int lo = 0;
        int hi = crlf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (crlf[mid] - mid < areaOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return areaOffset + lo;
    }

    private int countBelow(int sessionOffset) {
        int lo = 0;
        int hi = crlf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (crlf[mid] < sessionOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text as the editor shows it: every {@code \r\n} and lone {@code \r} as {@code \n}. */
    public static String normalize(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}

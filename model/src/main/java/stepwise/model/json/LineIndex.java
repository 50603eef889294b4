package stepwise.model.json;

import java.util.Arrays;

/**
 * Maps offsets of a text to 1-based lines and columns and back. A line ends at {@code \n}, at
 * {@code \r\n}, or at a lone {@code \r}; columns count UTF-16 characters (a tab is one column).
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[64];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), n);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset} (offsets past the end answer the last line). */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, length)));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    public int column(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** The offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
    }

    /** The offset of 1-based {@code line} and {@code column}, clamped to the text. */
    public int offset(int line, int column) {
        return Math.max(0, Math.min(length, lineStart(line) + column - 1));
    }

    public Span span(int start, int end) {
        int clamped = Math.max(0, Math.min(start, length));
        int line = line(clamped);
        return new Span(start, end, line, clamped - lineStarts[line - 1] + 1);
    }
}

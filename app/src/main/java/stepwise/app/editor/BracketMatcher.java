package stepwise.app.editor;

import java.util.Arrays;

/**
 * Finds the bracket that matches the one at an offset, ignoring brackets inside strings (and YAML
 * comments). Strings never span lines, so each line is read on its own: the search walks line by
 * line from the bracket, forwards or backwards, as far as it needs to.
 */
public final class BracketMatcher {
    private final boolean yaml;

    public BracketMatcher(boolean yaml) {
        this.yaml = yaml;
    }

    /** The offset of the bracket matching the one at {@code offset}, or -1 (not a bracket, in a string, or unmatched). */
    public int match(CharSequence text, int offset) {
        if (offset < 0 || offset >= text.length()) {
            return -1;
        }
        char c = text.charAt(offset);
        boolean forward = c == '{' || c == '[';
        if (!forward && c != '}' && c != ']') {
            return -1;
        }
        int lineStart = lineStart(text, offset);
        int lineEnd = lineEnd(text, offset);
        int[] here = brackets(text, lineStart, lineEnd);
        if (Arrays.binarySearch(here, offset) < 0) {
            return -1;
        }
        int depth = 0;
        if (forward) {
            int[] line = here;
            int start = lineStart;
            while (true) {
                for (int p : line) {
                    if (p < offset) {
                        continue;
                    }
                    char b = text.charAt(p);
                    depth += b == '{' || b == '[' ? 1 : -1;
                    if (depth == 0) {
                        return pairs(c, b) ? p : -1;
                    }
                }
                int end = lineEnd(text, start);
                if (end >= text.length()) {
                    return -1;
                }
                start = nextLineStart(text, end);
                line = brackets(text, start, lineEnd(text, start));
            }
        }
        int[] line = here;
        int start = lineStart;
        while (true) {
            for (int k = line.length - 1; k >= 0; k--) {
                int p = line[k];
                if (p > offset) {
                    continue;
                }
                char b = text.charAt(p);
                depth += b == '}' || b == ']' ? 1 : -1;
                if (depth == 0) {
                    return pairs(b, c) ? p : -1;
                }
            }
            if (start == 0) {
                return -1;
            }
            int prevEnd = start - 1;
            if (prevEnd > 0 && text.charAt(prevEnd) == '\n' && text.charAt(prevEnd - 1) == '\r') {
                prevEnd--;
            }
            start = lineStart(text, prevEnd);
            line = brackets(text, start, prevEnd);
        }
    }

    private static boolean pairs(char open, char close) {
        return (open == '{' && close == '}') || (open == '[' && close == ']');
    }

    /** The offsets of the brackets of one line that are outside strings and comments, in order. */
    int[] brackets(CharSequence text, int start, int end) {
        int[] out = new int[8];
        int n = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '"' || (yaml && c == '\'')) {
                i++;
                while (i < end) {
                    char d = text.charAt(i);
                    if (d == '\\' && c == '"') {
                        i += 2;
                        continue;
                    }
                    i++;
                    if (d == c) {
                        break;
                    }
                }
                continue;
            }
            if (yaml && c == '#' && (i == start || text.charAt(i - 1) == ' ')) {
                break;
            }
            if (c == '{' || c == '}' || c == '[' || c == ']') {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
            i++;
        }
        return Arrays.copyOf(out, n);
    }

    static int lineStart(CharSequence text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    static int lineEnd(CharSequence text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLineStart(CharSequence text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}

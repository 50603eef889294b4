package stepwise.app.editor;

import java.util.Arrays;

/**
 * The lines that can be folded: for JSON each object or array that spans lines (its first line to
 * the line of its closing bracket), for YAML each line followed by more indented ones. Lines are
 * 0-based, as the editor's paragraphs are.
 */
public final class FoldRegions {
    public static final FoldRegions NONE = new FoldRegions(new int[0]);

    private final int[] endLine;

    private FoldRegions(int[] endLine) {
        this.endLine = endLine;
    }

    /** The last line of the region that starts at {@code line}, or -1 when none starts there. */
    public int endOf(int line) {
        return line >= 0 && line < endLine.length ? endLine[line] : -1;
    }

    public int lineCount() {
        return endLine.length;
    }

    public static FoldRegions of(CharSequence text, boolean yaml) {
        return yaml ? ofIndentation(text) : ofBrackets(text);
    }

    private static FoldRegions ofBrackets(CharSequence text) {
        BracketMatcher lines = new BracketMatcher(false);
        int[] ends = new int[64];
        int[] stack = new int[64];
        int depth = 0;
        int line = 0;
        int start = 0;
        int n = text.length();
        while (true) {
            int end = BracketMatcher.lineEnd(text, start);
            if (line >= ends.length) {
                int old = ends.length;
                ends = Arrays.copyOf(ends, old * 2);
                Arrays.fill(ends, old, ends.length, 0);
            }
            ends[line] = -1;
            for (int p : lines.brackets(text, start, end)) {
                char c = text.charAt(p);
                if (c == '{' || c == '[') {
                    if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, depth * 2);
                    }
                    stack[depth++] = line;
                } else if (depth > 0) {
                    int open = stack[--depth];
                    if (open < line && ends[open] < line) {
                        ends[open] = line;
                    }
                }
            }
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
            line++;
        }
        return new FoldRegions(Arrays.copyOf(ends, line + 1));
    }

    private static FoldRegions ofIndentation(CharSequence text) {
        int n = text.length();
        int lines = 1;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] indent = new int[lines];
        int line = 0;
        int i = 0;
        while (line < lines) {
            int k = 0;
            while (i + k < n && text.charAt(i + k) == ' ') {
                k++;
            }
            int e = i + k;
            boolean blank = e >= n || text.charAt(e) == '\n' || text.charAt(e) == '\r' || text.charAt(e) == '#';
            indent[line] = blank ? -1 : k;
            while (e < n && text.charAt(e) != '\n') {
                e++;
            }
            i = e + 1;
            line++;
        }
        int[] ends = new int[lines];
        Arrays.fill(ends, -1);
        int[] stack = new int[64];
        int depth = 0;
        int lastContent = -1;
        for (int l = 0; l <= lines; l++) {
            int in = l < lines ? indent[l] : 0;
            if (l < lines && in < 0) {
                continue;
            }
            while (depth > 0 && indent[stack[depth - 1]] >= in) {
                int open = stack[--depth];
                if (lastContent > open) {
                    ends[open] = lastContent;
                }
            }
            if (l < lines) {
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = l;
                lastContent = l;
            }
        }
        return new FoldRegions(ends);
    }
}

package stepwise.model;

/**
 * How a file is written, so that new JSON is written the same way: the indentation unit (two spaces,
 * four, a tab; empty when the file is on one line), the line break, and whether the file ends with one.
 */
public record TextStyle(String indent, String newline, boolean finalNewline) {
    public static final TextStyle DEFAULT = new TextStyle("  ", "\n", true);

    public boolean isCompact() {
        return indent.isEmpty();
    }

    /** Detects the style of {@code text}: the most common indentation step between consecutive lines. */
    public static TextStyle detect(String text) {
        String newline = "\n";
        int firstBreak = text.indexOf('\n');
        if (firstBreak > 0 && text.charAt(firstBreak - 1) == '\r') {
            newline = "\r\n";
        } else if (firstBreak < 0 && text.indexOf('\r') >= 0) {
            newline = "\r";
        }
        boolean finalNewline = text.endsWith("\n") || text.endsWith("\r");
        if (firstBreak < 0 && text.indexOf('\r') < 0) {
            return new TextStyle(text.isBlank() ? DEFAULT.indent : "", DEFAULT.newline, false);
        }
        int[] spaceSteps = new int[9];
        int tabLines = 0;
        int spaceLines = 0;
        int previous = 0;
        int lineStart = 0;
        int n = text.length();
        int examined = 0;
        while (lineStart < n && examined < 2000) {
            int end = lineStart;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int i = lineStart;
            boolean tabs = false;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                tabs |= text.charAt(i) == '\t';
                i++;
            }
            if (i < end) { // not a blank line
                int width = i - lineStart;
                if (width > 0) {
                    if (tabs) {
                        tabLines++;
                    } else {
                        spaceLines++;
                    }
                }
                int step = width - previous;
                if (!tabs && step > 0 && step < spaceSteps.length) {
                    spaceSteps[step]++;
                }
                previous = width;
                examined++;
            }
            lineStart = end + 1;
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                lineStart++;
            }
        }
        if (tabLines > spaceLines) {
            return new TextStyle("\t", newline, finalNewline);
        }
        int best = 0;
        for (int s = 1; s < spaceSteps.length; s++) {
            if (spaceSteps[s] > spaceSteps[best]) {
                best = s;
            }
        }
        return new TextStyle(best == 0 ? DEFAULT.indent : " ".repeat(best), newline, finalNewline);
    }
}

package stepwise.model.edit;

/** Where lines start and how they are indented, for edits that keep a file's layout. */
final class TextLines {
    private TextLines() {
    }

    /** The offset where the line holding {@code offset} starts. */
    static int lineStart(String text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** The offset of the line break ending the line that holds {@code offset} (the text's length on the last line). */
    static int lineEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The offset after the line break that ends the line holding {@code offset}. */
    static int nextLineStart(String text, int offset) {
        int i = lineEnd(text, offset);
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    /** The spaces and tabs that start the line holding {@code offset}. */
    static String indentOf(String text, int offset) {
        int start = lineStart(text, offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** True when only spaces and tabs stand before {@code offset} on its line. */
    static boolean startsLine(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** True when a line break stands between {@code from} and {@code to}. */
    static boolean breaksBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The first offset at or after {@code from} that is not a space or tab. */
    static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Moves a block of text from one indentation to another: every line after the first that starts
     * with {@code from} gets {@code to} in its place. The first line is placed by the caller.
     */
    static String reindent(String block, String from, String to, String newline) {
        if (block.indexOf('\n') < 0 && block.indexOf('\r') < 0) {
            return block;
        }
        StringBuilder sb = new StringBuilder(block.length() + 64);
        int i = 0;
        int n = block.length();
        boolean first = true;
        while (i <= n) {
            int end = i;
            while (end < n && block.charAt(end) != '\n' && block.charAt(end) != '\r') {
                end++;
            }
            String line = block.substring(i, end);
            if (!first) {
                sb.append(newline);
                if (line.startsWith(from)) {
                    sb.append(to).append(line, from.length(), line.length());
                } else {
                    sb.append(line);
                }
            } else {
                sb.append(line);
            }
            first = false;
            if (end >= n) {
                break;
            }
            i = end + 1;
            if (block.charAt(end) == '\r' && i < n && block.charAt(i) == '\n') {
                i++;
            }
        }
        return sb.toString();
    }
}

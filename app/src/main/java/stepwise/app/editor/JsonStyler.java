package stepwise.app.editor;

/**
 * Highlights JSON line by line: a JSON string never spans lines, so each line can be styled alone,
 * which lets the editor restyle the lines being typed at once and the whole text in the background
 * with the same result. A string followed by a colon is a key; a string value is styled by the key
 * before it on its line ({@code Next} values are state references, {@code "$.x"} is a path...).
 */
public final class JsonStyler implements SyntaxStyler {

    @Override
    public Tokens style(CharSequence text, int from, int to) {
        Tokens out = new Tokens();
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = lineStart;
            while (lineEnd < to && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            styleLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void styleLine(CharSequence text, int start, int end, Tokens out) {
        String lastKey = null;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t' -> i++;
                case '"' -> {
                    int close = stringEnd(text, i, end);
                    int contentEnd = isClosed(text, i, close) ? close - 1 : close;
                    int after = skipSpaces(text, close, end);
                    if (after < end && text.charAt(after) == ':') {
                        out.add(i, close, AslStrings.keyStyle(text, i + 1, contentEnd));
                        lastKey = text.subSequence(i + 1, contentEnd).toString();
                    } else {
                        out.add(i, close, AslStrings.valueStyle(lastKey, text, i + 1, contentEnd));
                    }
                    i = close;
                }
                case '{', '}', '[', ']' -> {
                    out.add(i, i + 1, TokenStyle.BRACE);
                    i++;
                }
                case ':', ',' -> {
                    out.add(i, i + 1, TokenStyle.PUNCTUATION);
                    i++;
                }
                case '$' -> {
                    int e = i + 1;
                    if (e < end && text.charAt(e) == '{') {
                        while (e < end && text.charAt(e) != '}') {
                            e++;
                        }
                        e = Math.min(end, e + 1);
                        out.add(i, e, TokenStyle.PLACEHOLDER);
                        i = e;
                    } else {
                        i++;
                    }
                }
                default -> {
                    int e = i;
                    while (e < end && isWordChar(text.charAt(e))) {
                        e++;
                    }
                    if (e == i) {
                        i++;
                        continue;
                    }
                    char first = text.charAt(i);
                    if (first == '-' || (first >= '0' && first <= '9')) {
                        out.add(i, e, TokenStyle.NUMBER);
                    } else if (equals(text, i, e, "true") || equals(text, i, e, "false") || equals(text, i, e, "null")) {
                        out.add(i, e, TokenStyle.LITERAL);
                    }
                    i = e;
                }
            }
        }
    }

    /** The offset just past the string starting at {@code open} (its closing quote), or the line's end when unterminated. */
    static int stringEnd(CharSequence text, int open, int end) {
        int i = open + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return end;
    }

    /** True when the string from {@code open} to {@code close} ends with its closing quote (not an escaped one). */
    static boolean isClosed(CharSequence text, int open, int close) {
        if (close - open < 2 || text.charAt(close - 1) != '"') {
            return false;
        }
        int backslashes = 0;
        for (int k = close - 2; k > open && text.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    private static int skipSpaces(CharSequence text, int i, int end) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_';
    }

    private static boolean equals(CharSequence text, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(start + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

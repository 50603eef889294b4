package stepwise.app.editor;

import java.util.regex.Pattern;

/**
 * Highlights workflow YAML line by line: comments, keys (ASL fields apart), quoted and plain scalars,
 * numbers and literals, anchors, aliases and tags, flow collections and block scalars. Block scalar
 * text ({@code |} and {@code >}) is recognised when the styled range starts at or before its key.
 */
public final class YamlStyler implements SyntaxStyler {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*)?(\\.\\d+)?([eE][-+]?\\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern LITERAL = Pattern.compile("true|false|True|False|TRUE|FALSE|null|Null|NULL|~|yes|no|on|off");

    @Override
    public Tokens style(CharSequence text, int from, int to) {
        Tokens out = new Tokens();
        int blockIndent = -1;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = lineStart;
            while (lineEnd < to && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int indent = 0;
            while (lineStart + indent < lineEnd && text.charAt(lineStart + indent) == ' ') {
                indent++;
            }
            boolean blank = lineStart + indent == lineEnd;
            if (blockIndent >= 0 && (blank || indent > blockIndent)) {
                out.add(lineStart + indent, lineEnd, TokenStyle.STRING);
            } else {
                blockIndent = styleLine(text, lineStart, lineEnd, indent, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Styles one line; answers the indentation that starts a block scalar on the next lines, or -1. */
    private static int styleLine(CharSequence text, int start, int end, int indent, Tokens out) {
        int i = start + indent;
        if (i >= end) {
            return -1;
        }
        if (indent == 0 && end - start >= 3 && (regionIs(text, start, "---") || regionIs(text, start, "..."))) {
            out.add(start, start + 3, TokenStyle.MARKER);
            i = skipSpaces(text, start + 3, end);
        }
        while (i < end && text.charAt(i) == '-' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
            out.add(i, i + 1, TokenStyle.PUNCTUATION);
            i = skipSpaces(text, i + 1, end);
        }
        if (i >= end) {
            return -1;
        }
        if (text.charAt(i) == '#') {
            out.add(i, end, TokenStyle.COMMENT);
            return -1;
        }
        String key = null;
        int colon = keyColon(text, i, end);
        if (colon >= 0) {
            int keyEnd = colon;
            while (keyEnd > i && text.charAt(keyEnd - 1) == ' ') {
                keyEnd--;
            }
            char q = text.charAt(i);
            boolean quoted = (q == '"' || q == '\'') && keyEnd - i >= 2;
            int cs = quoted ? i + 1 : i;
            int ce = quoted ? keyEnd - 1 : keyEnd;
            out.add(i, keyEnd, AslStrings.keyStyle(text, cs, ce));
            out.add(colon, colon + 1, TokenStyle.PUNCTUATION);
            key = text.subSequence(cs, ce).toString();
            i = skipSpaces(text, colon + 1, end);
        }
        return value(text, i, end, key, indent, out);
    }

    private static int value(CharSequence text, int i, int end, String key, int indent, Tokens out) {
        while (i < end) {
            char c = text.charAt(i);
            if (c == '#') {
                out.add(i, end, TokenStyle.COMMENT);
                return -1;
            }
            if (c == '&' || c == '*' || c == '!') {
                int e = wordEnd(text, i, end);
                out.add(i, e, TokenStyle.ANCHOR);
                i = skipSpaces(text, e, end);
                continue;
            }
            if (c == '|' || c == '>') {
                int e = i + 1;
                while (e < end && (text.charAt(e) == '-' || text.charAt(e) == '+' || Character.isDigit(text.charAt(e)))) {
                    e++;
                }
                out.add(i, e, TokenStyle.MARKER);
                int after = skipSpaces(text, e, end);
                if (after < end && text.charAt(after) == '#') {
                    out.add(after, end, TokenStyle.COMMENT);
                }
                return indent;
            }
            if (c == '"' || c == '\'') {
                int e = quotedEnd(text, i, end);
                int ce = e - 1 > i && text.charAt(e - 1) == c ? e - 1 : e;
                out.add(i, e, AslStrings.valueStyle(key, text, i + 1, ce));
                i = skipSpaces(text, e, end);
                continue;
            }
            if (c == '[' || c == '{') {
                flow(text, i, end, key, out);
                return -1;
            }
            int e = plainEnd(text, i, end);
            plainScalar(text, i, e, key, out);
            i = skipSpaces(text, e, end);
        }
        return -1;
    }

    private static void flow(CharSequence text, int i, int end, String key, Tokens out) {
        while (i < end) {
            char c = text.charAt(i);
            if (c == '[' || c == ']' || c == '{' || c == '}') {
                out.add(i, i + 1, TokenStyle.BRACE);
                i++;
            } else if (c == ',' || c == ':') {
                out.add(i, i + 1, TokenStyle.PUNCTUATION);
                i++;
            } else if (c == ' ') {
                i++;
            } else if (c == '#') {
                out.add(i, end, TokenStyle.COMMENT);
                return;
            } else if (c == '"' || c == '\'') {
                int e = quotedEnd(text, i, end);
                int ce = e - 1 > i && text.charAt(e - 1) == c ? e - 1 : e;
                int after = skipSpaces(text, e, end);
                if (after < end && text.charAt(after) == ':') {
                    out.add(i, e, AslStrings.keyStyle(text, i + 1, ce));
                } else {
                    out.add(i, e, AslStrings.valueStyle(key, text, i + 1, ce));
                }
                i = e;
            } else {
                int e = i;
                while (e < end && ",:[]{}".indexOf(text.charAt(e)) < 0) {
                    e++;
                }
                int te = e;
                while (te > i && text.charAt(te - 1) == ' ') {
                    te--;
                }
                if (e < end && text.charAt(e) == ':') {
                    out.add(i, te, AslStrings.keyStyle(text, i, te));
                } else {
                    plainScalar(text, i, te, key, out);
                }
                i = e;
            }
        }
    }

    private static void plainScalar(CharSequence text, int start, int end, String key, Tokens out) {
        if (end <= start) {
            return;
        }
        String s = text.subSequence(start, end).toString();
        if (NUMBER.matcher(s).matches() && !s.isEmpty() && !s.equals("-") && !s.equals(".")) {
            out.add(start, end, TokenStyle.NUMBER);
        } else if (LITERAL.matcher(s).matches()) {
            out.add(start, end, TokenStyle.LITERAL);
        } else {
            out.add(start, end, AslStrings.valueStyle(key, text, start, end));
        }
    }

    /** The colon that ends a key on this line (followed by a space or the end of the line), or -1. */
    private static int keyColon(CharSequence text, int i, int end) {
        char first = text.charAt(i);
        if (first == '"' || first == '\'') {
            int e = quotedEnd(text, i, end);
            int after = skipSpaces(text, e, end);
            return after < end && text.charAt(after) == ':' && (after + 1 == end || text.charAt(after + 1) == ' ') ? after : -1;
        }
        if (first == '[' || first == '{' || first == '|' || first == '>' || first == '&' || first == '*' || first == '!') {
            return -1;
        }
        for (int k = i; k < end; k++) {
            char c = text.charAt(k);
            if (c == ':' && (k + 1 == end || text.charAt(k + 1) == ' ')) {
                return k;
            }
            if (c == '#' && k > i && text.charAt(k - 1) == ' ') {
                return -1;
            }
        }
        return -1;
    }

    /** The end of a plain scalar: the line's end or a comment, without trailing spaces. */
    private static int plainEnd(CharSequence text, int i, int end) {
        int e = i;
        while (e < end && !(text.charAt(e) == '#' && e > i && text.charAt(e - 1) == ' ')) {
            e++;
        }
        while (e > i && text.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    private static int quotedEnd(CharSequence text, int open, int end) {
        char q = text.charAt(open);
        int i = open + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (q == '"' && c == '\\') {
                i += 2;
            } else if (c == q) {
                if (q == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return Math.min(i, end);
    }

    private static int wordEnd(CharSequence text, int i, int end) {
        int e = i;
        while (e < end && text.charAt(e) != ' ') {
            e++;
        }
        return e;
    }

    private static int skipSpaces(CharSequence text, int i, int end) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean regionIs(CharSequence text, int at, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (text.charAt(at + k) != s.charAt(k)) {
                return false;
            }
        }
        return at + s.length() == text.length() || text.charAt(at + s.length()) == ' ' || text.charAt(at + s.length()) == '\n'
                || text.charAt(at + s.length()) == '\r';
    }
}

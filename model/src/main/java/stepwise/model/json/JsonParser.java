package stepwise.model.json;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.Diagnostic;

/**
 * A tolerant, positioned JSON reader. It never throws on bad input: the first syntax error becomes a
 * {@link Diagnostic} at its line and column, and everything read up to that point is still returned
 * (open objects and arrays are closed at the error). It works with an explicit stack, so deep nesting
 * cannot overflow the call stack; the {@link Limits} bound depth and string sizes.
 *
 * <p>Besides strict JSON it accepts unquoted CloudFormation placeholders ({@code ${Name}}) where a
 * value is expected, as {@link JsonPlaceholder}s.
 */
public final class JsonParser {

    /** Bounds on what is read; exceeding one is a diagnostic that names the limit. */
    public record Limits(int maxDepth, int maxStringLength, int maxNumberLength) {
        public static final Limits DEFAULT = new Limits(1000, 20_000_000, 1000);
    }

    /** The outcome: the (possibly partial) root value, or null when nothing could be read, and the syntax errors. */
    public record Result(JsonValue root, List<Diagnostic> diagnostics, LineIndex lines) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return diagnostics.isEmpty();
        }
    }

    public static final String CODE = "SYNTAX";

    private final String text;
    private final int n;
    private final Limits limits;
    private final LineIndex lines;
    private int pos;
    private Diagnostic error;

    private JsonParser(String text, Limits limits) {
        this.text = text;
        this.n = text.length();
        this.limits = limits;
        this.lines = LineIndex.of(text);
    }

    public static Result parse(String text) {
        return parse(text, Limits.DEFAULT);
    }

    public static Result parse(String text, Limits limits) {
        JsonParser p = new JsonParser(text, limits);
        JsonValue root = p.run();
        return new Result(root, p.error == null ? List.of() : List.of(p.error), p.lines);
    }

    // ---------------------------------------------------------------- frames

    private abstract static sealed class Frame permits ObjectFrame, ArrayFrame {
        final int start;

        Frame(int start) {
            this.start = start;
        }
    }

    private static final class ObjectFrame extends Frame {
        final List<Member> members = new ArrayList<>();
        String key;
        Span keySpan;

        ObjectFrame(int start) {
            super(start);
        }
    }

    private static final class ArrayFrame extends Frame {
        final List<JsonValue> items = new ArrayList<>();

        ArrayFrame(int start) {
            super(start);
        }
    }

    // ---------------------------------------------------------------- main loop

    private JsonValue run() {
        skipWhitespace();
        if (pos >= n) {
            fail(pos, n == 0 ? "The document is empty: a workflow is a JSON object such as {\"StartAt\": ..., \"States\": {...}}"
                    : "The document holds only white space: a workflow is a JSON object");
            return null;
        }
        List<Frame> stack = new ArrayList<>();
        JsonValue done = null;
        outer:
        while (true) {
            // Read one value, or open a container.
            JsonValue value;
            skipWhitespace();
            if (pos >= n) {
                failAtEnd(stack);
                break;
            }
            char c = text.charAt(pos);
            if (c == '{' || c == '[') {
                if (stack.size() >= limits.maxDepth()) {
                    fail(pos, "Nesting deeper than " + limits.maxDepth() + " levels (the limit on nested objects and arrays)");
                    break;
                }
                int start = pos++;
                skipWhitespace();
                if (c == '{') {
                    ObjectFrame f = new ObjectFrame(start);
                    stack.add(f);
                    if (pos < n && text.charAt(pos) == '}') {
                        pos++;
                        stack.remove(stack.size() - 1);
                        value = new JsonObject(lines.span(start, pos), f.members);
                    } else {
                        if (!readKey(f, stack)) {
                            break;
                        }
                        continue;
                    }
                } else {
                    ArrayFrame f = new ArrayFrame(start);
                    stack.add(f);
                    if (pos < n && text.charAt(pos) == ']') {
                        pos++;
                        stack.remove(stack.size() - 1);
                        value = new JsonArray(lines.span(start, pos), f.items);
                    } else {
                        continue;
                    }
                }
            } else {
                value = readScalar();
                if (value == null) {
                    break;
                }
            }
            // A value is complete: attach it to its container, closing containers as they end.
            while (true) {
                if (stack.isEmpty()) {
                    done = value;
                    skipWhitespace();
                    if (pos < n) {
                        fail(pos, "Unexpected " + describe(pos) + " after the end of the JSON document");
                    }
                    break outer;
                }
                Frame top = stack.get(stack.size() - 1);
                skipWhitespace();
                if (top instanceof ObjectFrame f) {
                    f.members.add(new Member(f.key, f.keySpan, value, lines.span(f.keySpan.start(), value.span().end())));
                    f.key = null;
                    f.keySpan = null;
                    if (pos < n && text.charAt(pos) == ',') {
                        pos++;
                        skipWhitespace();
                        if (!readKey(f, stack)) {
                            break outer;
                        }
                        continue outer;
                    } else if (pos < n && text.charAt(pos) == '}') {
                        pos++;
                        stack.remove(stack.size() - 1);
                        value = new JsonObject(lines.span(f.start, pos), f.members);
                    } else {
                        if (pos >= n) {
                            failAtEnd(stack);
                        } else {
                            fail(pos, "Expected ',' or '}' after a property value but found " + describe(pos));
                        }
                        break outer;
                    }
                } else {
                    ArrayFrame f = (ArrayFrame) top;
                    f.items.add(value);
                    if (pos < n && text.charAt(pos) == ',') {
                        pos++;
                        skipWhitespace();
                        if (pos < n && text.charAt(pos) == ']') {
                            fail(pos, "Trailing comma: a value must follow ',' in an array");
                            break outer;
                        }
                        continue outer;
                    } else if (pos < n && text.charAt(pos) == ']') {
                        pos++;
                        stack.remove(stack.size() - 1);
                        value = new JsonArray(lines.span(f.start, pos), f.items);
                    } else {
                        if (pos >= n) {
                            failAtEnd(stack);
                        } else {
                            fail(pos, "Expected ',' or ']' after an array item but found " + describe(pos));
                        }
                        break outer;
                    }
                }
            }
        }
        if (error == null) {
            return done;
        }
        // Close whatever is still open at the error, innermost first.
        int end = Math.min(Math.max(pos, 0), n);
        JsonValue partial = done;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Frame f = stack.get(i);
            JsonValue closed;
            if (f instanceof ObjectFrame o) {
                if (partial != null && o.key != null) {
                    o.members.add(new Member(o.key, o.keySpan, partial, lines.span(o.keySpan.start(), partial.span().end())));
                }
                closed = new JsonObject(lines.span(f.start, end), o.members);
            } else {
                ArrayFrame a = (ArrayFrame) f;
                if (partial != null) {
                    a.items.add(partial);
                }
                closed = new JsonArray(lines.span(f.start, end), a.items);
            }
            partial = closed;
        }
        return partial;
    }

    /** Reads {@code "key" :} into the frame; false (with the error recorded) when it is not there. */
    private boolean readKey(ObjectFrame f, List<Frame> stack) {
        if (pos >= n) {
            failAtEnd(stack);
            return false;
        }
        char c = text.charAt(pos);
        if (c != '"') {
            if (c == '}') {
                fail(pos, "Trailing comma: a property must follow ',' in an object");
            } else {
                fail(pos, "Expected a property name in double quotes but found " + describe(pos));
            }
            return false;
        }
        int start = pos;
        String key = readString();
        if (key == null) {
            return false;
        }
        f.keySpan = lines.span(start, pos);
        f.key = key;
        skipWhitespace();
        if (pos >= n) {
            failAtEnd(stack);
            return false;
        }
        if (text.charAt(pos) != ':') {
            fail(pos, "Expected ':' after the property name \"" + shorten(key) + "\" but found " + describe(pos));
            return false;
        }
        pos++;
        return true;
    }

    private JsonValue readScalar() {
        int start = pos;
        char c = text.charAt(pos);
        switch (c) {
            case '"': {
                String s = readString();
                return s == null ? null : new JsonString(lines.span(start, pos), s);
            }
            case 't':
                return literal("true") ? new JsonBoolean(lines.span(start, pos), true) : null;
            case 'f':
                return literal("false") ? new JsonBoolean(lines.span(start, pos), false) : null;
            case 'n':
                return literal("null") ? new JsonNull(lines.span(start, pos)) : null;
            case '$':
                return readPlaceholder();
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                if (c == '}' || c == ']') {
                    fail(pos, "Expected a value but found " + describe(pos));
                } else if (c == '\'') {
                    fail(pos, "Strings must use double quotes, not single quotes");
                } else {
                    fail(pos, "Unexpected " + describe(pos) + ": expected a value (object, array, string, number, true, false or null)");
                }
                return null;
        }
    }

    private boolean literal(String word) {
        if (text.startsWith(word, pos)) {
            int end = pos + word.length();
            if (end >= n || !Character.isLetterOrDigit(text.charAt(end))) {
                pos = end;
                return true;
            }
        }
        int end = pos;
        while (end < n && end - pos < 20 && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        fail(pos, "Unexpected word '" + text.substring(pos, Math.max(end, pos + 1)) + "': expected a value (did you mean " + word + "?)");
        return false;
    }

    private JsonValue readPlaceholder() {
        int start = pos;
        if (pos + 1 < n && text.charAt(pos + 1) == '{') {
            int close = text.indexOf('}', pos + 2);
            if (close > pos + 2 && close - pos < 256) {
                String name = text.substring(pos + 2, close);
                if (name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.' || ch == ':')) {
                    pos = close + 1;
                    return new JsonPlaceholder(lines.span(start, pos), name);
                }
            }
        }
        fail(pos, "Unexpected '$': expected a value (an unquoted placeholder is written ${Name})");
        return null;
    }

    private JsonValue readNumber() {
        int start = pos;
        int i = pos;
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        if (i >= n || !isDigit(text.charAt(i))) {
            fail(start, "Invalid number: a digit must follow '-'");
            return null;
        }
        if (text.charAt(i) == '0') {
            i++;
            if (i < n && isDigit(text.charAt(i))) {
                fail(start, "Invalid number: leading zeros are not allowed");
                return null;
            }
        } else {
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            if (i >= n || !isDigit(text.charAt(i))) {
                fail(start, "Invalid number: a digit must follow the decimal point");
                return null;
            }
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            if (i >= n || !isDigit(text.charAt(i))) {
                fail(start, "Invalid number: a digit must follow the exponent");
                return null;
            }
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i - start > limits.maxNumberLength()) {
            fail(start, "Number longer than " + limits.maxNumberLength() + " characters (the limit on number length)");
            return null;
        }
        if (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
            fail(i, "Invalid number: unexpected " + describe(i));
            return null;
        }
        pos = i;
        return new JsonNumber(lines.span(start, i), text.substring(start, i));
    }

    /** Reads a string starting at the opening quote; null on error. */
    private String readString() {
        int start = pos;
        int i = pos + 1;
        // Fast path: no escapes.
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i - start - 1 > limits.maxStringLength()) {
                    fail(start, "String longer than " + limits.maxStringLength() + " characters (the limit on string length)");
                    return null;
                }
                pos = i + 1;
                return text.substring(start + 1, i);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            i++;
        }
        StringBuilder sb = new StringBuilder(Math.max(16, i - start));
        sb.append(text, start + 1, i);
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                pos = i + 1;
                return sb.toString();
            }
            if (sb.length() > limits.maxStringLength()) {
                fail(start, "String longer than " + limits.maxStringLength() + " characters (the limit on string length)");
                return null;
            }
            if (c == '\\') {
                if (i + 1 >= n) {
                    break;
                }
                char e = text.charAt(i + 1);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (i + 6 > n) {
                            fail(i, "Invalid escape: \\u needs four hexadecimal digits");
                            return null;
                        }
                        int code = 0;
                        for (int k = i + 2; k < i + 6; k++) {
                            int d = Character.digit(text.charAt(k), 16);
                            if (d < 0) {
                                fail(i, "Invalid escape: \\u needs four hexadecimal digits");
                                return null;
                            }
                            code = code * 16 + d;
                        }
                        sb.append((char) code);
                        i += 4;
                    }
                    default -> {
                        fail(i, "Invalid escape '\\" + printable(e) + "' in a string");
                        return null;
                    }
                }
                i += 2;
                continue;
            }
            if (c < 0x20) {
                if (c == '\n' || c == '\r') {
                    fail(start, "Unterminated string: it runs to the end of the line");
                } else {
                    fail(i, "Control character U+" + String.format("%04X", (int) c) + " in a string: write it as an escape");
                }
                return null;
            }
            sb.append(c);
            i++;
        }
        fail(start, "Unterminated string: the text ends before its closing quote");
        return null;
    }

    // ---------------------------------------------------------------- helpers

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    private void fail(int at, String message) {
        if (error != null) {
            return;
        }
        int start = Math.min(at, n);
        int end = Math.min(start + 1, n);
        error = Diagnostic.error(CODE, message, "", lines.span(start, end));
        pos = start;
    }

    private void failAtEnd(List<Frame> stack) {
        if (stack.isEmpty()) {
            fail(n, "Unexpected end of text: a value is missing");
            return;
        }
        Frame f = stack.get(stack.size() - 1);
        Span open = lines.span(f.start, f.start + 1);
        String what = f instanceof ObjectFrame ? "an object" : "an array";
        fail(n, "Unexpected end of text inside " + what + " opened at line " + open.line() + ", column " + open.column()
                + " (the file may be truncated)");
    }

    private String describe(int at) {
        if (at >= n) {
            return "the end of the text";
        }
        char c = text.charAt(at);
        return "'" + printable(c) + "'";
    }

    private static String printable(char c) {
        if (c < 0x20 || c == 0x7f || Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFD') {
            return String.format("U+%04X", (int) c);
        }
        return String.valueOf(c);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}

package stepwise.model.intrinsic;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed intrinsic function call such as {@code States.Format('Hello {}', $.name)}: its name, its
 * arguments, and where each stands in the string (character offsets into the decoded value).
 * {@link #parse} reads the call grammar: string literals in single quotes with the escapes
 * {@code \' \{ \} \\}, numbers, {@code true}/{@code false}/{@code null}, paths and nested calls.
 * The validator checks calls with it and the engine compiles them from it: one grammar for both.
 * {@code end} is the offset just after the call's closing parenthesis.
 */
public record IntrinsicCall(String name, int nameStart, int nameEnd, int end, List<Argument> arguments) {

    /** One argument of a call. */
    public sealed interface Argument permits Literal, PathArgument, Nested {
        int start();
    }

    /** A literal as written: {@code 'text'} (quotes included), a number, {@code true}, {@code false} or {@code null}. */
    public record Literal(String text, int start) implements Argument {
        public boolean isString() {
            return text.startsWith("'");
        }

        /** A string literal's text between its quotes, escapes as written (States.Format reads its template so). */
        public String stringContent() {
            return text.substring(1, text.length() - 1);
        }

        /** A string literal's value: each escape {@code \x} stands for {@code x}. */
        public String stringValue() {
            String raw = stringContent();
            StringBuilder sb = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length()) {
                    c = raw.charAt(++i);
                }
                sb.append(c);
            }
            return sb.toString();
        }
    }

    public record PathArgument(String path, int start) implements Argument {
    }

    public record Nested(IntrinsicCall call, int start) implements Argument {
    }

    /** The outcome: a call, or the first syntax problem and where it is. */
    public record Parsed(IntrinsicCall call, String problem, int offset) {
        public boolean ok() {
            return problem == null;
        }
    }

    private static final class SyntaxProblem extends Exception {
        final int offset;

        SyntaxProblem(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    public static final String PREFIX = "States.";

    /** True when the value looks like an intrinsic call rather than a path. */
    public static boolean looksLikeCall(String s) {
        return s.startsWith(PREFIX);
    }

    public static Parsed parse(String text) {
        Reader r = new Reader(text);
        try {
            IntrinsicCall call = r.call();
            r.spaces();
            if (r.pos < text.length()) {
                throw new SyntaxProblem("unexpected text after the closing ')'", r.pos);
            }
            return new Parsed(call, null, 0);
        } catch (SyntaxProblem e) {
            return new Parsed(null, e.getMessage(), Math.min(e.offset, text.length()));
        }
    }

    /** Every call in this one, itself first, depth first. */
    public List<IntrinsicCall> allCalls() {
        List<IntrinsicCall> out = new ArrayList<>();
        out.add(this);
        for (Argument a : arguments) {
            if (a instanceof Nested n) {
                out.addAll(n.call().allCalls());
            }
        }
        return out;
    }

    /** Every path argument at any depth. */
    public List<PathArgument> paths() {
        List<PathArgument> out = new ArrayList<>();
        for (IntrinsicCall c : allCalls()) {
            for (Argument a : c.arguments) {
                if (a instanceof PathArgument p) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static final class Reader {
        private static final int MAX_DEPTH = 100;
        private final String text;
        private int pos;
        private int depth;

        Reader(String text) {
            this.text = text;
        }

        IntrinsicCall call() throws SyntaxProblem {
            if (++depth > MAX_DEPTH) {
                throw new SyntaxProblem("calls nested more than " + MAX_DEPTH + " deep", pos);
            }
            if (!text.startsWith(PREFIX, pos)) {
                throw new SyntaxProblem("an intrinsic function starts with 'States.'", pos);
            }
            int nameStart = pos;
            pos += PREFIX.length();
            while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                pos++;
            }
            int nameEnd = pos;
            if (nameEnd == nameStart + PREFIX.length()) {
                throw new SyntaxProblem("the function name is missing after 'States.'", pos);
            }
            spaces();
            expect('(', "expected '(' after " + text.substring(nameStart, nameEnd));
            List<Argument> args = new ArrayList<>();
            spaces();
            if (peek() == ')') {
                pos++;
            } else {
                while (true) {
                    spaces();
                    args.add(argument());
                    spaces();
                    char c = peek();
                    if (c == ',') {
                        pos++;
                    } else if (c == ')') {
                        pos++;
                        break;
                    } else {
                        throw new SyntaxProblem(pos >= text.length() ? "the call is not closed: expected ')'"
                                : "expected ',' or ')' but found '" + c + "'", pos);
                    }
                }
            }
            depth--;
            return new IntrinsicCall(text.substring(nameStart, nameEnd), nameStart, nameEnd, pos, args);
        }

        private Argument argument() throws SyntaxProblem {
            int start = pos;
            char c = peek();
            if (c == '\'') {
                return new Literal(string(), start);
            }
            if (c == '$') {
                return new PathArgument(path(), start);
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                return new Literal(number(), start);
            }
            if (text.startsWith(PREFIX, pos)) {
                return new Nested(call(), start);
            }
            for (String word : new String[] {"true", "false", "null"}) {
                if (text.startsWith(word, pos) && !continuesName(pos + word.length())) {
                    pos += word.length();
                    return new Literal(word, start);
                }
            }
            if (c == '"') {
                throw new SyntaxProblem("string arguments are written in single quotes: 'text'", pos);
            }
            throw new SyntaxProblem(pos >= text.length() ? "an argument is missing" : c == ')' || c == ','
                    ? "an argument is missing" : "unexpected '" + c + "': an argument is a 'string', a number, "
                    + "true, false, null, a path or another States. call", pos);
        }

        private String string() throws SyntaxProblem {
            int start = pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\\') {
                    char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
                    if (next != '\'' && next != '{' && next != '}' && next != '\\') {
                        throw new SyntaxProblem("'\\" + (next == 0 ? "" : String.valueOf(next))
                                + "' is not an escape of intrinsic strings: only \\' \\{ \\} and \\\\ are", pos);
                    }
                    pos += 2;
                } else if (c == '\'') {
                    pos++;
                    return text.substring(start, pos);
                } else {
                    pos++;
                }
            }
            throw new SyntaxProblem("the string is not closed: expected a closing '", start);
        }

        private String number() throws SyntaxProblem {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            int digits = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == digits) {
                throw new SyntaxProblem("expected a number after '-'", pos);
            }
            if (peek() == '.') {
                pos++;
                int fraction = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (pos == fraction) {
                    throw new SyntaxProblem("expected digits after '.'", pos);
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                int exponent = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (pos == exponent) {
                    throw new SyntaxProblem("expected digits in the exponent", pos);
                }
            }
            if (continuesName(pos)) {
                throw new SyntaxProblem("unexpected '" + text.charAt(pos) + "' after a number", pos);
            }
            return text.substring(start, pos);
        }

        /** A path argument runs to the next ',' or ')' outside brackets, parentheses and quotes. */
        private String path() throws SyntaxProblem {
            int start = pos;
            int brackets = 0;
            int parens = 0;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\'' || c == '"') {
                    int open = pos++;
                    while (pos < text.length() && text.charAt(pos) != c) {
                        pos += text.charAt(pos) == '\\' ? 2 : 1;
                    }
                    if (pos >= text.length()) {
                        throw new SyntaxProblem("the quoted name is not closed", open);
                    }
                } else if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets--;
                } else if (c == '(') {
                    parens++;
                } else if (c == ')') {
                    if (parens == 0 && brackets <= 0) {
                        break;
                    }
                    parens--;
                } else if (c == ',' && brackets <= 0 && parens == 0) {
                    break;
                }
                pos++;
            }
            return text.substring(start, pos).stripTrailing();
        }

        private boolean continuesName(int at) {
            return at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_');
        }

        void spaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        private void expect(char c, String message) throws SyntaxProblem {
            if (peek() != c) {
                throw new SyntaxProblem(message, pos);
            }
            pos++;
        }
    }
}

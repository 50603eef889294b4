package stepwise.engine.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import stepwise.engine.data.Json;

/**
 * A fast evaluator for the simplest and most common JSONata expressions of a workflow: paths into
 * {@code $states} or a variable through object fields, literals, arithmetic, string concatenation,
 * comparisons and {@code and}/{@code or} — {@code $states.input.count + 1}, {@code $states.input.i < $n}.
 * It works on the engine's values directly. Whenever a value is not of the plain kind it handles (an
 * array on a path, operands of mixed types, anything that would be an error), it answers
 * {@link #DEFER} and the JSONata library evaluates the expression, so results and errors stay exactly
 * the library's.
 */
final class FastExpression {
    /** "Let the library decide": the value is not one this evaluator handles. */
    static final Object DEFER = new Object();

    private final Node root;

    private FastExpression(Node root) {
        this.root = root;
    }

    /** The fast form of {@code source}, or null when the expression uses anything beyond the subset. */
    static FastExpression compile(String source) {
        try {
            Parser p = new Parser(source);
            Node n = p.or();
            p.skipSpaces();
            return p.pos == source.length() ? new FastExpression(n) : null;
        } catch (Unsupported e) {
            return null;
        }
    }

    /** The value (null: undefined), or {@link #DEFER}. */
    Object evaluate(JsonataScope scope) {
        return root.eval(scope);
    }

    private interface Node {
        /** A JsonNode, null for undefined, or DEFER. */
        Object eval(JsonataScope scope);
    }

    private record Literal(JsonNode value) implements Node {
        @Override
        public Object eval(JsonataScope scope) {
            return value;
        }
    }

    private record Path(String variable, String[] steps) implements Node {
        @Override
        public Object eval(JsonataScope scope) {
            JsonNode v;
            int i = 0;
            if (variable.equals("states")) {
                if (steps.length == 0) {
                    return DEFER;
                }
                v = switch (steps[0]) {
                    case "input" -> scope.statesInput();
                    case "result" -> scope.statesResult();
                    case "errorOutput" -> scope.statesErrorOutput();
                    case "context" -> scope.contextObject();
                    default -> null;
                };
                i = 1;
            } else {
                v = scope.variable(variable);
            }
            for (; i < steps.length; i++) {
                if (v == null) {
                    return null;
                }
                if (v.isArray()) {
                    return DEFER;
                }
                v = v.isObject() ? v.get(steps[i]) : null;
            }
            if (v != null && v.isArray()) {
                return DEFER;
            }
            return v;
        }
    }

    private record Negate(Node operand) implements Node {
        @Override
        public Object eval(JsonataScope scope) {
            Object v = operand.eval(scope);
            if (v == null || v == DEFER) {
                return v;
            }
            JsonNode n = (JsonNode) v;
            if (!n.isNumber()) {
                return DEFER;
            }
            if (n.isIntegralNumber() && n.canConvertToLong() && n.longValue() != Long.MIN_VALUE) {
                return Json.number(-n.longValue());
            }
            return Json.number(-n.doubleValue());
        }
    }

    private record Binary(String op, Node left, Node right) implements Node {
        @Override
        public Object eval(JsonataScope scope) {
            if (op.equals("and") || op.equals("or")) {
                return logical(scope);
            }
            Object l = left.eval(scope);
            if (l == DEFER) {
                return DEFER;
            }
            Object r = right.eval(scope);
            if (r == DEFER) {
                return DEFER;
            }
            JsonNode a = (JsonNode) l;
            JsonNode b = (JsonNode) r;
            return switch (op) {
                case "+", "-", "*", "/", "%" -> arithmetic(a, b);
                case "&" -> concat(a, b);
                case "=", "!=" -> equality(a, b);
                default -> comparison(a, b);
            };
        }

        private Object logical(JsonataScope scope) {
            Object l = left.eval(scope);
            if (l == DEFER || (l != null && !((JsonNode) l).isBoolean())) {
                return DEFER;
            }
            boolean lv = l != null && ((JsonNode) l).booleanValue();
            if (op.equals("and") && !lv) {
                return BooleanNode.FALSE;
            }
            if (op.equals("or") && lv) {
                return BooleanNode.TRUE;
            }
            Object r = right.eval(scope);
            if (r == DEFER || (r != null && !((JsonNode) r).isBoolean())) {
                return DEFER;
            }
            return BooleanNode.valueOf(r != null && ((JsonNode) r).booleanValue());
        }

        private Object arithmetic(JsonNode a, JsonNode b) {
            if (a == null || b == null) {
                return a != null && !a.isNumber() || b != null && !b.isNumber() ? DEFER : null;
            }
            if (!a.isNumber() || !b.isNumber()) {
                return DEFER;
            }
            if (beyondDoublePrecision(a) || beyondDoublePrecision(b)) {
                return DEFER;
            }
            boolean integral = a.isIntegralNumber() && b.isIntegralNumber();
            if (integral && !op.equals("/")) {
                long x = a.longValue();
                long y = b.longValue();
                try {
                    return switch (op) {
                        case "+" -> exact(Math.addExact(x, y));
                        case "-" -> exact(Math.subtractExact(x, y));
                        case "*" -> exact(Math.multiplyExact(x, y));
                        default -> y == 0 ? DEFER : Json.number(x % y);
                    };
                } catch (ArithmeticException overflow) {
                    return DEFER;
                }
            }
            double x = a.doubleValue();
            double y = b.doubleValue();
            double v = switch (op) {
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> x / y;
                default -> x % y;
            };
            return Double.isFinite(v) ? Json.number(v) : DEFER;
        }

        private static Object exact(long v) {
            return Math.abs(v) > (1L << 53) ? DEFER : Json.number(v);
        }

        private Object concat(JsonNode a, JsonNode b) {
            if ((a != null && !a.isTextual()) || (b != null && !b.isTextual())) {
                return DEFER;
            }
            return TextNode.valueOf((a == null ? "" : a.textValue()) + (b == null ? "" : b.textValue()));
        }

        private Object equality(JsonNode a, JsonNode b) {
            if (a == null || b == null) {
                return BooleanNode.FALSE;
            }
            if (!simple(a) || !simple(b)) {
                return DEFER;
            }
            boolean equal;
            if (a.isNumber() && b.isNumber()) {
                equal = a.doubleValue() == b.doubleValue();
            } else {
                equal = a.equals(b);
            }
            return BooleanNode.valueOf(op.equals("=") == equal);
        }

        private Object comparison(JsonNode a, JsonNode b) {
            if ((a != null && !a.isNumber() && !a.isTextual()) || (b != null && !b.isNumber() && !b.isTextual())) {
                return DEFER;
            }
            if (a == null || b == null) {
                return null;
            }
            int c;
            if (a.isNumber() && b.isNumber()) {
                c = Double.compare(a.doubleValue(), b.doubleValue());
                if (a.doubleValue() == b.doubleValue()) {
                    c = 0;
                }
            } else if (a.isTextual() && b.isTextual()) {
                c = a.textValue().compareTo(b.textValue());
            } else {
                return DEFER;
            }
            return BooleanNode.valueOf(switch (op) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            });
        }

        /** JSONata numbers are doubles: integers past 2^53 are left to the library's rounding. */
        private static boolean beyondDoublePrecision(JsonNode n) {
            return n.isIntegralNumber() && (!n.canConvertToLong() || Math.abs(n.longValue()) > (1L << 53));
        }

        private static boolean simple(JsonNode n) {
            return n.isNumber() || n.isTextual() || n.isBoolean() || n.isNull();
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent parser for the subset; anything else throws {@link Unsupported}. */
    private static final class Parser {
        private final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        Node or() {
            Node n = and();
            while (word("or")) {
                n = new Binary("or", n, and());
            }
            return n;
        }

        private Node and() {
            Node n = comparison();
            while (word("and")) {
                n = new Binary("and", n, comparison());
            }
            return n;
        }

        private Node comparison() {
            Node n = additive();
            skipSpaces();
            for (String op : new String[] {"!=", "<=", ">=", "=", "<", ">"}) {
                if (s.startsWith(op, pos)) {
                    pos += op.length();
                    return new Binary(op, n, additive());
                }
            }
            return n;
        }

        private Node additive() {
            Node n = multiplicative();
            while (true) {
                skipSpaces();
                char c = peek();
                if (c == '+' || c == '-' || c == '&') {
                    pos++;
                    n = new Binary(String.valueOf(c), n, multiplicative());
                } else {
                    return n;
                }
            }
        }

        private Node multiplicative() {
            Node n = unary();
            while (true) {
                skipSpaces();
                char c = peek();
                if ((c == '*' || c == '/' || c == '%') && !s.startsWith("/*", pos) && !s.startsWith("**", pos)) {
                    pos++;
                    n = new Binary(String.valueOf(c), n, unary());
                } else {
                    return n;
                }
            }
        }

        private Node unary() {
            skipSpaces();
            if (peek() == '-') {
                pos++;
                return new Negate(unary());
            }
            return primary();
        }

        private Node primary() {
            skipSpaces();
            char c = peek();
            if (c == '(') {
                pos++;
                Node n = or();
                skipSpaces();
                if (peek() != ')') {
                    throw new Unsupported();
                }
                pos++;
                return n;
            }
            if (c == '$') {
                return path();
            }
            if (c == '"' || c == '\'') {
                return new Literal(TextNode.valueOf(string(c)));
            }
            if (Character.isDigit(c)) {
                return new Literal(number());
            }
            if (word("true")) {
                return new Literal(BooleanNode.TRUE);
            }
            if (word("false")) {
                return new Literal(BooleanNode.FALSE);
            }
            if (word("null")) {
                return new Literal(NullNode.instance);
            }
            throw new Unsupported();
        }

        private Node path() {
            pos++;
            String variable = identifier();
            if (variable.isEmpty()) {
                throw new Unsupported();
            }
            List<String> steps = new ArrayList<>();
            while (true) {
                int save = pos;
                skipSpaces();
                if (peek() == '.' && pos + 1 < s.length() && !Character.isDigit(s.charAt(pos + 1))) {
                    pos++;
                    skipSpaces();
                    String step = identifier();
                    if (step.isEmpty() || step.equals("and") || step.equals("or") || step.equals("in")) {
                        throw new Unsupported();
                    }
                    steps.add(step);
                } else {
                    pos = save;
                    break;
                }
            }
            skipSpaces();
            char next = peek();
            if (next == '[' || next == '(' || next == '{' || next == ':' || next == '~' || next == '@' || next == '#' || next == '^'
                    || next == '?' || next == '.') {
                throw new Unsupported();
            }
            return new Path(variable, steps.toArray(String[]::new));
        }

        private String identifier() {
            if (peek() == '`') {
                int end = s.indexOf('`', pos + 1);
                if (end < 0) {
                    throw new Unsupported();
                }
                String name = s.substring(pos + 1, end);
                pos = end + 1;
                return name;
            }
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private String string(char quote) {
            StringBuilder b = new StringBuilder();
            pos++;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == quote) {
                    return b.toString();
                }
                if (c == '\\') {
                    if (pos >= s.length()) {
                        throw new Unsupported();
                    }
                    char e = s.charAt(pos++);
                    switch (e) {
                        case '"', '\\', '/', '\'' -> b.append(e);
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        default -> throw new Unsupported();
                    }
                } else {
                    b.append(c);
                }
            }
            throw new Unsupported();
        }

        private JsonNode number() {
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            boolean fraction = false;
            if (peek() == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
                fraction = true;
                pos++;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                throw new Unsupported();
            }
            String text = s.substring(start, pos);
            if (!fraction && text.length() < 16) {
                return Json.number(Long.parseLong(text));
            }
            return Json.number(Double.parseDouble(text));
        }

        /** Consumes {@code w} when it stands as a whole word here. */
        private boolean word(String w) {
            skipSpaces();
            if (s.startsWith(w, pos) && (pos + w.length() == s.length() || !Character.isLetterOrDigit(s.charAt(pos + w.length()))
                    && s.charAt(pos + w.length()) != '_')) {
                pos += w.length();
                return true;
            }
            return false;
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : 0;
        }

        void skipSpaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            if (s.startsWith("/*", pos)) {
                throw new Unsupported();
            }
        }
    }
}

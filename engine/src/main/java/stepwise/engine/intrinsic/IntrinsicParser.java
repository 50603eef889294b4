package stepwise.engine.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import stepwise.engine.data.Expression;
import stepwise.engine.data.ModelJson;
import stepwise.engine.data.PathExpression;

/**
 * Parses intrinsic function calls: {@code States.Format('Hello {}', $.name)}. Arguments are string
 * literals in single quotes (with {@code \'}, {@code \{}, {@code \}}, {@code \\} escapes), numbers,
 * {@code true}, {@code false}, {@code null}, paths and nested calls.
 */
public final class IntrinsicParser {
    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /** True when {@code text} is written as an intrinsic function call. */
    public static boolean isCall(String text) {
        return text.startsWith("States.");
    }

    /**
     * Parses a whole call.
     * @throws IllegalArgumentException with the reason when it is not a valid call
     */
    public static IntrinsicCall parse(String text) {
        IntrinsicParser p = new IntrinsicParser(text);
        IntrinsicCall call = p.call();
        p.skipSpaces();
        if (p.pos != text.length()) {
            throw p.fail("unexpected text after the closing parenthesis");
        }
        return call;
    }

    private IntrinsicCall call() {
        skipSpaces();
        int start = pos;
        if (!text.startsWith("States.", pos)) {
            throw fail("an intrinsic function starts with 'States.'");
        }
        pos += "States.".length();
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        IntrinsicFunction function = IntrinsicFunction.named(name);
        if (function == null) {
            throw new IllegalArgumentException("'" + name + "' is not an intrinsic function; the intrinsic functions are "
                    + IntrinsicFunction.names());
        }
        skipSpaces();
        expect('(');
        List<IntrinsicCall.Arg> args = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                args.add(argument());
                skipSpaces();
                char c = peek();
                if (c == ',') {
                    pos++;
                } else if (c == ')') {
                    pos++;
                    break;
                } else {
                    throw fail("expected ',' or ')'");
                }
            }
        }
        String source = text.substring(start, pos);
        function.checkArity(args.size());
        return new IntrinsicCall(source, function, args);
    }

    private IntrinsicCall.Arg argument() {
        skipSpaces();
        char c = peek();
        if (c == '\'') {
            return string();
        }
        if (c == '$') {
            return path();
        }
        if (text.startsWith("States.", pos)) {
            IntrinsicCall nested = call();
            return new IntrinsicCall.Arg(null, null, nested);
        }
        int start = pos;
        while (pos < text.length() && ",) ".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String word = text.substring(start, pos);
        JsonNode literal = switch (word) {
            case "true" -> BooleanNode.TRUE;
            case "false" -> BooleanNode.FALSE;
            case "null" -> NullNode.instance;
            default -> {
                try {
                    yield ModelJson.number(word);
                } catch (NumberFormatException e) {
                    throw fail("'" + word + "' is not a valid argument (a quoted string, number, boolean, null, path or function)");
                }
            }
        };
        return new IntrinsicCall.Arg(literal, null, null);
    }

    private IntrinsicCall.Arg string() {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw fail("a string argument is not closed with '");
            }
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                value.append(text.charAt(pos + 1));
                pos += 2;
            } else if (c == '\'') {
                pos++;
                break;
            } else {
                value.append(c);
                pos++;
            }
        }
        String raw = text.substring(start + 1, pos - 1);
        return new IntrinsicCall.Arg(TextNode.valueOf(value.toString()), raw, null);
    }

    private IntrinsicCall.Arg path() {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            pos++;
        }
        String path = text.substring(start, pos).trim();
        Expression e;
        try {
            e = PathExpression.compile(path);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("'" + path + "' is not a valid path: " + bad.getMessage());
        }
        return new IntrinsicCall.Arg(null, null, e);
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException("invalid intrinsic function call at character " + (pos + 1) + ": " + why);
    }
}

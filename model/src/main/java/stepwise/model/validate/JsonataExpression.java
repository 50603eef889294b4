package stepwise.model.validate;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Parser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One {@code {% ... %}} expression of a JSONata state: its syntax as the JSONata parser reads it,
 * and the workflow variables it reads ({@code $name}, leaving out {@code $states}, the built-in
 * functions and the names the expression binds itself).
 */
final class JsonataExpression {
    /** A syntax error: JSONata's message and its offset in the string value (the {@code {%} included). */
    record SyntaxError(String message, int offset) {
    }

    /** A variable read by the expression, at its offset in the string value. */
    record Reference(String name, int offset) {
    }

    private static final Set<String> FUNCTIONS = Set.of(
            "sum", "count", "max", "min", "average", "string", "substring", "substringBefore", "substringAfter", "lowercase",
            "uppercase", "length", "trim", "pad", "contains", "split", "join", "match", "replace", "now", "millis", "fromMillis",
            "toMillis", "formatNumber", "formatBase", "formatInteger", "parseInteger", "number", "abs", "floor", "ceil", "round",
            "power", "sqrt", "random", "boolean", "not", "exists", "keys", "lookup", "spread", "merge", "sift", "each", "error",
            "assert", "type", "reverse", "shuffle", "distinct", "zip", "append", "sort", "filter", "map", "reduce", "single",
            "encodeUrl", "encodeUrlComponent", "decodeUrl", "decodeUrlComponent", "base64encode", "base64decode", "eval", "clone",
            // Added by Step Functions.
            "partition", "range", "hash", "uuid", "parse");
    static final String STATES = "states";
    private static final int OPEN = 2;

    private final String value;

    JsonataExpression(String value) {
        this.value = value;
    }

    /** The text between {@code {%} and {@code %}}. */
    String body() {
        return value.substring(OPEN, value.length() - 2);
    }

    /** Null when the expression parses. */
    SyntaxError syntaxError() {
        String body = body();
        if (body.isBlank()) {
            return new SyntaxError("the expression between {% and %} is empty", OPEN);
        }
        try {
            new Parser().parse(body);
            return null;
        } catch (JException e) {
            int location = e.getLocation();
            int at = location >= body.length() ? body.length() : Math.max(0, location - 1);
            return new SyntaxError(clean(e.getMessage()), OPEN + at);
        } catch (RuntimeException | StackOverflowError e) {
            return new SyntaxError("the expression cannot be read (" + e.getClass().getSimpleName() + ")", OPEN);
        }
    }

    private static String clean(String message) {
        return message == null ? "syntax error" : message.replaceFirst("^[A-Z]\\d{4}: ", "");
    }

    /** The workflow variables the expression reads, each once, in order of appearance. */
    List<Reference> references() {
        String text = body();
        List<int[]> tokens = new ArrayList<>(); // {start, end} of each $name
        Set<String> bound = new HashSet<>();
        int n = text.length();
        int paramsDepth = -1;
        int depth = 0;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipString(text, i);
            } else if (c == '`') {
                int close = text.indexOf('`', i + 1);
                i = close < 0 ? n : close + 1;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '$') {
                int start = i++;
                if (i < n && text.charAt(i) == '$') {
                    i++;
                    continue;
                }
                while (i < n && JsonPathSyntax.isNamePart(text.charAt(i))) {
                    i++;
                }
                if (i > start + 1) {
                    String name = text.substring(start + 1, i);
                    if (paramsDepth >= 0 || isBinding(text, start) || isAssignment(text, i)) {
                        bound.add(name);
                    } else {
                        tokens.add(new int[] {start, i});
                    }
                }
            } else if (c == '(') {
                if (paramsDepth < 0 && opensParameters(text, i)) {
                    paramsDepth = depth;
                }
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                if (depth == paramsDepth) {
                    paramsDepth = -1;
                }
                i++;
            } else {
                i++;
            }
        }
        List<Reference> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int[] t : tokens) {
            String name = text.substring(t[0] + 1, t[1]);
            if (name.equals(STATES) || bound.contains(name) || (FUNCTIONS.contains(name) && isCall(text, t[1])) || !seen.add(name)) {
                continue;
            }
            out.add(new Reference(name, OPEN + t[0]));
        }
        return out;
    }

    private static int skipString(String text, int i) {
        char quote = text.charAt(i++);
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }

    /** {@code @$x} and {@code #$i} bind names in path steps. */
    private static boolean isBinding(String text, int dollar) {
        int i = dollar - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '@' || text.charAt(i) == '#');
    }

    private static boolean isAssignment(String text, int end) {
        int i = skipSpaces(text, end);
        return text.startsWith(":=", i);
    }

    private static boolean isCall(String text, int end) {
        int i = skipSpaces(text, end);
        return i < text.length() && text.charAt(i) == '(';
    }

    /** True when the '(' at {@code paren} opens the parameters of {@code function(...)} or {@code λ(...)}. */
    private static boolean opensParameters(String text, int paren) {
        int i = paren - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '\u03BB') {
            return true;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end).equals("function") && (i < 0 || !JsonPathSyntax.isNamePart(text.charAt(i)))
                && (i < 0 || text.charAt(i) != '$');
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

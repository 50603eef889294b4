package stepwise.engine.data;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSONPath applied to the state's input ({@code $...}), the Context object ({@code $$...}) or a variable ({@code $name...}). */
public final class PathExpression implements Expression {
    /** Where the path starts. */
    public enum Root { INPUT, CONTEXT, VARIABLE }

    private final String text;
    private final Root root;
    private final String variable;
    private final JsonPathQuery query;

    private PathExpression(String text, Root root, String variable, JsonPathQuery query) {
        this.text = text;
        this.root = root;
        this.variable = variable;
        this.query = query;
    }

    /**
     * Compiles a path written in a JSONPath state: {@code $.x}, {@code $$.Execution.Id}, {@code $var.field}.
     * @throws IllegalArgumentException when it is not a valid path
     */
    public static PathExpression compile(String text) {
        if (text.startsWith("$$")) {
            return new PathExpression(text, Root.CONTEXT, null, JsonPathQuery.compile(text.substring(1)));
        }
        if (text.length() > 1 && isNameStart(text.charAt(1))) {
            int end = 1;
            while (end < text.length() && isNamePart(text.charAt(end))) {
                end++;
            }
            String name = text.substring(1, end);
            return new PathExpression(text, Root.VARIABLE, name, JsonPathQuery.compile("$" + text.substring(end)));
        }
        return new PathExpression(text, Root.INPUT, null, JsonPathQuery.compile(text));
    }

    /** True when {@code text} looks like a path (starts with {@code $}). */
    public static boolean isPath(String text) {
        return text.startsWith("$");
    }

    static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    public Root root() {
        return root;
    }

    /** The variable name for a {@link Root#VARIABLE} path. */
    public String variable() {
        return variable;
    }

    public JsonPathQuery query() {
        return query;
    }

    @Override
    public JsonNode evaluate(JsonNode input, DataScope scope) {
        JsonNode base = base(input, scope);
        return base == null ? null : query.find(base);
    }

    private JsonNode base(JsonNode input, DataScope scope) {
        return switch (root) {
            case INPUT -> input;
            case CONTEXT -> scope.contextObject();
            case VARIABLE -> scope.variable(variable);
        };
    }

    @Override
    public String explainMissing(JsonNode input, DataScope scope) {
        JsonNode base = base(input, scope);
        if (base == null) {
            return "The variable '$" + variable + "' is not defined";
        }
        return query.explainMissing(base);
    }

    @Override
    public boolean readsContext() {
        return root == Root.CONTEXT;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}

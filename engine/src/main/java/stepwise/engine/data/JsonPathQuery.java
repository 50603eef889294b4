package stepwise.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import stepwise.model.validate.Validator;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled JSONPath, as Step Functions evaluates them (it uses Jayway JsonPath, whose messages it
 * passes on). Simple paths made only of names and indices ({@code $.order.items[0].id}) are walked
 * directly; anything else (wildcards, filters, slices, functions) goes to Jayway. Compile once, then
 * {@link #find} many times from any thread.
 */
public final class JsonPathQuery {
    static final Configuration JAYWAY = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
            .build();

    private final String text;
    private final Object[] steps;
    private final JsonPath jayway;

    private JsonPathQuery(String text, Object[] steps, JsonPath jayway) {
        this.text = text;
        this.steps = steps;
        this.jayway = jayway;
    }

    /**
     * Compiles {@code path}, which starts with {@code $}.
     * @throws IllegalArgumentException with a readable reason when it is not a valid JSONPath
     */
    public static JsonPathQuery compile(String path) {
        if (path == null || !path.startsWith("$")) {
            throw new IllegalArgumentException("a JSONPath starts with '$'");
        }
        if (path.length() > Validator.MAX_PATH_LENGTH) {
            throw new IllegalArgumentException("the path is " + path.length() + " characters long; paths of up to "
                    + Validator.MAX_PATH_LENGTH + " characters are read (the limit on path length)");
        }
        List<Object> simple = SimplePath.parse(path);
        JsonPath compiled;
        try {
            compiled = JsonPath.compile(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("the path is nested too deeply to read");
        }
        return new JsonPathQuery(path, simple == null ? null : simple.toArray(), compiled);
    }

    public String text() {
        return text;
    }

    /** True for {@code $} alone. */
    public boolean isRoot() {
        return steps != null && steps.length == 0;
    }

    /** True when the path names one place (no wildcard, filter, slice or deep scan). */
    public boolean isDefinite() {
        return jayway.isDefinite();
    }

    /** The names and indices of a simple path, or null when the path needs Jayway. */
    public List<Object> simpleSteps() {
        return steps == null ? null : List.of(steps);
    }

    /**
     * The value at this path: for a definite path the value itself, otherwise an array of the matches.
     * Returns null when a definite path reaches nothing (use {@link #explainMissing} for AWS's words).
     */
    public JsonNode find(JsonNode root) {
        if (steps != null) {
            JsonNode node = root;
            for (Object step : steps) {
                if (step instanceof String name) {
                    node = node.isObject() ? node.get(name) : null;
                } else {
                    int i = (Integer) step;
                    node = node.isArray() && i < node.size() ? node.get(i) : null;
                }
                if (node == null) {
                    return null;
                }
            }
            return node;
        }
        try {
            return JaywayValues.toNode(jayway.read(root, JAYWAY));
        } catch (JsonPathException e) {
            return jayway.isDefinite() ? null : Json.array();
        }
    }

    /** Jayway's message for a path that found nothing: {@code No results for path: $['x']}, {@code Missing property in path $['a']}. */
    public String explainMissing(JsonNode root) {
        try {
            jayway.read(root, JAYWAY);
            return "No results for path: " + jaywayText();
        } catch (JsonPathException e) {
            return e.getMessage();
        }
    }

    /** The path in Jayway's normalized bracket form: {@code $['a']['b'][0]}. */
    public String jaywayText() {
        return jayway.getPath();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Parses paths made only of {@code .name}, {@code ['name']} and {@code [index]} steps. */
    static final class SimplePath {
        private SimplePath() {
        }

        static List<Object> parse(String path) {
            List<Object> steps = new ArrayList<>();
            int i = 1;
            int n = path.length();
            while (i < n) {
                char c = path.charAt(i);
                if (c == '.') {
                    int start = ++i;
                    while (i < n && path.charAt(i) != '.' && path.charAt(i) != '[') {
                        char d = path.charAt(i);
                        if (d == '*' || d == '(' || d == ')' || d == '@' || d == '?' || d == ' ' || d == '\'' || d == '"') {
                            return null;
                        }
                        i++;
                    }
                    if (i == start) {
                        return null; // '..' deep scan or a trailing dot
                    }
                    steps.add(path.substring(start, i));
                } else if (c == '[') {
                    int close = path.indexOf(']', i);
                    if (close < 0) {
                        return null;
                    }
                    String inside = path.substring(i + 1, close).trim();
                    if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')
                            && inside.charAt(inside.length() - 1) == inside.charAt(0)) {
                        String name = inside.substring(1, inside.length() - 1);
                        if (name.indexOf(inside.charAt(0)) >= 0) {
                            return null;
                        }
                        steps.add(name);
                    } else if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit) && inside.length() < 10) {
                        steps.add(Integer.parseInt(inside));
                    } else {
                        return null;
                    }
                    i = close + 1;
                } else {
                    return null;
                }
            }
            return steps;
        }
    }
}

package stepwise.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A {@code ResultPath}: where a state's result goes in its input. {@code $} replaces the input,
 * {@code null} discards the result, and a path such as {@code $.a.b} puts the result there in a copy of
 * the input (missing objects on the way are created; the input itself is never changed).
 */
public final class ResultPathWriter {
    private static final ResultPathWriter ROOT = new ResultPathWriter("$", new Object[0], false);
    private static final ResultPathWriter DISCARD = new ResultPathWriter(null, null, true);

    private final String text;
    private final Object[] steps;
    private final boolean discard;

    private ResultPathWriter(String text, Object[] steps, boolean discard) {
        this.text = text;
        this.steps = steps;
        this.discard = discard;
    }

    /** {@code $}: the result replaces the input. */
    public static ResultPathWriter root() {
        return ROOT;
    }

    /** {@code "ResultPath": null}: the input passes through and the result is dropped. */
    public static ResultPathWriter discard() {
        return DISCARD;
    }

    /**
     * Compiles a reference path made of names and indices.
     * @throws IllegalArgumentException when it is not such a path
     */
    public static ResultPathWriter compile(String path) {
        if ("$".equals(path)) {
            return ROOT;
        }
        if (path.startsWith("$$")) {
            throw new IllegalArgumentException("a ResultPath cannot write into the Context object ($$)");
        }
        JsonPathQuery q = JsonPathQuery.compile(path);
        List<Object> steps = q.simpleSteps();
        if (steps == null) {
            throw new IllegalArgumentException("'" + path + "' is not a reference path: a ResultPath may only use names"
                    + " and indices ($.a.b[0]), no wildcards, filters or functions");
        }
        return new ResultPathWriter(path, steps.toArray(), false);
    }

    public String text() {
        return text;
    }

    public boolean isRoot() {
        return this == ROOT;
    }

    public boolean isDiscard() {
        return discard;
    }

    /**
     * The state's output: {@code result} placed into {@code input}.
     * @throws StateFailure {@code States.ResultPathMatchFailure} when the path goes through a value that is
     *     not an object (or an array, for an index)
     */
    public JsonNode apply(JsonNode input, JsonNode result) {
        if (discard) {
            return input;
        }
        if (steps.length == 0) {
            return result;
        }
        return put(input, 0, result);
    }

    private JsonNode put(JsonNode node, int i, JsonNode result) {
        Object step = steps[i];
        boolean last = i == steps.length - 1;
        if (step instanceof String name) {
            ObjectNode copy;
            if (node == null) {
                copy = Json.object();
            } else if (node.isObject()) {
                copy = Json.copyOf((ObjectNode) node);
            } else {
                throw mismatch(name, node);
            }
            copy.set(name, last ? result : put(copy.get(name), i + 1, result));
            return copy;
        }
        int index = (Integer) step;
        if (node == null || !node.isArray() || index >= node.size()) {
            throw mismatch("[" + index + "]", node);
        }
        ArrayNode copy = Json.copyOf((ArrayNode) node);
        copy.set(index, last ? result : put(copy.get(index), i + 1, result));
        return copy;
    }

    private StateFailure mismatch(String step, JsonNode node) {
        return StateFailure.ofState(ErrorNames.RESULT_PATH_MATCH_FAILURE, "Unable to apply step \"" + step + "\" to input "
                + (node == null ? "null" : Json.write(node)));
    }

    @Override
    public String toString() {
        return discard ? "null" : text;
    }
}

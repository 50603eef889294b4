package stepwise.engine.data;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled dynamic value of a JSONPath state: a path into the input ({@code $.a}), into the Context
 * object ({@code $$.Execution.Id}), a variable ({@code $total}) or an intrinsic function call.
 */
public interface Expression {
    /**
     * The value, or null when a path finds nothing.
     * @throws StateFailure when evaluation fails (an intrinsic function's arguments are wrong...)
     */
    JsonNode evaluate(JsonNode input, DataScope scope);

    /** The expression as written. */
    String text();

    /** Why nothing was found, in Jayway's words, for a path that returned null. */
    default String explainMissing(JsonNode input, DataScope scope) {
        return "No results for path: " + text();
    }

    /** True when the expression reads the Context object (which is then built for it). */
    default boolean readsContext() {
        return false;
    }
}

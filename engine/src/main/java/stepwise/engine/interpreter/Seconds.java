package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import stepwise.engine.data.Json;
import stepwise.engine.data.PathExpression;
import stepwise.engine.data.StateFailure;
import stepwise.engine.jsonata.JsonataTemplate;

/**
 * A whole number of seconds given as a literal, a {@code ...Path} or a JSONata template:
 * {@code TimeoutSeconds}, {@code HeartbeatSeconds}.
 */
record Seconds(String field, Long literal, PathExpression path, JsonataTemplate jsonata) {
    static Seconds none(String field) {
        return new Seconds(field, null, null, null);
    }

    boolean isSet() {
        return literal != null || path != null || jsonata != null;
    }

    /** The value for {@code effective} input, or null when not set. */
    Long evaluate(Fiber f, JsonNode effective) {
        if (literal != null) {
            return literal;
        }
        JsonNode v;
        if (path != null) {
            v = path.evaluate(effective, f);
            if (v == null) {
                throw StateFailure.runtime("The " + field + "Path field references a value that was not found: " + path.text());
            }
            if (!v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue()) || v.longValue() <= 0) {
                throw StateFailure.runtime("The " + field + "Path field refers to value " + Json.write(v)
                        + " which is not a valid positive integer: " + path.text());
            }
            return v.longValue();
        }
        if (jsonata != null) {
            v = jsonata.evaluate(f);
            if (!v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue())) {
                throw jsonata.expression() != null ? jsonata.expression().unexpectedType(field, "integer", v)
                        : StateFailure.queryEvaluation("The " + field + " field must be an integer", field);
            }
            if (v.longValue() <= 0) {
                throw StateFailure.queryEvaluation("The " + field + " field must be a positive integer but was " + v.longValue(), field);
            }
            return v.longValue();
        }
        return null;
    }
}

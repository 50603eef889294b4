package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import stepwise.engine.data.Expression;
import stepwise.engine.data.Json;
import stepwise.engine.data.StateFailure;
import stepwise.engine.jsonata.JsonataTemplate;

/** A Fail state: ends its flow with {@code Error} and {@code Cause} (literal, from a path or function, or JSONata). */
final class FailProgram extends StateProgram {
    /** One of Error or Cause: a literal, a JSONPath/intrinsic ({@code ErrorPath}), or a JSONata template. */
    record Field(String literal, Expression path, JsonataTemplate jsonata, String fieldName) {
        String evaluate(Fiber f) {
            if (literal != null || (path == null && jsonata == null)) {
                return literal;
            }
            JsonNode v;
            if (jsonata != null) {
                v = jsonata.evaluate(f);
                if (!v.isTextual()) {
                    throw jsonata.expression() != null ? jsonata.expression().unexpectedType(fieldName, "string", v)
                            : StateFailure.queryEvaluation("The field '" + fieldName + "' must be a string", fieldName);
                }
                return v.textValue();
            }
            v = path.evaluate(f.input, f);
            if (v == null) {
                throw StateFailure.runtime("The JSONPath '" + path.text() + "' specified for the field '" + fieldName
                        + "' could not be found in the input '" + Json.write(f.input) + "'");
            }
            return v.isTextual() ? v.textValue() : Json.write(v);
        }
    }

    private final Field error;
    private final Field cause;

    FailProgram(StateHeader h, Field error, Field cause) {
        super(h, null, null);
        this.error = error;
        this.cause = cause;
    }

    @Override
    void execute(Fiber f) {
        f.inspect("afterInputPath", f.input);
        String e = error.evaluate(f);
        String c = cause.evaluate(f);
        f.fail(e, c);
    }
}

package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import stepwise.engine.data.ErrorNames;
import stepwise.engine.data.Json;
import stepwise.engine.data.PayloadTemplate;
import stepwise.engine.data.StateFailure;
import stepwise.engine.jsonata.JsonataTemplate;

/**
 * A state's {@code Assign}: every value is computed from what the state saw; the variables change only
 * when the state is left (so neither the other assignments nor the state's output see the new values).
 */
final class Assignment {
    private final PayloadTemplate jsonPath;
    private final JsonataTemplate jsonata;

    private Assignment(PayloadTemplate jsonPath, JsonataTemplate jsonata) {
        this.jsonPath = jsonPath;
        this.jsonata = jsonata;
    }

    static Assignment ofJsonPath(PayloadTemplate template) {
        return new Assignment(template, null);
    }

    static Assignment ofJsonata(JsonataTemplate template) {
        return new Assignment(null, template);
    }

    /**
     * Computes the variables; {@code value} is what {@code $} means in a JSONPath Assign.
     * @return the values by name, in written order, for {@link Fiber#exitState} to store
     */
    Map<String, JsonNode> apply(Fiber f, JsonNode value) {
        JsonNode all = jsonPath != null ? jsonPath.evaluate(value, f) : jsonata.evaluate(f);
        Map<String, JsonNode> assigned = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = all.fields();
        long limit = f.run.limits().maxPayloadBytes();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (limit > 0 && Json.exceeds(e.getValue(), limit)) {
                throw StateFailure.ofState(ErrorNames.DATA_LIMIT_EXCEEDED, "The variable '" + e.getKey()
                        + "' is larger than the maximum of " + limit + " bytes.");
            }
            assigned.put(e.getKey(), e.getValue());
        }
        return assigned;
    }
}

package stepwise.model.asl;

import java.util.List;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/** One {@code Retry} entry. Numeric fields are the raw values (absent = null); the engine applies the defaults. */
public record RetryPolicy(JsonObject raw, JsonPointer pointer, List<String> errorEquals) {
    public RetryPolicy {
        errorEquals = List.copyOf(errorEquals);
    }

    public JsonValue intervalSeconds() {
        return raw.get("IntervalSeconds");
    }

    public JsonValue maxAttempts() {
        return raw.get("MaxAttempts");
    }

    public JsonValue backoffRate() {
        return raw.get("BackoffRate");
    }

    public JsonValue maxDelaySeconds() {
        return raw.get("MaxDelaySeconds");
    }

    public String jitterStrategy() {
        return raw.string("JitterStrategy");
    }
}

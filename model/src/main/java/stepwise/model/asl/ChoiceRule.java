package stepwise.model.asl;

import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/** One entry of a Choice state's {@code Choices}: a condition, the state it leads to, and (JSONata) its Assign/Output. */
public record ChoiceRule(JsonObject raw, JsonPointer pointer, Condition condition, String next, JsonValue assign, JsonValue output) {
    /** The condition in short form, for edge labels: {@code $.inStock == true}. */
    public String label() {
        return condition.label();
    }
}

package stepwise.model.asl;

import java.util.List;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/** One {@code Catch} entry: the errors it handles and the state it goes to. */
public record CatchRule(JsonObject raw, JsonPointer pointer, List<String> errorEquals, String next) {
    public CatchRule {
        errorEquals = List.copyOf(errorEquals);
    }

    public JsonValue resultPath() {
        return raw.get("ResultPath");
    }

    public JsonValue output() {
        return raw.get("Output");
    }

    public JsonValue assign() {
        return raw.get("Assign");
    }

    /** The handled errors in short form for the edge label: {@code States.ALL}, {@code A, B}. */
    public String label() {
        return String.join(", ", errorEquals);
    }
}

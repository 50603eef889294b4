package stepwise.model.json;

import java.util.List;

public record JsonArray(Span span, List<JsonValue> items) implements JsonValue {
    public JsonArray {
        items = List.copyOf(items);
    }

    @Override
    public String typeName() {
        return "array";
    }

    public int size() {
        return items.size();
    }

    public JsonValue get(int index) {
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }
}

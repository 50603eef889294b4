package stepwise.model.json;

public record JsonBoolean(Span span, boolean value) implements JsonValue {
    @Override
    public String typeName() {
        return "boolean";
    }
}

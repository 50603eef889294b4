package stepwise.model.json;

public record JsonNull(Span span) implements JsonValue {
    @Override
    public String typeName() {
        return "null";
    }
}

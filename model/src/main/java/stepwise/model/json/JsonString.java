package stepwise.model.json;

/** A JSON string, unescaped. */
public record JsonString(Span span, String value) implements JsonValue {
    @Override
    public String typeName() {
        return "string";
    }
}

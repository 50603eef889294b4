package stepwise.model.json;

/** One {@code "key": value} pair of an object; {@code span} covers from the key's quote to the value's end. */
public record Member(String key, Span keySpan, JsonValue value, Span span) {
}

package stepwise.model.json;

/**
 * A JSON value as it stands in a document: its kind, its value and its {@link Span}. Values are
 * immutable; the text they came from is the source of truth and an edit produces a new parse.
 */
public sealed interface JsonValue
        permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull, JsonPlaceholder {

    Span span();

    /** The JSON type in the user's words: object, array, string, number, boolean, null, placeholder. */
    String typeName();

    default boolean isObject() {
        return this instanceof JsonObject;
    }

    default boolean isArray() {
        return this instanceof JsonArray;
    }

    default boolean isString() {
        return this instanceof JsonString;
    }

    default boolean isNumber() {
        return this instanceof JsonNumber;
    }

    default boolean isBoolean() {
        return this instanceof JsonBoolean;
    }

    default boolean isNull() {
        return this instanceof JsonNull;
    }

    /** The string value, or null when this is not a string. */
    default String asText() {
        return this instanceof JsonString s ? s.value() : null;
    }

    default JsonObject asObject() {
        return this instanceof JsonObject o ? o : null;
    }

    default JsonArray asArray() {
        return this instanceof JsonArray a ? a : null;
    }
}

package stepwise.model.validate;

import java.math.BigDecimal;
import java.util.List;
import stepwise.model.asl.FieldKind;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNull;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPlaceholder;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;

/**
 * Whether a value fits its field's {@link FieldKind}: its JSON type and, for some kinds, its range or
 * its allowed words. The syntax of paths and expressions is checked by their own rules, not here.
 */
final class FieldValues {
    /** Why a value does not fit: the code to report and what the value must be instead. */
    record Complaint(ValidationCode code, String requirement) {
    }

    private FieldValues() {
    }

    /** Null when {@code v} fits {@code kind}; {@code jsonata} says whether the state's fields are written in JSONata. */
    static Complaint check(FieldKind kind, JsonValue v, boolean jsonata) {
        if (v instanceof JsonPlaceholder) {
            return null;
        }
        boolean expression = jsonata && Values.isExpression(v);
        return switch (kind) {
            case ANY, JSONATA_TEMPLATE -> null;
            case STRING, STATE_NAME, RESOURCE, VERSION -> v instanceof JsonString ? null : type("a string");
            case BOOLEAN -> v instanceof JsonBoolean ? null : type("true or false");
            case NUMBER -> v instanceof JsonNumber ? null : type("a number");
            case OBJECT, PAYLOAD_TEMPLATE, VARIABLES -> v instanceof JsonObject ? null : type("an object");
            case ARRAY -> v instanceof JsonArray ? null : type("an array");
            case NON_EMPTY_ARRAY -> !(v instanceof JsonArray a) ? type("a non-empty array")
                    : a.size() == 0 ? value("a non-empty array") : null;
            case ERROR_NAMES -> errorNames(v);
            case PATH, REFERENCE_PATH -> v instanceof JsonString ? null : type("a JSONPath string");
            case NULLABLE_PATH -> v instanceof JsonString || v instanceof JsonNull ? null : type("a JSONPath string or null");
            case NULLABLE_REFERENCE_PATH -> v instanceof JsonString || v instanceof JsonNull ? null
                    : type("a reference path string or null");
            case NON_NEGATIVE_INTEGER -> expression ? null : integer(v, 0, jsonata);
            case POSITIVE_INTEGER -> expression ? null : integer(v, 1, jsonata);
            case BACKOFF_RATE -> !(v instanceof JsonNumber n) ? type("a number of at least 1.0")
                    : n.decimal().compareTo(BigDecimal.ONE) < 0 ? value("a number of at least 1.0") : null;
            case PERCENTAGE -> expression ? null : percentage(v, jsonata);
            case TIMESTAMP -> expression ? null : !(v instanceof JsonString s) ? type(jsonata
                    ? "an RFC 3339 timestamp string or a {% %} expression" : "an RFC 3339 timestamp string")
                    : Timestamps.isValid(s.value()) ? null
                    : new Complaint(ValidationCode.INVALID_TIMESTAMP, "an RFC 3339 timestamp such as 2024-03-14T01:59:00Z");
            case STATE_TYPE, QUERY_LANGUAGE, MAP_MODE, EXECUTION_TYPE, JITTER_STRATEGY, INPUT_TYPE, CSV_HEADER_LOCATION,
                    CSV_DELIMITER -> word(v, kind.words());
            case OBJECT_OR_EXPRESSION -> v instanceof JsonObject || Values.isExpression(v) ? null
                    : type("an object or a {% %} expression");
            case ARRAY_OR_EXPRESSION -> v instanceof JsonArray || Values.isExpression(v) ? null
                    : type("an array or a {% %} expression");
            case CONDITION -> v instanceof JsonBoolean || Values.isExpression(v) ? null
                    : type("a {% %} expression or true/false");
        };
    }

    private static Complaint type(String requirement) {
        return new Complaint(ValidationCode.WRONG_TYPE, requirement);
    }

    private static Complaint value(String requirement) {
        return new Complaint(ValidationCode.INVALID_VALUE, requirement);
    }

    private static Complaint integer(JsonValue v, long min, boolean jsonata) {
        String requirement = (min == 0 ? "a whole number of 0 or more" : "a whole number of 1 or more")
                + (jsonata ? " or a {% %} expression" : "");
        if (!(v instanceof JsonNumber n)) {
            return type(requirement);
        }
        String t = n.text();
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return type(requirement);
        }
        Long value = n.longValue();
        return value == null || value < min || value > Integer.MAX_VALUE ? value(requirement) : null;
    }

    private static Complaint percentage(JsonValue v, boolean jsonata) {
        String requirement = "a number from 0 to 100" + (jsonata ? " or a {% %} expression" : "");
        if (!(v instanceof JsonNumber n)) {
            return type(requirement);
        }
        BigDecimal d = n.decimal();
        return d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0 ? value(requirement) : null;
    }

    private static Complaint word(JsonValue v, List<String> words) {
        String requirement = "one of " + String.join(", ", words);
        if (!(v instanceof JsonString s)) {
            return type(requirement);
        }
        return words.contains(s.value()) ? null : value(requirement);
    }

    private static Complaint errorNames(JsonValue v) {
        String requirement = "a non-empty array of error names";
        if (!(v instanceof JsonArray a)) {
            return type(requirement);
        }
        if (a.size() == 0) {
            return value(requirement);
        }
        for (JsonValue item : a.items()) {
            if (!(item instanceof JsonString) && !(item instanceof JsonPlaceholder)) {
                return type(requirement);
            }
        }
        return null;
    }
}

package stepwise.model.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds JSON values that are not (yet) in a document, for commands to write: their spans are
 * {@link Span#NONE}. {@link #parse} reads a value from JSON text, as the CLI's {@code --set} does.
 */
public final class Json {
    private Json() {
    }

    public static JsonString string(String value) {
        return new JsonString(Span.NONE, value);
    }

    public static JsonNumber number(long value) {
        return new JsonNumber(Span.NONE, Long.toString(value));
    }

    public static JsonBoolean bool(boolean value) {
        return new JsonBoolean(Span.NONE, value);
    }

    public static JsonNull nullValue() {
        return new JsonNull(Span.NONE);
    }

    /** An object from alternating keys and values: {@code object("Type", string("Pass"), "End", bool(true))}. */
    public static JsonObject object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            members.add(member((String) keysAndValues[i], (JsonValue) keysAndValues[i + 1]));
        }
        return new JsonObject(Span.NONE, members);
    }

    /** An object with the entries of {@code map}, in its iteration order. */
    public static JsonObject object(Map<String, ? extends JsonValue> map) {
        List<Member> members = new ArrayList<>();
        map.forEach((k, v) -> members.add(member(k, v)));
        return new JsonObject(Span.NONE, members);
    }

    public static JsonObject object(List<Member> members) {
        return new JsonObject(Span.NONE, members);
    }

    public static Member member(String key, JsonValue value) {
        return new Member(key, Span.NONE, value, Span.NONE);
    }

    public static JsonArray array(JsonValue... items) {
        return new JsonArray(Span.NONE, List.of(items));
    }

    public static JsonArray array(List<? extends JsonValue> items) {
        return new JsonArray(Span.NONE, new ArrayList<>(items));
    }

    public static JsonArray strings(List<String> values) {
        List<JsonValue> items = new ArrayList<>();
        for (String v : values) {
            items.add(string(v));
        }
        return new JsonArray(Span.NONE, items);
    }

    /**
     * Reads one JSON value from {@code text}.
     * @throws IllegalArgumentException with the parser's message and position when it is not JSON
     */
    public static JsonValue parse(String text) {
        JsonParser.Result r = JsonParser.parse(text);
        if (!r.ok()) {
            var d = r.diagnostics().get(0);
            throw new IllegalArgumentException(d.message() + " (at column " + d.span().column()
                    + (d.span().line() > 1 ? ", line " + d.span().line() : "") + ")");
        }
        return r.root();
    }

    /** An object with {@code key} set to {@code value}: the same members in the same order, replaced or added at the end. */
    public static JsonObject with(JsonObject object, String key, JsonValue value) {
        List<Member> members = new ArrayList<>();
        boolean replaced = false;
        for (Member m : object.members()) {
            if (m.key().equals(key)) {
                if (!replaced) {
                    members.add(member(key, value));
                    replaced = true;
                }
            } else {
                members.add(m);
            }
        }
        if (!replaced) {
            members.add(member(key, value));
        }
        return new JsonObject(Span.NONE, members);
    }

    /**
     * True when {@code a} and {@code b} are the same JSON, wherever they are written: same members in
     * the same order, same items, same strings, numbers written alike. Spans do not count.
     */
    public static boolean sameValue(JsonValue a, JsonValue b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                Member p = x.members().get(i);
                Member q = y.members().get(i);
                if (!p.key().equals(q.key()) || !sameValue(p.value(), q.value())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonArray x && b instanceof JsonArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonString x && b instanceof JsonString y) {
            return x.value().equals(y.value());
        }
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.text().equals(y.text());
        }
        if (a instanceof JsonBoolean x && b instanceof JsonBoolean y) {
            return x.value() == y.value();
        }
        if (a instanceof JsonPlaceholder x && b instanceof JsonPlaceholder y) {
            return x.text().equals(y.text());
        }
        return a instanceof JsonNull && b instanceof JsonNull;
    }

    /** An object without {@code key}. */
    public static JsonObject without(JsonObject object, String key) {
        List<Member> members = new ArrayList<>();
        for (Member m : object.members()) {
            if (!m.key().equals(key)) {
                members.add(m);
            }
        }
        return new JsonObject(Span.NONE, members);
    }
}

package stepwise.model.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object with its members in written order. Duplicate keys are kept (the validator reports
 * them); {@link #get} answers the last one, as JSON readers do.
 */
public final class JsonObject implements JsonValue {
    private static final int INDEX_FROM = 8;

    private final Span span;
    private final List<Member> members;
    private final Map<String, Member> index;

    public JsonObject(Span span, List<Member> members) {
        this.span = span;
        this.members = List.copyOf(members);
        if (this.members.size() >= INDEX_FROM) {
            Map<String, Member> map = new HashMap<>(this.members.size() * 2);
            for (Member m : this.members) {
                map.put(m.key(), m);
            }
            this.index = map;
        } else {
            this.index = null;
        }
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public String typeName() {
        return "object";
    }

    public List<Member> members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    public boolean has(String key) {
        return member(key) != null;
    }

    /** The member named {@code key} (the last one if it is written twice), or null. */
    public Member member(String key) {
        if (index != null) {
            return index.get(key);
        }
        for (int i = members.size() - 1; i >= 0; i--) {
            Member m = members.get(i);
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** The value of {@code key}, or null when absent (a JSON null is a {@link JsonNull}). */
    public JsonValue get(String key) {
        Member m = member(key);
        return m == null ? null : m.value();
    }

    /** The string value of {@code key}, or null when absent or not a string. */
    public String string(String key) {
        JsonValue v = get(key);
        return v instanceof JsonString s ? s.value() : null;
    }

    public JsonObject object(String key) {
        return get(key) instanceof JsonObject o ? o : null;
    }

    public JsonArray array(String key) {
        return get(key) instanceof JsonArray a ? a : null;
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>(members.size());
        for (Member m : members) {
            keys.add(m.key());
        }
        return Collections.unmodifiableList(keys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonObject other && span.equals(other.span) && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return span.hashCode() * 31 + members.hashCode();
    }

    @Override
    public String toString() {
        return "JsonObject" + keys() + "@" + span.start();
    }
}

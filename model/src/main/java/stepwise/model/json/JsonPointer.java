package stepwise.model.json;

import java.util.ArrayList;
import java.util.List;

/** An RFC 6901 JSON Pointer such as {@code /States/Check/Choices/0}. */
public record JsonPointer(List<String> tokens) {
    public static final JsonPointer ROOT = new JsonPointer(List.of());

    public JsonPointer {
        tokens = List.copyOf(tokens);
    }

    public static JsonPointer parse(String text) {
        if (text == null || text.isEmpty()) {
            return ROOT;
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': " + text);
        }
        List<String> out = new ArrayList<>();
        for (String raw : text.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return new JsonPointer(out);
    }

    public static JsonPointer of(String... tokens) {
        return new JsonPointer(List.of(tokens));
    }

    public JsonPointer append(String token) {
        List<String> out = new ArrayList<>(tokens.size() + 1);
        out.addAll(tokens);
        out.add(token);
        return new JsonPointer(out);
    }

    public JsonPointer append(int index) {
        return append(Integer.toString(index));
    }

    public JsonPointer parent() {
        return tokens.isEmpty() ? null : new JsonPointer(tokens.subList(0, tokens.size() - 1));
    }

    public String last() {
        return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    }

    public boolean isRoot() {
        return tokens.isEmpty();
    }

    public boolean startsWith(JsonPointer prefix) {
        return tokens.size() >= prefix.tokens.size() && tokens.subList(0, prefix.tokens.size()).equals(prefix.tokens);
    }

    /** The value this pointer names inside {@code root}, or null when there is none. */
    public JsonValue resolve(JsonValue root) {
        JsonValue current = root;
        for (String token : tokens) {
            if (current instanceof JsonObject o) {
                current = o.get(token);
            } else if (current instanceof JsonArray a) {
                int index;
                try {
                    index = Integer.parseInt(token);
                } catch (NumberFormatException e) {
                    return null;
                }
                current = a.get(index);
            } else {
                return null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}

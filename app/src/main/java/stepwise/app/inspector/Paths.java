package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.json.JsonPointer;

/** Relative pointers inside a state, written as their tokens: {@code Paths.of("Retry", 0, "MaxAttempts")}. */
final class Paths {
    private Paths() {
    }

    static JsonPointer of(Object... tokens) {
        List<String> out = new ArrayList<>(tokens.length);
        for (Object t : tokens) {
            out.add(t.toString());
        }
        return new JsonPointer(out);
    }

    static JsonPointer child(JsonPointer parent, Object... tokens) {
        List<String> out = new ArrayList<>(parent.tokens());
        for (Object t : tokens) {
            out.add(t.toString());
        }
        return new JsonPointer(out);
    }

    /** True when {@code pointer} is {@code prefix} or lies under it. */
    static boolean within(String pointer, String prefix) {
        return pointer.equals(prefix) || pointer.startsWith(prefix) && pointer.charAt(prefix.length()) == '/';
    }
}

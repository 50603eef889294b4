package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The workflow variables one flow can see: its own, and (read-only) those of the flows that contain it.
 * A Parallel branch or Map iteration gets a new scope whose parent is the scope of the state that
 * started it: it reads outer variables, and what it assigns stays inside it.
 */
final class VariableScope {
    private final VariableScope parent;
    private final Map<String, JsonNode> values;

    VariableScope(VariableScope parent) {
        this.parent = parent;
        this.values = new HashMap<>();
    }

    VariableScope(VariableScope parent, Map<String, JsonNode> initial) {
        this.parent = parent;
        this.values = new HashMap<>(initial);
    }

    JsonNode get(String name) {
        for (VariableScope s = this; s != null; s = s.parent) {
            JsonNode v = s.values.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    void set(String name, JsonNode value) {
        values.put(name, value);
    }

    /** Every visible variable, inner values shadowing outer ones. */
    Map<String, JsonNode> visible() {
        Map<String, JsonNode> out = parent == null ? new HashMap<>() : parent.visible();
        out.putAll(values);
        return out;
    }

    VariableScope child() {
        return new VariableScope(this);
    }
}

package stepwise.engine.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** The {@code $states} reserved variable: input, result, errorOutput and context, each converted when read. */
final class StatesVariable extends AbstractMap<String, Object> {
    private final JsonataScope scope;

    StatesVariable(JsonataScope scope) {
        this.scope = scope;
    }

    private JsonNode node(String key) {
        return switch (key) {
            case "input" -> scope.statesInput();
            case "result" -> scope.statesResult();
            case "errorOutput" -> scope.statesErrorOutput();
            case "context" -> scope.contextObject();
            default -> null;
        };
    }

    @Override
    public Object get(Object key) {
        return key instanceof String k ? JsonataValues.toJsonata(node(k)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String k && node(k) != null;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        List<Entry<String, Object>> entries = new ArrayList<>(4);
        for (String key : new String[] {"input", "result", "errorOutput", "context"}) {
            JsonNode n = node(key);
            if (n != null) {
                entries.add(new SimpleImmutableEntry<>(key, JsonataValues.toJsonata(n)));
            }
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }
}

package stepwise.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import stepwise.engine.intrinsic.IntrinsicParser;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * A JSONPath payload template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}, a JSONPath
 * {@code Assign}): members whose key ends in {@code .$} take the value of a path or intrinsic function,
 * the rest are copied. Parts without dynamic members are built once and shared.
 */
public final class PayloadTemplate {
    private final Part root;
    private final boolean readsContext;

    private PayloadTemplate(Part root, boolean readsContext) {
        this.root = root;
        this.readsContext = readsContext;
    }

    /**
     * Compiles a template.
     * @throws IllegalArgumentException naming the member whose value is not a valid path or function
     */
    public static PayloadTemplate compile(JsonValue template) {
        boolean[] context = new boolean[1];
        Part root = part(template, context);
        return new PayloadTemplate(root, context[0]);
    }

    /** True when some member reads the Context object. */
    public boolean readsContext() {
        return readsContext;
    }

    /** The payload for {@code input}. */
    public JsonNode evaluate(JsonNode input, DataScope scope) {
        return root.evaluate(input, scope);
    }

    /** Compiles the value of a dynamic ({@code .$}) member. */
    public static Expression dynamic(String key, JsonValue value) {
        if (!(value instanceof JsonString s)) {
            throw new IllegalArgumentException("the value of '" + key + "' must be a string holding a path or an intrinsic function");
        }
        String text = s.value();
        try {
            if (IntrinsicParser.isCall(text)) {
                return IntrinsicParser.parse(text);
            }
            if (PathExpression.isPath(text)) {
                return PathExpression.compile(text);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the value of '" + key + "' is not valid: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("the value of '" + key + "' must be a JSONPath (starting with $) or an intrinsic function"
                + " (States.…) but is '" + text + "'");
    }

    private static Part part(JsonValue v, boolean[] context) {
        if (v instanceof JsonObject o) {
            List<String> keys = new ArrayList<>(o.size());
            List<Part> parts = new ArrayList<>(o.size());
            boolean dynamic = false;
            for (Member m : o.members()) {
                String key = m.key();
                Part p;
                if (key.endsWith(".$") && key.length() > 2) {
                    Expression e = dynamic(key, m.value());
                    context[0] |= e.readsContext();
                    p = new Dynamic(key, e);
                    key = key.substring(0, key.length() - 2);
                } else {
                    p = part(m.value(), context);
                }
                dynamic |= !(p instanceof Static);
                int existing = keys.indexOf(key);
                if (existing >= 0) {
                    keys.remove(existing);
                    parts.remove(existing);
                }
                keys.add(key);
                parts.add(p);
            }
            if (!dynamic) {
                return new Static(ModelJson.toNode(v));
            }
            return new ObjectPart(keys.toArray(String[]::new), parts.toArray(Part[]::new));
        }
        if (v instanceof JsonArray a) {
            List<Part> parts = new ArrayList<>(a.size());
            boolean dynamic = false;
            for (JsonValue item : a.items()) {
                Part p = part(item, context);
                dynamic |= !(p instanceof Static);
                parts.add(p);
            }
            if (!dynamic) {
                return new Static(ModelJson.toNode(v));
            }
            return new ArrayPart(parts.toArray(Part[]::new));
        }
        return new Static(ModelJson.toNode(v));
    }

    private interface Part {
        JsonNode evaluate(JsonNode input, DataScope scope);
    }

    private record Static(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(JsonNode input, DataScope scope) {
            return value;
        }
    }

    private record Dynamic(String key, Expression expression) implements Part {
        @Override
        public JsonNode evaluate(JsonNode input, DataScope scope) {
            JsonNode v = expression.evaluate(input, scope);
            if (v == null) {
                throw StateFailure.runtime("The JSONPath '" + expression.text() + "' specified for the field '" + key
                        + "' could not be found in the input '" + Json.write(input) + "'");
            }
            return v;
        }
    }

    private static final class ObjectPart implements Part {
        private final String[] keys;
        private final Part[] parts;

        ObjectPart(String[] keys, Part[] parts) {
            this.keys = keys;
            this.parts = parts;
        }

        @Override
        public JsonNode evaluate(JsonNode input, DataScope scope) {
            ObjectNode out = Json.object(keys.length);
            for (int i = 0; i < keys.length; i++) {
                out.set(keys[i], parts[i].evaluate(input, scope));
            }
            return out;
        }
    }

    private static final class ArrayPart implements Part {
        private final Part[] parts;

        ArrayPart(Part[] parts) {
            this.parts = parts;
        }

        @Override
        public JsonNode evaluate(JsonNode input, DataScope scope) {
            ArrayNode out = Json.array(parts.length);
            for (Part p : parts) {
                out.add(p.evaluate(input, scope));
            }
            return out;
        }
    }
}

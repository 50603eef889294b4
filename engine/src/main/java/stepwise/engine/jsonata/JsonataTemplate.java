package stepwise.engine.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import stepwise.engine.data.Json;
import stepwise.engine.data.ModelJson;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * A JSONata field value ({@code Arguments}, {@code Output}, {@code Assign}, {@code Items}...): any JSON in
 * which strings written {@code {% expression %}} are replaced by the expression's value, at any depth.
 * Parts without expressions are built once and shared.
 */
public final class JsonataTemplate {
    private final Part root;
    private final String field;

    private JsonataTemplate(Part root, String field) {
        this.root = root;
        this.field = field;
    }

    /**
     * Compiles the value of {@code field}.
     * @throws IllegalArgumentException naming the expression that does not parse
     */
    public static JsonataTemplate compile(JsonValue value, String field) {
        return new JsonataTemplate(part(value, field), field);
    }

    /** True when {@code text} is a whole JSONata expression: {@code {% ... %}}. */
    public static boolean isExpression(String text) {
        return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
    }

    /** The expression inside {@code {% %}}. */
    public static String inner(String text) {
        return text.substring(2, text.length() - 2).trim();
    }

    /** The template's single expression when the whole value is one, else null. */
    public JsonataExpression expression() {
        return root instanceof ExpressionPart e ? e.expression : null;
    }

    /** The value as literal JSON when there is no expression in it, else null. */
    public JsonNode literal() {
        return root instanceof Static s ? s.value : null;
    }

    public String field() {
        return field;
    }

    /** Evaluates every expression and builds the value. */
    public JsonNode evaluate(JsonataScope scope) {
        return root.evaluate(scope);
    }

    /** All expressions in the template, in written order. */
    public List<JsonataExpression> expressions() {
        List<JsonataExpression> out = new ArrayList<>();
        root.collect(out);
        return out;
    }

    private static Part part(JsonValue v, String path) {
        if (v instanceof JsonString s && isExpression(s.value())) {
            return new ExpressionPart(JsonataExpression.compile(inner(s.value())), path);
        }
        if (v instanceof JsonObject o) {
            List<String> keys = new ArrayList<>(o.size());
            List<Part> parts = new ArrayList<>(o.size());
            boolean dynamic = false;
            for (Member m : o.members()) {
                Part p = part(m.value(), path + "/" + m.key());
                dynamic |= !(p instanceof Static);
                int existing = keys.indexOf(m.key());
                if (existing >= 0) {
                    keys.remove(existing);
                    parts.remove(existing);
                }
                keys.add(m.key());
                parts.add(p);
            }
            return dynamic ? new ObjectPart(keys.toArray(String[]::new), parts.toArray(Part[]::new)) : new Static(ModelJson.toNode(v));
        }
        if (v instanceof JsonArray a) {
            List<Part> parts = new ArrayList<>(a.size());
            boolean dynamic = false;
            for (int i = 0; i < a.size(); i++) {
                Part p = part(a.get(i), path + "/" + i);
                dynamic |= !(p instanceof Static);
                parts.add(p);
            }
            return dynamic ? new ArrayPart(parts.toArray(Part[]::new)) : new Static(ModelJson.toNode(v));
        }
        return new Static(ModelJson.toNode(v));
    }

    private interface Part {
        JsonNode evaluate(JsonataScope scope);

        default void collect(List<JsonataExpression> out) {
        }
    }

    private record Static(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(JsonataScope scope) {
            return value;
        }
    }

    private record ExpressionPart(JsonataExpression expression, String field) implements Part {
        @Override
        public JsonNode evaluate(JsonataScope scope) {
            return expression.evaluate(scope, field);
        }

        @Override
        public void collect(List<JsonataExpression> out) {
            out.add(expression);
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
        public JsonNode evaluate(JsonataScope scope) {
            ObjectNode out = Json.object(keys.length);
            for (int i = 0; i < keys.length; i++) {
                out.set(keys[i], parts[i].evaluate(scope));
            }
            return out;
        }

        @Override
        public void collect(List<JsonataExpression> out) {
            for (Part p : parts) {
                p.collect(out);
            }
        }
    }

    private static final class ArrayPart implements Part {
        private final Part[] parts;

        ArrayPart(Part[] parts) {
            this.parts = parts;
        }

        @Override
        public JsonNode evaluate(JsonataScope scope) {
            ArrayNode out = Json.array(parts.length);
            for (Part p : parts) {
                out.add(p.evaluate(scope));
            }
            return out;
        }

        @Override
        public void collect(List<JsonataExpression> out) {
            for (Part p : parts) {
                p.collect(out);
            }
        }
    }
}

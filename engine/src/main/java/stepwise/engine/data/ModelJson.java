package stepwise.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNull;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPlaceholder;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/** Converts the model's positioned JSON into engine values. */
public final class ModelJson {
    private ModelJson() {
    }

    /**
     * The engine value of a definition's JSON.
     * @throws IllegalArgumentException for an unresolved {@code ${Placeholder}}, which cannot run
     */
    public static JsonNode toNode(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v instanceof JsonObject o) {
            ObjectNode out = Json.object(o.size());
            for (Member m : o.members()) {
                out.set(m.key(), toNode(m.value()));
            }
            return out;
        }
        if (v instanceof JsonArray a) {
            ArrayNode out = Json.array(a.size());
            for (JsonValue item : a.items()) {
                out.add(toNode(item));
            }
            return out;
        }
        if (v instanceof JsonString s) {
            return TextNode.valueOf(s.value());
        }
        if (v instanceof JsonNumber n) {
            return number(n.text());
        }
        if (v instanceof JsonBoolean b) {
            return BooleanNode.valueOf(b.value());
        }
        if (v instanceof JsonNull) {
            return NullNode.instance;
        }
        JsonPlaceholder p = (JsonPlaceholder) v;
        throw new IllegalArgumentException("the placeholder " + p.text() + " must be substituted before the workflow can run");
    }

    /** A number written as {@code text}, typed as Jackson reads it (integers exact, decimals as doubles). */
    public static JsonNode number(String text) {
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            BigInteger i = new BigInteger(text);
            return i.bitLength() < 64 ? Json.number(i.longValue()) : Json.FACTORY.numberNode(i);
        }
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            return Json.FACTORY.numberNode(new BigDecimal(text));
        }
        return DoubleNode.valueOf(d);
    }
}

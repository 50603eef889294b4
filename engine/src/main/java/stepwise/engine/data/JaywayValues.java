package stepwise.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Turns what Jayway returns (nodes, unwrapped scalars, lists from functions) back into nodes. */
final class JaywayValues {
    private JaywayValues() {
    }

    static JsonNode toNode(Object o) {
        if (o == null) {
            return NullNode.instance;
        }
        if (o instanceof JsonNode n) {
            return n;
        }
        if (o instanceof String s) {
            return TextNode.valueOf(s);
        }
        if (o instanceof Boolean b) {
            return BooleanNode.valueOf(b);
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return Json.number(((Number) o).longValue());
        }
        if (o instanceof BigInteger bi) {
            return Json.FACTORY.numberNode(bi);
        }
        if (o instanceof BigDecimal bd) {
            return Json.FACTORY.numberNode(bd);
        }
        if (o instanceof Number num) {
            return Json.FACTORY.numberNode(num.doubleValue());
        }
        if (o instanceof List<?> list) {
            ArrayNode a = Json.array(list.size());
            for (Object item : list) {
                a.add(toNode(item));
            }
            return a;
        }
        if (o instanceof Map<?, ?> map) {
            ObjectNode obj = Json.object(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                obj.set(String.valueOf(e.getKey()), toNode(e.getValue()));
            }
            return obj;
        }
        return TextNode.valueOf(o.toString());
    }
}

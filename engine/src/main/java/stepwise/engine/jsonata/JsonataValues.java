package stepwise.engine.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import stepwise.engine.data.Json;

/**
 * Converts between engine values and the plain Java values the JSONata library works on. Objects and
 * arrays are passed as read-only views that convert their members when JSONata reads them, so a large
 * input costs nothing until an expression looks into it; a view returned unchanged converts back to
 * its original node. JSON null is JSONata's {@link Jsonata#NULL_VALUE}; Java null means undefined.
 */
final class JsonataValues {
    /** Marks a JSONata result that is a function, which no ASL field can hold. */
    static final Object FUNCTION = new Object();

    private JsonataValues() {
    }

    static Object toJsonata(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        switch (node.getNodeType()) {
            case OBJECT:
                return new NodeMap((ObjectNode) node);
            case ARRAY:
                return new NodeList((ArrayNode) node);
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                return number(node);
            case NULL:
                return Jsonata.NULL_VALUE;
            default:
                return node.asText();
        }
    }

    private static Object number(JsonNode node) {
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigInteger()) {
            return node.doubleValue();
        }
        double d = node.doubleValue();
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.007199254740992E15) {
            long l = (long) d;
            return l == (int) l ? (Object) (int) l : (Object) l;
        }
        return d;
    }

    /** The engine value of a JSONata result: Java null (undefined) stays null; functions give {@link #FUNCTION}. */
    static Object fromJsonata(Object v) {
        if (v == null) {
            return null;
        }
        if (v == Jsonata.NULL_VALUE) {
            return NullNode.instance;
        }
        if (v instanceof NodeMap m) {
            return m.node;
        }
        if (v instanceof NodeList l) {
            return l.node;
        }
        if (v instanceof String s) {
            return TextNode.valueOf(s);
        }
        if (v instanceof Boolean b) {
            return BooleanNode.valueOf(b);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Json.number(((Number) v).longValue());
        }
        if (v instanceof BigDecimal bd) {
            return Json.number(bd);
        }
        if (v instanceof BigInteger bi) {
            return Json.FACTORY.numberNode(bi);
        }
        if (v instanceof Number n) {
            return Json.number(n.doubleValue());
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode out = Json.object(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object converted = fromJsonata(e.getValue());
                if (converted == FUNCTION) {
                    return FUNCTION;
                }
                if (converted != null) {
                    out.set(String.valueOf(e.getKey()), (JsonNode) converted);
                }
            }
            return out;
        }
        if (v instanceof List<?> list) {
            ArrayNode out = Json.array(list.size());
            for (Object item : list) {
                Object converted = fromJsonata(item);
                if (converted == FUNCTION) {
                    return FUNCTION;
                }
                if (converted != null) {
                    out.add((JsonNode) converted);
                }
            }
            return out;
        }
        return FUNCTION;
    }

    /** A read-only map view of an object node. */
    static final class NodeMap extends AbstractMap<String, Object> {
        final ObjectNode node;

        NodeMap(ObjectNode node) {
            this.node = node;
        }

        @Override
        public Object get(Object key) {
            if (!(key instanceof String k)) {
                return null;
            }
            return toJsonata(node.get(k));
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String k && node.has(k);
        }

        @Override
        public int size() {
            return node.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    Iterator<Entry<String, JsonNode>> it = node.fields();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            Entry<String, JsonNode> e = it.next();
                            return new SimpleImmutableEntry<>(e.getKey(), toJsonata(e.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return node.size();
                }
            };
        }
    }

    /** A read-only list view of an array node. */
    static final class NodeList extends AbstractList<Object> implements RandomAccess {
        final ArrayNode node;

        NodeList(ArrayNode node) {
            this.node = node;
        }

        @Override
        public Object get(int index) {
            return toJsonata(node.get(index));
        }

        @Override
        public int size() {
            return node.size();
        }
    }
}

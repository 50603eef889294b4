package stepwise.engine.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's JSON values are Jackson {@link JsonNode}s, treated as immutable once produced: every
 * transformation builds new containers and shares the unchanged children. This class reads and writes
 * them the way AWS Step Functions does (compact JSON, numbers as written).
 */
public final class Json {
    public static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;
    /** The deepest nesting of objects and arrays a value may have: Jackson reads and writes no deeper. */
    public static final int MAX_DEPTH = 1000;

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private Json() {
    }

    /** Parses JSON text; throws {@link JsonProcessingException} with the position of the first error. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        JsonNode node = MAPPER.readTree(text);
        if (node == null || node.isMissingNode()) {
            throw new JsonParseFailure("no JSON value in the text");
        }
        return node;
    }

    /** Parses JSON text, or returns null when it is not JSON. */
    public static JsonNode parseOrNull(String text) {
        try {
            return parse(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Compact JSON text, as Step Functions writes payloads. */
    public static String write(JsonNode node) {
        if (node == null) {
            return "null";
        }
        if (node.isTextual()) {
            StringWriter w = new StringWriter(node.textValue().length() + 2);
            writeTo(node, w);
            return w.toString();
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeTo(JsonNode node, Writer out) {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            MAPPER.writeTree(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size in bytes of the value's compact UTF-8 JSON text (what AWS's payload quota counts). */
    public static long utf8Size(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8).length;
    }

    /** True when {@code node} is nested deeper than {@link #MAX_DEPTH} levels. */
    public static boolean tooDeep(JsonNode node) {
        return new SizeMeter(Long.MAX_VALUE).exceeds(node);
    }

    /** True when the value's compact JSON is larger than {@code limit} bytes; stops measuring early. */
    public static boolean exceeds(JsonNode node, long limit) {
        return new SizeMeter(limit).exceeds(node);
    }

    /** The JSON type name as Step Functions' messages write it: object, array, string, number, boolean, null. */
    public static String typeName(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "undefined";
        }
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "object";
            case ARRAY -> "array";
            case STRING, BINARY -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            default -> "null";
        };
    }

    public static ObjectNode object() {
        return new ObjectNode(FACTORY);
    }

    /** An object node with room for {@code size} members (avoids rehashing when the size is known). */
    public static ObjectNode object(int size) {
        return new ObjectNode(FACTORY, new LinkedHashMap<>(Math.max(4, (int) (size / 0.75f) + 1)));
    }

    public static ArrayNode array() {
        return new ArrayNode(FACTORY);
    }

    public static ArrayNode array(int size) {
        return new ArrayNode(FACTORY, size);
    }

    public static JsonNode text(String s) {
        return s == null ? NullNode.instance : TextNode.valueOf(s);
    }

    public static JsonNode bool(boolean b) {
        return BooleanNode.valueOf(b);
    }

    /** A number node of the narrowest kind that holds {@code value} exactly. */
    public static JsonNode number(long value) {
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }

    /** A number node: integral doubles become integers, as JavaScript-minded JSON writers do. */
    public static JsonNode number(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 9.007199254740992E15) {
            return number((long) value);
        }
        return DoubleNode.valueOf(value);
    }

    public static JsonNode number(BigDecimal value) {
        try {
            BigInteger exact = value.toBigIntegerExact();
            if (exact.bitLength() < 64) {
                return number(exact.longValue());
            }
        } catch (ArithmeticException notIntegral) {
            // keep the fraction
        }
        return FACTORY.numberNode(value);
    }

    /** Shallow copy of an object: a new container sharing the members' values. */
    public static ObjectNode copyOf(ObjectNode o) {
        ObjectNode copy = object(o.size() + 1);
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            copy.set(e.getKey(), e.getValue());
        }
        return copy;
    }

    /** Shallow copy of an array. */
    public static ArrayNode copyOf(ArrayNode a) {
        ArrayNode copy = array(a.size() + 1);
        copy.addAll(a);
        return copy;
    }

    /** Parses the JSON text of a value returned as text (a mocked task result, a callback output). */
    static final class JsonParseFailure extends JsonProcessingException {
        JsonParseFailure(String message) {
            super(message);
        }
    }

    /** Reads with a parser configured like {@link #MAPPER}. */
    public static JsonParser parser(String text) throws IOException {
        return MAPPER.getFactory().createParser(text);
    }
}

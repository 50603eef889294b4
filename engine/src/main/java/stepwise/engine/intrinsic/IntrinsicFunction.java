package stepwise.engine.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import stepwise.engine.data.DataScope;
import stepwise.engine.data.ErrorNames;
import stepwise.engine.data.Json;
import stepwise.engine.data.StateFailure;
import stepwise.model.intrinsic.IntrinsicSignature;

/** The eighteen intrinsic functions of ASL, with their argument counts and AWS's behaviour. */
public enum IntrinsicFunction {
    FORMAT(IntrinsicSignature.FORMAT, IntrinsicFunction::format),
    STRING_TO_JSON(IntrinsicSignature.STRING_TO_JSON, IntrinsicFunction::stringToJson),
    JSON_TO_STRING(IntrinsicSignature.JSON_TO_STRING, c -> TextNode.valueOf(Json.write(c.arg(0)))),
    ARRAY(IntrinsicSignature.ARRAY, IntrinsicFunction::array),
    ARRAY_PARTITION(IntrinsicSignature.ARRAY_PARTITION, IntrinsicFunction::arrayPartition),
    ARRAY_CONTAINS(IntrinsicSignature.ARRAY_CONTAINS, IntrinsicFunction::arrayContains),
    ARRAY_RANGE(IntrinsicSignature.ARRAY_RANGE, IntrinsicFunction::arrayRange),
    ARRAY_GET_ITEM(IntrinsicSignature.ARRAY_GET_ITEM, IntrinsicFunction::arrayGetItem),
    ARRAY_LENGTH(IntrinsicSignature.ARRAY_LENGTH, c -> IntNode.valueOf(c.array(0).size())),
    ARRAY_UNIQUE(IntrinsicSignature.ARRAY_UNIQUE, IntrinsicFunction::arrayUnique),
    BASE64_ENCODE(IntrinsicSignature.BASE64_ENCODE, IntrinsicFunction::base64Encode),
    BASE64_DECODE(IntrinsicSignature.BASE64_DECODE, IntrinsicFunction::base64Decode),
    HASH(IntrinsicSignature.HASH, IntrinsicFunction::hash),
    JSON_MERGE(IntrinsicSignature.JSON_MERGE, IntrinsicFunction::jsonMerge),
    MATH_RANDOM(IntrinsicSignature.MATH_RANDOM, IntrinsicFunction::mathRandom),
    MATH_ADD(IntrinsicSignature.MATH_ADD, IntrinsicFunction::mathAdd),
    STRING_SPLIT(IntrinsicSignature.STRING_SPLIT, IntrinsicFunction::stringSplit),
    UUID_V4(IntrinsicSignature.UUID, c -> TextNode.valueOf(uuid(c.scope().random()).toString()));

    /** The largest string Base64Encode, Base64Decode and Hash accept. */
    public static final int MAX_STRING = 10_000;
    /** The most items ArrayRange may produce. */
    public static final int MAX_RANGE = 1_000;

    private final IntrinsicSignature syntax;
    private final Function<Call, JsonNode> body;

    IntrinsicFunction(IntrinsicSignature syntax, Function<Call, JsonNode> body) {
        this.syntax = syntax;
        this.body = body;
    }

    public String aslName() {
        return syntax.aslName();
    }

    public static IntrinsicFunction named(String name) {
        for (IntrinsicFunction f : values()) {
            if (f.aslName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    static String names() {
        return Arrays.stream(values()).map(IntrinsicFunction::aslName).collect(Collectors.joining(", "));
    }

    void checkArity(int count) {
        if (!syntax.accepts(count)) {
            throw new IllegalArgumentException(aslName() + " takes " + syntax.arity() + " but is given " + count);
        }
    }

    JsonNode apply(Call call) {
        return body.apply(call);
    }

    /** One evaluation: the call's text, its argument values, the raw text of a literal first argument. */
    record Call(String text, List<JsonNode> args, String rawFirst, DataScope scope) {
        JsonNode arg(int i) {
            return args.get(i);
        }

        ArrayNode array(int i) {
            JsonNode v = arg(i);
            if (!v.isArray()) {
                throw fail("argument " + (i + 1) + " must be an array but is " + describe(v));
            }
            return (ArrayNode) v;
        }

        String string(int i) {
            JsonNode v = arg(i);
            if (!v.isTextual()) {
                throw fail("argument " + (i + 1) + " must be a string but is " + describe(v));
            }
            return v.textValue();
        }

        long integer(int i) {
            JsonNode v = arg(i);
            if (!v.isNumber()) {
                throw fail("argument " + (i + 1) + " must be a number but is " + describe(v));
            }
            if (!v.isIntegralNumber() && v.doubleValue() != Math.rint(v.doubleValue())) {
                throw fail("argument " + (i + 1) + " must be an integer but is " + Json.write(v));
            }
            return v.longValue();
        }

        StateFailure fail(String why) {
            return StateFailure.ofState(ErrorNames.INTRINSIC_FAILURE, "Invalid arguments in " + text + ": " + why);
        }

        private static String describe(JsonNode v) {
            return Json.typeName(v) + " " + shorten(Json.write(v));
        }

        private static String shorten(String s) {
            return s.length() <= 100 ? s : s.substring(0, 100) + "...";
        }
    }

    private static JsonNode format(Call c) {
        String template;
        boolean escapes;
        if (c.rawFirst() != null) {
            template = c.rawFirst();
            escapes = true;
        } else {
            template = c.string(0);
            escapes = false;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (escapes && ch == '\\' && i + 1 < template.length()) {
                out.append(template.charAt(++i));
            } else if (ch == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= c.args().size()) {
                    throw c.fail("the format string has more {} placeholders than there are arguments");
                }
                out.append(formatted(c.arg(next++)));
                i++;
            } else {
                out.append(ch);
            }
        }
        if (next != c.args().size()) {
            throw c.fail("the format string has fewer {} placeholders than there are arguments");
        }
        return TextNode.valueOf(out.toString());
    }

    /** A value as Format writes it: strings as they are, containers as Java's maps and lists print. */
    static String formatted(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isArray()) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(formatted(v.get(i)));
            }
            return b.append(']').toString();
        }
        if (v.isObject()) {
            StringBuilder b = new StringBuilder("{");
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            boolean first = true;
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(e.getKey()).append('=').append(formatted(e.getValue()));
            }
            return b.append('}').toString();
        }
        return Json.write(v);
    }

    private static JsonNode stringToJson(Call c) {
        String s = c.string(0);
        JsonNode parsed = Json.parseOrNull(s);
        if (parsed == null) {
            throw c.fail("the string is not valid JSON: " + (s.length() > 100 ? s.substring(0, 100) + "..." : s));
        }
        return parsed;
    }

    private static JsonNode array(Call c) {
        ArrayNode out = Json.array(c.args().size());
        out.addAll(c.args());
        return out;
    }

    private static JsonNode arrayPartition(Call c) {
        ArrayNode array = c.array(0);
        long size = c.integer(1);
        if (size <= 0) {
            throw c.fail("the chunk size must be greater than 0 but is " + size);
        }
        ArrayNode out = Json.array((int) ((array.size() + size - 1) / size));
        ArrayNode chunk = null;
        for (int i = 0; i < array.size(); i++) {
            if (i % size == 0) {
                chunk = Json.array((int) Math.min(size, array.size() - i));
                out.add(chunk);
            }
            chunk.add(array.get(i));
        }
        return out;
    }

    private static JsonNode arrayContains(Call c) {
        ArrayNode array = c.array(0);
        JsonNode needle = c.arg(1);
        for (JsonNode item : array) {
            if (item.equals(needle)) {
                return BooleanNode.TRUE;
            }
        }
        return BooleanNode.FALSE;
    }

    private static JsonNode arrayRange(Call c) {
        long start = c.integer(0);
        long end = c.integer(1);
        long step = c.integer(2);
        if (step == 0) {
            throw c.fail("the step must not be 0");
        }
        long count = end >= start == step > 0 ? (end - start) / step + 1 : 0;
        if (count > MAX_RANGE) {
            throw c.fail("the range would have " + count + " items; at most " + MAX_RANGE + " are allowed");
        }
        ArrayNode out = Json.array((int) count);
        for (long v = start, i = 0; i < count; i++, v += step) {
            out.add(Json.number(v));
        }
        return out;
    }

    private static JsonNode arrayGetItem(Call c) {
        ArrayNode array = c.array(0);
        long index = c.integer(1);
        if (index < 0 || index >= array.size()) {
            throw c.fail("the index " + index + " is out of bounds for an array of " + array.size() + " items");
        }
        return array.get((int) index);
    }

    private static JsonNode arrayUnique(Call c) {
        Set<JsonNode> seen = new LinkedHashSet<>();
        for (JsonNode item : c.array(0)) {
            seen.add(item);
        }
        ArrayNode out = Json.array(seen.size());
        out.addAll(seen);
        return out;
    }

    private static JsonNode base64Encode(Call c) {
        String s = c.string(0);
        if (s.length() > MAX_STRING) {
            throw c.fail("the string is longer than " + MAX_STRING + " characters");
        }
        return TextNode.valueOf(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode base64Decode(Call c) {
        String s = c.string(0);
        if (s.length() > MAX_STRING) {
            throw c.fail("the string is longer than " + MAX_STRING + " characters");
        }
        try {
            return TextNode.valueOf(new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw c.fail("the string is not valid Base64");
        }
    }

    private static JsonNode hash(Call c) {
        JsonNode data = c.arg(0);
        String text = data.isTextual() ? data.textValue() : Json.write(data);
        if (text.length() > MAX_STRING) {
            throw c.fail("the data is longer than " + MAX_STRING + " characters");
        }
        String algorithm = c.string(1);
        String javaName = switch (algorithm) {
            case "MD5" -> "MD5";
            case "SHA-1" -> "SHA-1";
            case "SHA-256" -> "SHA-256";
            case "SHA-384" -> "SHA-384";
            case "SHA-512" -> "SHA-512";
            default -> throw c.fail("the hash algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512 but is '"
                    + algorithm + "'");
        };
        try {
            byte[] digest = MessageDigest.getInstance(javaName).digest(text.getBytes(StandardCharsets.UTF_8));
            return TextNode.valueOf(HexFormat.of().formatHex(digest).toLowerCase(Locale.ROOT));
        } catch (NoSuchAlgorithmException e) {
            throw c.fail("the hash algorithm " + algorithm + " is not available");
        }
    }

    private static JsonNode jsonMerge(Call c) {
        JsonNode a = c.arg(0);
        JsonNode b = c.arg(1);
        JsonNode deep = c.arg(2);
        if (!a.isObject()) {
            throw c.fail("argument 1 must be an object but is " + Json.typeName(a));
        }
        if (!b.isObject()) {
            throw c.fail("argument 2 must be an object but is " + Json.typeName(b));
        }
        if (!deep.isBoolean()) {
            throw c.fail("argument 3 must be a boolean but is " + Json.typeName(deep));
        }
        if (deep.booleanValue()) {
            throw c.fail("only a shallow merge is supported: the third argument must be false");
        }
        ObjectNode out = Json.copyOf((ObjectNode) a);
        out.setAll((ObjectNode) b);
        return out;
    }

    private static JsonNode mathRandom(Call c) {
        long start = roundedInteger(c, 0);
        long end = roundedInteger(c, 1);
        RandomGenerator random = c.args().size() == 3 ? new Random(roundedInteger(c, 2)) : c.scope().random();
        if (end <= start) {
            return Json.number(start);
        }
        return Json.number(random.nextLong(start, end));
    }

    private static JsonNode mathAdd(Call c) {
        long sum = roundedInteger(c, 0) + roundedInteger(c, 1);
        return Json.number(sum);
    }

    /** A numeric argument rounded to the nearest integer (halves towards positive infinity), as AWS does. */
    private static long roundedInteger(Call c, int i) {
        JsonNode v = c.arg(i);
        if (!v.isNumber()) {
            throw c.fail("argument " + (i + 1) + " must be a number but is " + Json.typeName(v));
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        return Math.round(v.doubleValue());
    }

    private static JsonNode stringSplit(Call c) {
        String s = c.string(0);
        String delimiters = c.string(1);
        ArrayNode out = Json.array();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || delimiters.indexOf(s.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(s.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** A version 4 UUID drawn from {@code random}. */
    public static UUID uuid(RandomGenerator random) {
        long msb = random.nextLong();
        long lsb = random.nextLong();
        msb = (msb & ~0xF000L) | 0x4000L;
        lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}

package stepwise.engine.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import stepwise.engine.data.Json;
import stepwise.engine.intrinsic.IntrinsicFunction;

/**
 * The functions Step Functions adds to JSONata: {@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid} and {@code $parse}. The first four of these that need no execution
 * state are shared; {@code $random} and {@code $uuid} draw from the execution's seeded random source.
 */
final class StepFunctionsFunctions {
    static final List<String> NAMES = List.of("partition", "range", "hash", "random", "uuid", "parse");

    static final JFunction PARTITION = new JFunction((input, args) -> partition(args), null);
    static final JFunction RANGE = new JFunction((input, args) -> range(args), null);
    static final JFunction HASH = new JFunction((input, args) -> hash(args), null);
    static final JFunction PARSE = new JFunction((input, args) -> parse(args), null);

    private StepFunctionsFunctions() {
    }

    /** A failure inside one of these functions, reported like a JSONata error. */
    static final class FunctionFailure extends RuntimeException {
        FunctionFailure(String message) {
            super(message, null, false, false);
        }
    }

    static JFunction random(RandomGenerator random) {
        return new JFunction((input, args) -> {
            if (!args.isEmpty() && args.get(0) instanceof Number seed) {
                return new Random(seed.longValue()).nextDouble();
            }
            return random.nextDouble();
        }, null);
    }

    static JFunction uuid(RandomGenerator random) {
        return new JFunction((input, args) -> IntrinsicFunction.uuid(random).toString(), null);
    }

    private static Object arg(List<?> args, int i, String function) {
        if (i >= args.size()) {
            throw new FunctionFailure("$" + function + " expects at least " + (i + 1) + " argument" + (i == 0 ? "" : "s"));
        }
        return args.get(i);
    }

    private static long integer(List<?> args, int i, String function) {
        Object v = arg(args, i, function);
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new FunctionFailure("Argument " + (i + 1) + " of $" + function + " must be an integer");
        }
        return n.longValue();
    }

    private static Object partition(List<?> args) {
        Object a = arg(args, 0, "partition");
        if (!(a instanceof List<?> list)) {
            throw new FunctionFailure("Argument 1 of $partition must be an array");
        }
        long size = integer(args, 1, "partition");
        if (size <= 0) {
            throw new FunctionFailure("Argument 2 of $partition must be greater than 0");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += (int) size) {
            out.add(new ArrayList<>(list.subList(i, (int) Math.min(list.size(), i + size))));
        }
        return out;
    }

    private static Object range(List<?> args) {
        long start = integer(args, 0, "range");
        long end = integer(args, 1, "range");
        long step = integer(args, 2, "range");
        if (step == 0) {
            throw new FunctionFailure("Argument 3 of $range must not be 0");
        }
        long count = end >= start == step > 0 ? (end - start) / step + 1 : 0;
        if (count > IntrinsicFunction.MAX_RANGE) {
            throw new FunctionFailure("$range would produce " + count + " items; at most " + IntrinsicFunction.MAX_RANGE + " are allowed");
        }
        List<Object> out = new ArrayList<>((int) count);
        for (long v = start, i = 0; i < count; i++, v += step) {
            out.add(v == (int) v ? (Object) (int) v : (Object) v);
        }
        return out;
    }

    private static Object hash(List<?> args) {
        Object data = arg(args, 0, "hash");
        Object algorithm = arg(args, 1, "hash");
        String text = data instanceof String s ? s : Json.write((JsonNode) JsonataValues.fromJsonata(data));
        if (text.length() > IntrinsicFunction.MAX_STRING) {
            throw new FunctionFailure("Argument 1 of $hash is longer than " + IntrinsicFunction.MAX_STRING + " characters");
        }
        if (!(algorithm instanceof String name) || !List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512").contains(name)) {
            throw new FunctionFailure("Argument 2 of $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new FunctionFailure("The hash algorithm " + name + " is not available");
        }
    }

    private static Object parse(List<?> args) {
        Object s = arg(args, 0, "parse");
        if (!(s instanceof String text)) {
            throw new FunctionFailure("Argument 1 of $parse must be a string");
        }
        JsonNode parsed = Json.parseOrNull(text);
        if (parsed == null) {
            throw new FunctionFailure("Argument 1 of $parse is not valid JSON");
        }
        Object v = JsonataValues.toJsonata(parsed);
        return v == null ? Jsonata.NULL_VALUE : v;
    }
}

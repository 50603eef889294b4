package stepwise.app.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Damages workflow texts the ways real files get damaged and the ways attackers try: truncation,
 * flipped and stray characters, values of the wrong type in any field, huge strings and numbers,
 * deep nesting, duplicated members. Seeded: the same seed gives the same mutations.
 */
final class Mutator {
    private static final String[] WRONG_VALUES = {
        "null", "true", "false", "0", "-1", "1e309", "-0.0", "123456789012345678901234567890", "\"\"", "\"x\"",
        "[]", "{}", "[null]", "{\"\": null}", "\"$\"", "\"$.\"", "\"$[\"", "\"$$.Task.Token\"", "\"$..*\"",
        "\"States.Format('{}', $.a\"", "\"States.ArrayRange(1, 1000000000, 1)\"", "\"{% %}\"", "\"{% $states.input.( %}\"",
        "\"{% ($f := function($x){$f($x)}; $f(1)) %}\"", "\"States.ALL\"", "\"arn:aws:states:::lambda:invoke.waitForTaskToken\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"2016-03-14T01:59:00Z\"", "\"JSONata\"", "\"JSONPath\"", "${Placeholder}",
    };
    private static final String JSON_CHARS = "{}[]\":,\\ \n\t0-.eE$%{}";

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of {@code text}. */
    String mutate(String text) {
        String out = text;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            out = once(out);
        }
        return out;
    }

    private String once(String text) {
        if (text.isEmpty()) {
            return WRONG_VALUES[random.nextInt(WRONG_VALUES.length)];
        }
        return switch (random.nextInt(9)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> flip(text);
            case 2 -> insert(text, String.valueOf(JSON_CHARS.charAt(random.nextInt(JSON_CHARS.length()))));
            case 3 -> delete(text);
            case 4, 5 -> replaceValue(text, WRONG_VALUES[random.nextInt(WRONG_VALUES.length)]);
            case 6 -> replaceValue(text, huge());
            case 7 -> replaceValue(text, deep());
            default -> duplicateMember(text);
        };
    }

    private String flip(String text) {
        int at = random.nextInt(text.length());
        char c = (char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x10000));
        return text.substring(0, at) + c + text.substring(at + 1);
    }

    private String insert(String text, String what) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    private String delete(String text) {
        int at = random.nextInt(text.length());
        int len = 1 + random.nextInt(Math.min(20, text.length() - at));
        return text.substring(0, at) + text.substring(at + len);
    }

    private String huge() {
        return switch (random.nextInt(3)) {
            case 0 -> "\"" + "x".repeat(100_000 + random.nextInt(200_000)) + "\"";
            case 1 -> "9".repeat(500 + random.nextInt(2000));
            default -> "\"" + "$.a".repeat(5_000) + "\"";
        };
    }

    private String deep() {
        int depth = 500 + random.nextInt(2_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    /** Replaces a random value of the parsed text (when it parses) with {@code replacement}. */
    private String replaceValue(String text, String replacement) {
        List<JsonValue> values = new ArrayList<>();
        JsonValue root = AslDocument.of(text).root();
        collect(root, values, 0);
        if (values.isEmpty()) {
            return insert(text, replacement);
        }
        JsonValue v = values.get(random.nextInt(values.size()));
        return text.substring(0, v.span().start()) + replacement + text.substring(v.span().end());
    }

    private String duplicateMember(String text) {
        List<JsonValue> values = new ArrayList<>();
        collect(AslDocument.of(text).root(), values, 0);
        List<JsonObject> objects = values.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .filter(o -> o.size() > 0).toList();
        if (objects.isEmpty()) {
            return flip(text);
        }
        JsonObject o = objects.get(random.nextInt(objects.size()));
        Member m = o.members().get(random.nextInt(o.size()));
        String copy = text.substring(m.span().start(), m.span().end());
        return text.substring(0, m.span().end()) + ", " + copy + text.substring(m.span().end());
    }

    private static void collect(JsonValue v, List<JsonValue> out, int depth) {
        if (v == null || depth > 200) {
            return;
        }
        out.add(v);
        if (v instanceof JsonObject o) {
            for (Member m : o.members()) {
                collect(m.value(), out, depth + 1);
            }
        } else if (v instanceof JsonArray a) {
            for (JsonValue item : a.items()) {
                collect(item, out, depth + 1);
            }
        }
    }

    /** Random bytes mixed into UTF-8 text (invalid sequences, NULs, a BOM in the middle). */
    byte[] damageBytes(byte[] bytes) {
        byte[] out = bytes.clone();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }
}

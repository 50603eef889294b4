package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.engine.Runs.json;
import static stepwise.engine.Runs.run;
import static stepwise.engine.Runs.single;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class IntrinsicFunctionsTest {
    /** The value of {@code call} evaluated in a Pass state's Parameters on {@code input}. */
    private static JsonNode eval(String call, String input) {
        String asl = single("{\"Type\": \"Pass\", \"Parameters\": {\"r.$\": " + quote(call) + "}, \"End\": true}");
        Execution e = run(asl, input);
        if (e.status() != ExecutionStatus.SUCCEEDED) {
            throw new AssertionError(e.error() + ": " + e.cause());
        }
        return e.output().get("r");
    }

    private static Execution failing(String call, String input) {
        return run(single("{\"Type\": \"Pass\", \"Parameters\": {\"r.$\": " + quote(call) + "}, \"End\": true}"), input);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void format_inserts_values_and_honours_escapes() {
        assertEquals("Hello Ann, 3 items {x}", eval("States.Format('Hello {}, {} items \\{x\\}', $.name, $.n)",
                "{\"name\":\"Ann\",\"n\":3}").textValue());
    }

    @Test
    void format_writes_objects_like_java_maps() {
        assertEquals("v={a=1, b=[x, y]}", eval("States.Format('v={}', $.o)", "{\"o\":{\"a\":1,\"b\":[\"x\",\"y\"]}}").textValue());
    }

    @Test
    void format_with_too_few_arguments_fails_with_intrinsic_failure() {
        assertEquals("States.IntrinsicFailure", failing("States.Format('{} {}', $.a)", "{\"a\":1}").error());
    }

    @Test
    void string_to_json_and_back() {
        assertEquals(json("{\"a\":[1,2]}"), eval("States.StringToJson($.s)", "{\"s\":\"{\\\"a\\\":[1,2]}\"}"));
        assertEquals("{\"a\":1}", eval("States.JsonToString($.o)", "{\"o\":{\"a\":1}}").textValue());
    }

    @Test
    void array_builds_an_array_of_its_arguments() {
        assertEquals(json("[1,\"two\",{\"x\":3},null]"), eval("States.Array(1, 'two', $.o, null)", "{\"o\":{\"x\":3}}"));
    }

    @Test
    void array_partition_splits_into_chunks() {
        assertEquals(json("[[1,2],[3,4],[5]]"), eval("States.ArrayPartition($.a, 2)", "{\"a\":[1,2,3,4,5]}"));
    }

    @Test
    void array_contains_compares_values() {
        assertEquals(true, eval("States.ArrayContains($.a, $.v)", "{\"a\":[1,{\"x\":2}],\"v\":{\"x\":2}}").booleanValue());
        assertEquals(false, eval("States.ArrayContains($.a, 3)", "{\"a\":[1,2]}").booleanValue());
    }

    @Test
    void array_range_includes_the_end() {
        assertEquals(json("[1,3,5,7,9]"), eval("States.ArrayRange(1, 9, 2)", "{}"));
        assertEquals(json("[10,7,4,1]"), eval("States.ArrayRange(10, 0, -3)", "{}"));
    }

    @Test
    void array_range_over_a_thousand_items_fails() {
        assertEquals("States.IntrinsicFailure", failing("States.ArrayRange(0, 2000, 1)", "{}").error());
    }

    @Test
    void array_get_item_and_length_and_unique() {
        assertEquals(json("\"c\""), eval("States.ArrayGetItem($.a, 2)", "{\"a\":[\"a\",\"b\",\"c\"]}"));
        assertEquals(3, eval("States.ArrayLength($.a)", "{\"a\":[1,2,3]}").intValue());
        assertEquals(json("[1,2,3]"), eval("States.ArrayUnique($.a)", "{\"a\":[1,2,1,3,2]}"));
    }

    @Test
    void array_get_item_out_of_bounds_fails() {
        assertEquals("States.IntrinsicFailure", failing("States.ArrayGetItem($.a, 5)", "{\"a\":[1]}").error());
    }

    @Test
    void base64_encodes_and_decodes_utf8() {
        assertEquals("RGF0YSB0byBlbmNvZGU=", eval("States.Base64Encode($.s)", "{\"s\":\"Data to encode\"}").textValue());
        assertEquals("Data to encode", eval("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", "{}").textValue());
    }

    @Test
    void hash_gives_lowercase_hex() {
        assertEquals("812f45842bc6d66ee14572ce20db8e86", eval("States.Hash($.d, 'MD5')", "{\"d\":\"input data\"}").textValue());
        assertEquals(64, eval("States.Hash('x', 'SHA-256')", "{}").textValue().length());
    }

    @Test
    void hash_with_an_unknown_algorithm_fails() {
        assertEquals("States.IntrinsicFailure", failing("States.Hash('x', 'SHA-999')", "{}").error());
    }

    @Test
    void json_merge_is_shallow() {
        assertEquals(json("{\"a\":{\"y\":2},\"b\":1,\"c\":3}"),
                eval("States.JsonMerge($.x, $.y, false)", "{\"x\":{\"a\":{\"x\":1},\"b\":1},\"y\":{\"a\":{\"y\":2},\"c\":3}}"));
    }

    @Test
    void math_add_rounds_its_arguments() {
        assertEquals(-2, eval("States.MathAdd($.a, $.b)", "{\"a\":-1.49,\"b\":-1.5}").intValue());
        assertEquals(3, eval("States.MathAdd(2.5, 0)", "{}").intValue());
    }

    @Test
    void math_random_stays_in_range_and_repeats_with_a_seed() {
        int v = eval("States.MathRandom(10, 20)", "{}").intValue();
        assertTrue(v >= 10 && v < 20, "got " + v);
        assertEquals(eval("States.MathRandom(0, 1000, 7)", "{}"), eval("States.MathRandom(0, 1000, 7)", "{}"));
    }

    @Test
    void string_split_drops_empty_parts() {
        assertEquals(json("[\"a\",\"b\",\"c\"]"), eval("States.StringSplit($.s, ',;')", "{\"s\":\"a,,b;c,\"}"));
    }

    @Test
    void uuid_is_a_version_4_uuid() {
        String u = eval("States.UUID()", "{}").textValue();
        assertTrue(u.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), u);
    }

    @Test
    void calls_nest() {
        assertEquals(2, eval("States.ArrayLength(States.StringSplit(States.Format('{}-{}', 'a', 'b'), '-'))", "{}").intValue());
    }

    @Test
    void an_unknown_function_is_rejected_before_running() {
        InvalidDefinitionException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidDefinitionException.class,
                () -> Workflow.parse(single("{\"Type\": \"Pass\", \"Parameters\": {\"r.$\": \"States.Nope(1)\"}, \"End\": true}")));
        assertTrue(e.problems().get(0).pointer().contains("/Parameters"), e.getMessage());
        assertTrue(e.getMessage().contains("States.Nope"), e.getMessage());
    }
}

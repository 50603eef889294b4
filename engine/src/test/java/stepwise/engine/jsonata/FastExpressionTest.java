package stepwise.engine.jsonata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import stepwise.engine.data.Json;
import stepwise.engine.data.StateFailure;

/** The fast evaluator must give exactly what the JSONata library gives, or leave the expression to it. */
class FastExpressionTest {
    private record Scope(JsonNode input, Map<String, JsonNode> vars) implements JsonataScope {
        @Override
        public JsonNode statesInput() {
            return input;
        }

        @Override
        public JsonNode statesResult() {
            return null;
        }

        @Override
        public JsonNode statesErrorOutput() {
            return null;
        }

        @Override
        public Duration evaluationTimeout() {
            return Duration.ofSeconds(5);
        }

        @Override
        public int evaluationDepth() {
            return 500;
        }

        @Override
        public JsonNode contextObject() {
            return Json.parseOrNull("{\"State\":{\"Name\":\"S\"}}");
        }

        @Override
        public JsonNode variable(String name) {
            return vars.get(name);
        }

        @Override
        public RandomGenerator random() {
            return new Random(0);
        }
    }

    private static final Scope SCOPE = new Scope(Json.parseOrNull("""
            {"i": 3, "n": 10, "f": 1.5, "s": "ab", "t": "cd", "b": true, "nul": null, "list": [1, 2], "obj": {"x": {"y": 7}},
             "big": 9007199254740993, "neg": -4, "zero": 0}"""),
            Map.of("v", Json.parseOrNull("{\"k\": 5}"), "name", Json.text("Ann")));

    @ParameterizedTest
    @ValueSource(strings = {
        "$states.input.i + 1", "$states.input.i - $states.input.n", "$states.input.i * $states.input.f", "$states.input.n / 4",
        "$states.input.n % 3", "-$states.input.i", "$states.input.i < $states.input.n", "$states.input.i >= 3",
        "$states.input.s & $states.input.t", "$states.input.s = 'ab'", "$states.input.s != \"ab\"", "$states.input.i = 3.0",
        "$states.input.b and $states.input.i > 1", "$states.input.b or $undefined", "$states.input.missing + 1",
        "$states.input.missing < 1", "$states.input.missing = 1", "$states.input.obj.x.y * 2", "$v.k + 1", "$name & '!'",
        "$states.input.s < $states.input.t", "$states.input.i < $states.input.s", "$states.input.s + 1", "$states.input.nul = null",
        "$states.input.nul < 1", "$states.input.list", "$states.input.list + 1", "$states.input.obj", "$states.context.State.Name",
        "($states.input.i + 1) * 2", "1.5 + 2", "10 / 4", "7 % -3", "$states.input.zero / $states.input.zero", "$states.input.n / 0",
        "true and false", "'a' & 1", "$states.input.i & 'x'", "$states.input.big + 1", "$states.input.neg % 3",
        "$states.input.obj.x.y > 6 and $states.input.s = 'ab'", "$states.input.b = true", "null", "$states", "$states.input",
    })
    void fast_results_equal_the_library_or_defer(String source) {
        JsonataExpression library = JsonataExpression.compile(source);
        FastExpression fast = FastExpression.compile(source);
        Object expected;
        try {
            expected = JsonataValues.fromJsonata(library.evaluateRaw(SCOPE, "Output"));
        } catch (StateFailure e) {
            expected = e;
        }
        if (fast == null) {
            return;
        }
        Object got = fast.evaluate(SCOPE);
        if (got == FastExpression.DEFER) {
            return;
        }
        if (expected instanceof StateFailure e) {
            throw new AssertionError("the library fails (" + e.cause() + ") but the fast path gave " + got);
        }
        if (expected == null) {
            assertNull(got, source);
        } else {
            assertEquals(Json.write((JsonNode) expected), Json.write((JsonNode) got), source);
        }
    }

    @Test
    void the_loop_expressions_take_the_fast_path() {
        assertNotNull(FastExpression.compile("$states.input.i + 1"));
        assertNotNull(FastExpression.compile("$states.input.i < $states.input.n"));
    }

    @Test
    void anything_beyond_the_subset_is_left_to_the_library() {
        for (String s : new String[] {"$count($states.input.list)", "$states.input.list[0]", "$states.input.{'a': 1}", "a.b",
            "$states.input.i ? 1 : 2", "/* c */ 1", "[1, 2]", "$states.input.i in [1]", "$x := 1"}) {
            assertNull(FastExpression.compile(s), s);
        }
    }

    @Test
    void arrays_on_a_path_are_left_to_the_library() {
        assertSame(FastExpression.DEFER, FastExpression.compile("$states.input.list").evaluate(SCOPE));
    }
}

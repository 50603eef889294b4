package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;
import stepwise.model.Diagnostic;

class IntrinsicRulesTest {
    private static String parameter(String call) {
        return workflow("A", "\"A\": {\"Type\": \"Pass\", \"Parameters\": {\"v.$\": \"" + call + "\"}, \"End\": true}");
    }

    @Test
    void calls_of_all_eighteen_functions_are_accepted() {
        String[] calls = {"States.Format('Hello {}, \\\\'{}\\\\'', $.name, $$.Execution.Id)", "States.StringToJson($.s)",
            "States.JsonToString($.o)", "States.Array(1, 'two', true, null, -2.5e3)", "States.Array()", "States.ArrayPartition($.a, 2)",
            "States.ArrayContains($.a, 'x')", "States.ArrayRange(0, 10, 2)", "States.ArrayGetItem($.a, 0)", "States.ArrayLength($.a)",
            "States.ArrayUnique($.a)", "States.Base64Encode($.s)", "States.Base64Decode($.s)", "States.Hash($.s, 'SHA-256')",
            "States.JsonMerge($.a, $.b, false)", "States.MathRandom(1, 10)", "States.MathRandom(1, 10, $.seed)",
            "States.MathAdd($.n, -1)", "States.StringSplit($.csv, ',')", "States.UUID()",
            "States.Format('{}', States.JsonToString(States.StringToJson($.s)))", "States.Format('a\\\\{b\\\\}', $var)"};
        for (String call : calls) {
            assertClean(parameter(call), ValidationCode.INVALID_INTRINSIC);
        }
    }

    @Test
    void double_quote_escape_in_an_intrinsic_string_is_invalid_at_the_backslash() {
        String json = parameter("States.Format('He said \\\\\\\"hi\\\\\\\"')");
        Diagnostic d = assertReports(json, ValidationCode.INVALID_INTRINSIC, "\\\\\\\"hi");
        assertEquals("/States/A/Parameters/v.$", d.pointer());
    }

    @Test
    void unclosed_call_is_invalid() {
        assertReports(parameter("States.Format('x'"), ValidationCode.INVALID_INTRINSIC, "'x'", 3);
    }

    @Test
    void unknown_function_is_reported_at_its_name_with_a_suggestion() {
        Diagnostic d = assertReports(parameter("States.format('x')"), ValidationCode.UNKNOWN_INTRINSIC, "States.format");
        assertTrue(d.message().contains("States.Format"), d.message());
    }

    @Test
    void wrong_number_of_arguments_is_reported_at_the_nested_call() {
        String json = parameter("States.Format('{}', States.ArrayLength($.a, $.b))");
        Diagnostic d = assertReports(json, ValidationCode.INTRINSIC_ARITY, "States.ArrayLength");
        assertTrue(d.message().contains("1 argument"), d.message());
    }

    @Test
    void uuid_takes_no_arguments() {
        assertReports(parameter("States.UUID(1)"), ValidationCode.INTRINSIC_ARITY, "States.UUID");
    }

    @Test
    void invalid_path_argument_is_reported_at_its_character() {
        assertReports(parameter("States.ArrayLength($.a b)"), ValidationCode.INVALID_PATH, " b)");
    }

    @Test
    void fail_cause_path_may_be_an_intrinsic_call() {
        String ok = workflow("F", "\"F\": {\"Type\": \"Fail\", \"CausePath\": \"States.Format('failed: {}', $.reason)\"}");
        assertClean(ok, ValidationCode.INVALID_INTRINSIC);
        String bad = workflow("F", "\"F\": {\"Type\": \"Fail\", \"ErrorPath\": \"States.Nope()\"}");
        assertReports(bad, ValidationCode.UNKNOWN_INTRINSIC, "States.Nope");
    }
}

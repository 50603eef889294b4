package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.Diagnostic;

class JsonataRulesTest {
    private static String jsonata(String states) {
        return "{\n  \"QueryLanguage\": \"JSONata\",\n  \"StartAt\": \"A\",\n  \"States\": {\n" + states + "\n  }\n}\n";
    }

    @Test
    void valid_expressions_anywhere_in_the_fields_are_accepted() {
        String json = jsonata("""
                "A": {"Type": "Pass", "Output": {"list": [1, "{% $states.input.x + 1 %}", {"deep": "{% $uppercase('a') %}"}]},
                      "Assign": {"n": "{% $count($states.input.items) %}"}, "Next": "B"},
                "B": {"Type": "Choice", "Choices": [{"Condition": "{% $n > 2 %}", "Next": "C"}], "Default": "C"},
                "C": {"Type": "Succeed"}""");
        assertClean(json, ValidationCode.JSONATA_SYNTAX);
    }

    @Test
    void syntax_error_is_reported_at_its_line_and_column_in_the_document() {
        String json = jsonata("""
                "A": {
                  "Type": "Pass",
                  "Output": {
                    "total": "{% $states.input.a + + 1 %}"
                  },
                  "End": true
                }""");
        Diagnostic d = assertReports(json, ValidationCode.JSONATA_SYNTAX, "+ 1 %}");
        assertEquals("/States/A/Output/total", d.pointer());
        assertEquals(8, d.line());
        assertTrue(d.message().contains("unary"), d.message());
    }

    @Test
    void error_position_counts_escapes_as_one_character() {
        String json = jsonata("\"A\": {\"Type\": \"Pass\", \"Output\": \"{% \\\"a\\\" & ) %}\", \"End\": true}");
        assertReports(json, ValidationCode.JSONATA_SYNTAX, ") %}");
    }

    @Test
    void unterminated_expression_points_at_the_end() {
        String json = jsonata("\"A\": {\"Type\": \"Pass\", \"Output\": \"{% $sum([1, 2 %}\", \"End\": true}");
        assertReports(json, ValidationCode.JSONATA_SYNTAX, "%}\"");
    }

    @Test
    void empty_expression_is_a_syntax_error() {
        assertReports(jsonata("\"A\": {\"Type\": \"Pass\", \"Output\": \"{%   %}\", \"End\": true}"), ValidationCode.JSONATA_SYNTAX, "{%   %}", 2);
    }

    @Test
    void expressions_in_jsonpath_states_are_plain_strings() {
        String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": \"{% + %}\", \"End\": true}}}";
        assertClean(json, ValidationCode.JSONATA_SYNTAX);
    }

    @Test
    void state_switching_a_jsonata_workflow_back_to_jsonpath_is_a_downgrade() {
        String json = jsonata("\"A\": {\"Type\": \"Pass\", \"QueryLanguage\": \"JSONPath\", \"End\": true}");
        assertReports(json, ValidationCode.QUERY_LANGUAGE_DOWNGRADE, "\"JSONPath\"");
    }

    @Test
    void jsonpath_workflow_may_switch_a_state_to_jsonata() {
        String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"QueryLanguage\": \"JSONata\", "
                + "\"Output\": \"{% 1 %}\", \"End\": true}}}";
        assertClean(json, ValidationCode.QUERY_LANGUAGE_DOWNGRADE);
    }

    @Test
    void references_leave_out_states_functions_and_local_bindings() {
        JsonataExpression e = new JsonataExpression(
                "{% ($total := $sum($states.input.prices); $f := function($p) { $p * $rate }; $map($items, $f) ~> $append($total)) %}");
        List<String> names = e.references().stream().map(JsonataExpression.Reference::name).toList();
        assertEquals(List.of("rate", "items"), names);
    }

    @Test
    void references_skip_strings_and_comments() {
        JsonataExpression e = new JsonataExpression("{% '$notVar' & \"$nor\" /* $comment */ & $real %}");
        assertEquals(List.of("real"), e.references().stream().map(JsonataExpression.Reference::name).toList());
    }
}

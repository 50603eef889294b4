package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;
import stepwise.model.Diagnostic;

class PathRulesTest {
    private static String pass(String fields) {
        return workflow("A", "\"A\": {\"Type\": \"Pass\", " + fields + ", \"End\": true}");
    }

    @Test
    void paths_of_every_form_are_accepted() {
        for (String path : new String[] {"$", "$.a.b", "$['a b']", "$.a[0]", "$.a[*].b", "$..b", "$.a[?(@.x > 1)]", "$.a[1:3]",
            "$.a[0,1]", "$.a.length()", "$$.Execution.Id", "$var", "$var.field[2]", "$.delivery-partner", "$['Test\\\\\\\"\\\"Name\\\"']"}) {
            assertClean(pass("\"InputPath\": \"" + path + "\""), ValidationCode.INVALID_PATH);
        }
    }

    @Test
    void malformed_path_is_reported_at_the_offending_character() {
        String json = pass("\"InputPath\": \"$.a[0\"");
        Diagnostic d = assertReports(json, ValidationCode.INVALID_PATH, "$.a[0", 5);
        assertEquals("/States/A/InputPath", d.pointer());
    }

    @Test
    void path_without_dollar_is_invalid() {
        assertReports(pass("\"OutputPath\": \"a.b\""), ValidationCode.INVALID_PATH, "a.b");
    }

    @Test
    void result_path_with_a_wildcard_is_not_a_reference_path() {
        String json = pass("\"ResultPath\": \"$.a[*]\"");
        assertReports(json, ValidationCode.INVALID_REFERENCE_PATH, "*]");
    }

    @Test
    void result_path_into_the_context_object_is_not_allowed() {
        assertReports(pass("\"ResultPath\": \"$$.Execution\""), ValidationCode.INVALID_REFERENCE_PATH, "$$.Execution");
    }

    @Test
    void result_path_null_and_reference_are_accepted() {
        assertClean(pass("\"ResultPath\": null"), ValidationCode.INVALID_REFERENCE_PATH);
        assertClean(pass("\"ResultPath\": \"$.a['b'][0]\""), ValidationCode.INVALID_REFERENCE_PATH);
    }

    @Test
    void items_path_with_a_filter_is_not_a_reference_path() {
        String json = workflow("M", """
                "M": {"Type": "Map", "MaxConcurrency": 1, "ItemsPath": "$.items[?(@.ok)]", "End": true,
                      "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}}""");
        assertReports(json, ValidationCode.INVALID_REFERENCE_PATH, "?(@.ok)");
    }

    @Test
    void dollar_field_of_parameters_must_be_a_path_or_a_call() {
        String json = pass("\"Parameters\": {\"nested\": {\"value.$\": \"value\"}}");
        Diagnostic d = assertReports(json, ValidationCode.INVALID_PATH, "\"value\"");
        assertEquals("/States/A/Parameters/nested/value.$", d.pointer());
    }

    @Test
    void dollar_field_with_a_number_has_the_wrong_type() {
        assertReports(pass("\"Parameters\": {\"n.$\": 3}"), ValidationCode.WRONG_TYPE, "3}");
    }

    @Test
    void dollar_fields_in_result_are_plain_data() {
        assertClean(pass("\"Result\": {\"TestResult.$\": \"ConditionTrue\"}"), ValidationCode.INVALID_PATH);
    }

    @Test
    void dollar_fields_in_arrays_of_a_template_are_checked() {
        assertReports(pass("\"Parameters\": {\"list\": [{\"x.$\": \"$.a[\"}]}"), ValidationCode.INVALID_PATH, "[\"}]");
    }

    @Test
    void wait_seconds_path_must_be_a_reference_path() {
        String json = workflow("W", "\"W\": {\"Type\": \"Wait\", \"SecondsPath\": \"$..s\", \"End\": true}");
        assertReports(json, ValidationCode.INVALID_REFERENCE_PATH, "..s");
    }

    @Test
    void catch_result_path_is_checked() {
        String json = workflow("T", """
                "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                      "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.e[0:2]", "Next": "F"}]},
                "F": {"Type": "Fail"}""");
        assertReports(json, ValidationCode.INVALID_REFERENCE_PATH, "0:2");
    }

    @Test
    void syntax_reader_answers_problems_and_roots() {
        assertNull(JsonPathSyntax.check("$.a.b[3]", true));
        assertNotNull(JsonPathSyntax.check("$.a b", false));
        assertNotNull(JsonPathSyntax.check("$.", false));
        assertNotNull(JsonPathSyntax.check("$[abc]", false));
        assertNotNull(JsonPathSyntax.check("$.a.length()", true));
        assertEquals(JsonPathSyntax.Root.CONTEXT, JsonPathSyntax.root("$$.Map.Item"));
        assertEquals(JsonPathSyntax.Root.VARIABLE, JsonPathSyntax.root("$order.id"));
        assertEquals("order", JsonPathSyntax.variable("$order.id"));
        assertNull(JsonPathSyntax.variable("$.order"));
    }
}

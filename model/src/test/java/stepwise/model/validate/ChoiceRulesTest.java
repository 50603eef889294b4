package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;
import stepwise.model.Diagnostic;

class ChoiceRulesTest {
    private static String choice(String rule) {
        return workflow("C", "\"C\": {\"Type\": \"Choice\", \"Choices\": [" + rule + "], \"Default\": \"D\"},\n\"D\": {\"Type\": \"Succeed\"}");
    }

    @Test
    void comparisons_and_nested_rules_are_accepted() {
        String rule = """
                {"And": [{"Variable": "$.a", "NumericGreaterThanEqualsPath": "$.b"},
                         {"Not": {"Variable": "$.s", "StringMatches": "log-*.txt"}},
                         {"Or": [{"Variable": "$.t", "TimestampLessThan": "2024-01-01T00:00:00Z"}, {"Variable": "$v", "IsNull": false}]}],
                 "Next": "D", "Comment": "all of it"}""";
        assertClean(choice(rule), ValidationCode.INVALID_CHOICE_RULE);
    }

    @Test
    void rule_with_two_comparisons_is_invalid_at_the_second() {
        String json = choice("{\"Variable\": \"$.a\", \"StringEquals\": \"x\", \"NumericEquals\": 1, \"Next\": \"D\"}");
        assertReports(json, ValidationCode.INVALID_CHOICE_RULE, "\"NumericEquals\"");
    }

    @Test
    void rule_without_a_test_is_invalid() {
        String json = choice("{\"Next\": \"D\"}");
        Diagnostic d = assertReports(json, ValidationCode.INVALID_CHOICE_RULE, "{\"Next\"");
        assertEquals("/States/C/Choices/0", d.pointer());
    }

    @Test
    void comparison_without_variable_is_invalid() {
        assertReports(choice("{\"StringEquals\": \"x\", \"Next\": \"D\"}"), ValidationCode.INVALID_CHOICE_RULE, "\"StringEquals\"");
    }

    @Test
    void next_inside_a_nested_rule_is_invalid() {
        String json = choice("{\"Not\": {\"Variable\": \"$.a\", \"IsPresent\": true, \"Next\": \"D\"}, \"Next\": \"D\"}");
        assertReports(json, ValidationCode.INVALID_CHOICE_RULE, "\"Next\": \"D\"}, ");
    }

    @Test
    void top_level_rule_without_next_is_missing_a_field() {
        assertReports(choice("{\"Variable\": \"$.a\", \"IsPresent\": true}"), ValidationCode.MISSING_FIELD, "{\"Variable\"");
    }

    @Test
    void empty_and_is_invalid() {
        assertReports(choice("{\"And\": [], \"Next\": \"D\"}"), ValidationCode.INVALID_CHOICE_RULE, "[]");
    }

    @Test
    void operand_of_the_wrong_type_is_reported() {
        assertReports(choice("{\"Variable\": \"$.a\", \"NumericEquals\": \"1\", \"Next\": \"D\"}"), ValidationCode.WRONG_TYPE, "\"1\"");
        assertReports(choice("{\"Variable\": \"$.a\", \"IsPresent\": \"yes\", \"Next\": \"D\"}"), ValidationCode.WRONG_TYPE, "\"yes\"");
    }

    @Test
    void timestamp_operand_must_be_rfc3339() {
        assertReports(choice("{\"Variable\": \"$.a\", \"TimestampEquals\": \"yesterday\", \"Next\": \"D\"}"),
                ValidationCode.INVALID_TIMESTAMP, "\"yesterday\"");
    }

    @Test
    void variable_must_be_a_path() {
        assertReports(choice("{\"Variable\": \"a.b\", \"IsPresent\": true, \"Next\": \"D\"}"), ValidationCode.INVALID_PATH, "a.b");
    }

    @Test
    void condition_in_a_jsonpath_rule_is_a_query_language_mismatch() {
        assertReports(choice("{\"Condition\": \"{% true %}\", \"Next\": \"D\"}"), ValidationCode.QUERY_LANGUAGE_MISMATCH, "\"Condition\"");
    }

    @Test
    void empty_choices_is_an_invalid_value() {
        String json = workflow("C", "\"C\": {\"Type\": \"Choice\", \"Choices\": [], \"Default\": \"D\"},\n\"D\": {\"Type\": \"Succeed\"}");
        assertReports(json, ValidationCode.INVALID_VALUE, "[]");
    }

    @Test
    void jsonata_rule_needs_a_condition() {
        String json = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", "
                + "\"Choices\": [{\"Next\": \"D\"}], \"Default\": \"D\"}, \"D\": {\"Type\": \"Succeed\"}}}";
        assertReports(json, ValidationCode.MISSING_FIELD, "{\"Next\"");
    }
}

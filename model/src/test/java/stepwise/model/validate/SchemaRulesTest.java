package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;
import stepwise.model.Diagnostic;

class SchemaRulesTest {
    private static final String TASK = "\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\"";

    @Test
    void every_state_type_with_its_usual_fields_is_accepted() {
        String json = workflow("P", """
                "P": {"Type": "Pass", "Comment": "c", "InputPath": "$", "Parameters": {"a.$": "$.x"}, "ResultPath": "$.r",
                      "OutputPath": "$", "Assign": {"v": 1}, "Next": "T"},
                "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30, "HeartbeatSeconds": 10,
                      "ResultSelector": {"b.$": "$.Payload"}, "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 0}],
                      "Credentials": {"RoleArn": "arn:aws:iam::111111111111:role/r"}, "Next": "W"},
                "W": {"Type": "Wait", "Timestamp": "2024-03-14T01:59:00Z", "Next": "C"},
                "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "M"}], "Default": "F"},
                "M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "ItemSelector": {"i.$": "$$.Map.Item.Value"},
                      "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}, "Next": "Par"},
                "Par": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}], "Next": "S"},
                "S": {"Type": "Succeed", "OutputPath": "$"},
                "F": {"Type": "Fail", "Error": "E", "Cause": "why"}""");
        assertClean(json, ValidationCode.UNKNOWN_FIELD);
    }

    @Test
    void unknown_field_is_reported_at_its_key_with_where_it_belongs() {
        String json = workflow("A", "\"A\": {\"Type\": \"Pass\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}");
        Diagnostic d = assertReports(json, ValidationCode.UNKNOWN_FIELD, "\"Resource\"");
        assertEquals("/States/A/Resource", d.pointer());
        assertTrue(d.message().contains("Task"), d.message());
    }

    @Test
    void unknown_top_level_field_is_reported() {
        String json = "{\"StartAt\": \"A\", \"Extra\": 1, \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
        assertReports(json, ValidationCode.UNKNOWN_FIELD, "\"Extra\"");
    }

    @Test
    void next_in_a_succeed_state_is_an_unknown_field() {
        String json = workflow("A", "\"A\": {\"Type\": \"Succeed\", \"Next\": \"A\"}");
        assertReports(json, ValidationCode.UNKNOWN_FIELD, "\"Next\"");
    }

    @Test
    void task_without_resource_is_missing_a_field_at_the_state_name() {
        String json = workflow("A", "\"A\": {\"Type\": \"Task\", \"End\": true}");
        Diagnostic d = assertReports(json, ValidationCode.MISSING_FIELD, "\"A\": {");
        assertTrue(d.message().contains("Resource"), d.message());
    }

    @Test
    void workflow_without_start_at_is_missing_a_field() {
        assertReports("{\"States\": {\"A\": {\"Type\": \"Succeed\"}}}", ValidationCode.MISSING_FIELD, "{");
    }

    @Test
    void state_without_type_is_missing_a_field() {
        assertReports(workflow("A", "\"A\": {\"End\": true}"), ValidationCode.MISSING_FIELD, "\"A\": {");
    }

    @Test
    void unknown_state_type_is_an_invalid_value() {
        assertReports(workflow("A", "\"A\": {\"Type\": \"Lambda\", \"End\": true}"), ValidationCode.INVALID_VALUE, "\"Lambda\"");
    }

    @Test
    void state_that_is_not_an_object_has_the_wrong_type() {
        assertReports(workflow("A", "\"A\": [1, 2]"), ValidationCode.WRONG_TYPE, "[1, 2]");
    }

    @Test
    void timeout_given_as_a_string_has_the_wrong_type() {
        String json = workflow("A", "\"A\": {" + TASK + ", \"TimeoutSeconds\": \"30\", \"End\": true}");
        Diagnostic d = assertReports(json, ValidationCode.WRONG_TYPE, "\"30\"");
        assertTrue(d.message().contains("whole number"), d.message());
    }

    @Test
    void timeout_of_zero_is_an_invalid_value() {
        String json = workflow("A", "\"A\": {" + TASK + ", \"TimeoutSeconds\": 0, \"End\": true}");
        assertReports(json, ValidationCode.INVALID_VALUE, "0, \"End\"");
    }

    @Test
    void wait_seconds_with_a_fraction_has_the_wrong_type() {
        assertReports(workflow("A", "\"A\": {\"Type\": \"Wait\", \"Seconds\": 1.5, \"End\": true}"), ValidationCode.WRONG_TYPE, "1.5");
    }

    @Test
    void end_must_be_a_boolean() {
        assertReports(workflow("A", "\"A\": {\"Type\": \"Pass\", \"End\": \"yes\"}"), ValidationCode.WRONG_TYPE, "\"yes\"");
    }

    @Test
    void wait_timestamp_that_is_not_rfc3339_is_an_invalid_timestamp() {
        for (String bad : new String[] {"2016-13-05T21:29:29Z", "2016-12-05 21:29:29Z", "05-12-2016T21:29:29Z", "{% $now() %}"}) {
            String json = workflow("A", "\"A\": {\"Type\": \"Wait\", \"Timestamp\": \"" + bad + "\", \"End\": true}");
            assertReports(json, ValidationCode.INVALID_TIMESTAMP, "\"" + bad + "\"");
        }
    }

    @Test
    void wait_timestamp_with_offset_and_fraction_is_accepted() {
        String json = workflow("A", "\"A\": {\"Type\": \"Wait\", \"Timestamp\": \"2024-02-29T23:59:59.123+05:30\", \"End\": true}");
        assertClean(json, ValidationCode.INVALID_TIMESTAMP);
    }

    @Test
    void wait_with_two_modes_is_exclusive_at_the_second() {
        String json = workflow("A", "\"A\": {\"Type\": \"Wait\", \"Seconds\": 5, \"SecondsPath\": \"$.s\", \"End\": true}");
        assertReports(json, ValidationCode.EXCLUSIVE_FIELDS, "\"SecondsPath\"");
    }

    @Test
    void wait_with_no_mode_is_missing_a_field() {
        Diagnostic d = assertReports(workflow("A", "\"A\": {\"Type\": \"Wait\", \"End\": true}"), ValidationCode.MISSING_FIELD, "\"A\": {");
        assertTrue(d.message().contains("Seconds, SecondsPath, Timestamp, TimestampPath"), d.message());
    }

    @Test
    void pairs_of_exclusive_fields_are_reported() {
        String[][] pairs = {
            {"Task", TASK + ", \"TimeoutSeconds\": 5, \"TimeoutSecondsPath\": \"$.t\"", "\"TimeoutSecondsPath\""},
            {"Task", TASK + ", \"HeartbeatSeconds\": 5, \"HeartbeatSecondsPath\": \"$.h\"", "\"HeartbeatSecondsPath\""},
            {"Map", "\"Type\": \"Map\", \"MaxConcurrency\": 1, \"Iterator\": {\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Succeed\"}}},"
                    + " \"ItemProcessor\": {\"StartAt\": \"J\", \"States\": {\"J\": {\"Type\": \"Succeed\"}}}", "\"ItemProcessor\""},
            {"Map", "\"Type\": \"Map\", \"MaxConcurrency\": 1, \"Parameters\": {}, \"ItemSelector\": {},"
                    + " \"ItemProcessor\": {\"StartAt\": \"J\", \"States\": {\"J\": {\"Type\": \"Succeed\"}}}", "\"ItemSelector\""},
        };
        for (String[] p : pairs) {
            assertReports(workflow("A", "\"A\": {" + p[1] + ", \"End\": true}"), ValidationCode.EXCLUSIVE_FIELDS, p[2]);
        }
        String fail = workflow("A", "\"A\": {\"Type\": \"Fail\", \"Error\": \"E\", \"ErrorPath\": \"$.e\", \"Cause\": \"c\", \"CausePath\": \"$.c\"}");
        assertReports(fail, ValidationCode.EXCLUSIVE_FIELDS, "\"ErrorPath\"");
        assertReports(fail, ValidationCode.EXCLUSIVE_FIELDS, "\"CausePath\"");
    }

    @Test
    void map_without_processor_is_missing_a_field() {
        assertReports(workflow("A", "\"A\": {\"Type\": \"Map\", \"MaxConcurrency\": 1, \"End\": true}"), ValidationCode.MISSING_FIELD,
                "\"A\": {");
    }

    @Test
    void duplicate_field_in_a_state_is_reported_at_the_second() {
        String json = workflow("A", "\"A\": {\"Type\": \"Pass\", \"End\": true, \"Comment\": \"x\", \"Comment\": \"y\"}");
        assertReports(json, ValidationCode.DUPLICATE_FIELD, "\"Comment\": \"y\"");
    }

    @Test
    void credentials_without_role_arn_is_missing_a_field_at_its_key() {
        String json = workflow("A", "\"A\": {" + TASK + ", \"Credentials\": {\"InvalidField\": \"x\"}, \"End\": true}");
        Diagnostic d = assertReports(json, ValidationCode.MISSING_FIELD, "\"Credentials\"");
        assertEquals("/States/A/Credentials", d.pointer());
        assertReports(json, ValidationCode.UNKNOWN_FIELD, "\"InvalidField\"");
    }

    @Test
    void credentials_with_a_role_arn_path_is_accepted() {
        String json = workflow("A", "\"A\": {" + TASK + ", \"Credentials\": {\"RoleArn.$\": \"$.role\"}, \"End\": true}");
        assertClean(json, ValidationCode.MISSING_FIELD);
    }

    @Test
    void retry_entry_fields_are_checked() {
        String json = workflow("A", "\"A\": {" + TASK + ", \"End\": true, \"Retry\": [{\"ErrorEquals\": [], \"BackoffRate\": 0.5,"
                + " \"JitterStrategy\": \"SOME\", \"IntervalSeconds\": 0}]}");
        assertReports(json, ValidationCode.INVALID_VALUE, "[]");
        assertReports(json, ValidationCode.INVALID_VALUE, "0.5");
        assertReports(json, ValidationCode.INVALID_VALUE, "\"SOME\"");
        assertReports(json, ValidationCode.INVALID_VALUE, "0}");
    }

    @Test
    void catch_entry_without_next_is_missing_a_field() {
        String json = workflow("A", "\"A\": {" + TASK + ", \"End\": true, \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"]}]}");
        assertReports(json, ValidationCode.MISSING_FIELD, "{\"ErrorEquals\"");
    }

    @Test
    void jsonata_field_in_a_jsonpath_state_is_a_query_language_mismatch() {
        String json = workflow("A", "\"A\": {\"Type\": \"Pass\", \"Output\": {\"x\": 1}, \"End\": true}");
        Diagnostic d = assertReports(json, ValidationCode.QUERY_LANGUAGE_MISMATCH, "\"Output\"");
        assertTrue(d.message().contains("JSONata field"), d.message());
    }

    @Test
    void jsonpath_field_in_a_jsonata_state_is_a_query_language_mismatch_with_a_hint() {
        String json = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": " + "{" + TASK
                + ", \"Parameters\": {\"x\": 1}, \"End\": true}}}";
        Diagnostic d = assertReports(json, ValidationCode.QUERY_LANGUAGE_MISMATCH, "\"Parameters\"");
        assertTrue(d.message().contains("Arguments"), d.message());
    }

    @Test
    void jsonata_state_fields_with_expressions_are_accepted() {
        String json = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"a": "{% $states.input %}"},
                        "TimeoutSeconds": "{% 30 %}", "Output": "{% $states.result %}", "Next": "W"},
                  "W": {"Type": "Wait", "Seconds": "{% 1 %}", "Next": "C"},
                  "C": {"Type": "Choice", "Choices": [{"Condition": "{% true %}", "Next": "Done"}], "Default": "Done"},
                  "Done": {"Type": "Succeed"}}}""";
        assertClean(json, ValidationCode.QUERY_LANGUAGE_MISMATCH);
    }

    @Test
    void expression_in_a_numeric_field_of_a_jsonpath_state_has_the_wrong_type() {
        String json = workflow("A", "\"A\": {\"Type\": \"Wait\", \"Seconds\": \"{% 1 %}\", \"End\": true}");
        assertReports(json, ValidationCode.WRONG_TYPE, "\"{% 1 %}\"");
    }

    @Test
    void unknown_query_language_is_an_invalid_value() {
        String json = "{\"QueryLanguage\": \"XPath\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
        assertReports(json, ValidationCode.INVALID_VALUE, "\"XPath\"");
    }
}

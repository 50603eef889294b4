package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.engine.Runs.json;
import static stepwise.engine.Runs.output;
import static stepwise.engine.Runs.run;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonataTest {
    private static String machine(String states) {
        return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {" + states + "}}";
    }

    @Test
    void output_evaluates_expressions_nested_in_objects_and_arrays() {
        String asl = machine("\"S\": {\"Type\": \"Pass\", \"Output\": {\"sum\": \"{% $states.input.a + $states.input.b %}\","
                + " \"list\": [1, \"{% $uppercase($states.input.s) %}\", {\"deep\": \"{% $states.input.a * 10 %}\"}], \"plain\": \"x\"},"
                + " \"End\": true}");
        assertEquals(json("{\"sum\":3,\"list\":[1,\"HI\",{\"deep\":10}],\"plain\":\"x\"}"), output(asl, "{\"a\":1,\"b\":2,\"s\":\"hi\"}"));
    }

    @Test
    void task_arguments_and_states_result() {
        String asl = machine("\"S\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                + " \"Arguments\": {\"n\": \"{% $states.input.n %}\"}, \"Output\": \"{% $states.result.v + 1 %}\", \"End\": true}");
        Execution e = run(asl, "{\"n\":4}", r -> TaskResult.success(json("{\"v\":" + r.parameters().get("n").intValue() * 2 + "}")));
        assertEquals(json("9"), e.output());
    }

    @Test
    void a_task_without_output_outputs_its_result() {
        String asl = machine("\"S\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}");
        assertEquals(json("{\"r\":1}"), run(asl, "{\"in\":0}", r -> TaskResult.success(json("{\"r\":1}"))).output());
    }

    @Test
    void states_context_is_the_context_object() {
        String asl = machine("\"S\": {\"Type\": \"Pass\", \"Output\": \"{% $states.context.State.Name & '/' & $states.context.Execution.Name %}\","
                + " \"End\": true}");
        assertEquals(json("\"S/test-execution\""), output(asl, "{}"));
    }

    @Test
    void choice_conditions_pick_the_rule() {
        String asl = machine("""
                "S": {"Type": "Choice", "Choices": [
                    {"Condition": "{% $states.input.n > 10 %}", "Next": "Big", "Output": {"size": "big"}}],
                  "Default": "Small"},
                "Big": {"Type": "Succeed"}, "Small": {"Type": "Pass", "Output": "small", "End": true}""");
        assertEquals(json("{\"size\":\"big\"}"), output(asl, "{\"n\":11}"));
        assertEquals(json("\"small\""), output(asl, "{\"n\":1}"));
    }

    @Test
    void a_condition_that_is_not_boolean_fails_with_query_evaluation_error() {
        String asl = machine("\"S\": {\"Type\": \"Choice\", \"Choices\": [{\"Condition\": \"{% $states.input.n %}\", \"Next\": \"E\"}],"
                + " \"Default\": \"E\"}, \"E\": {\"Type\": \"Succeed\"}");
        Execution e = run(asl, "{\"n\":1}");
        assertEquals("States.QueryEvaluationError", e.error());
        assertTrue(e.cause().contains("Expected 'boolean', but was 'number'"), e.cause());
    }

    @Test
    void an_undefined_result_fails_naming_the_field() {
        Execution e = run(machine("\"S\": {\"Type\": \"Pass\", \"Output\": {\"x\": \"{% $states.input.nope %}\"}, \"End\": true}"), "{}");
        assertEquals("States.QueryEvaluationError", e.error());
        assertEquals("An error occurred while executing the state 'S' (entered at the event id #2). The JSONata expression"
                + " '$states.input.nope' specified for the field 'Output/x' returned nothing (undefined).", e.cause());
        assertEquals(List.of("ExecutionStarted", "PassStateEntered", "EvaluationFailed", "ExecutionFailed"), Runs.types(e));
    }

    @Test
    void an_expression_error_reports_the_jsonata_code() {
        Execution e = run(machine("\"S\": {\"Type\": \"Pass\", \"Output\": \"{% $notAFunction(1) %}\", \"End\": true}"), "{}");
        assertTrue(e.cause().endsWith("threw an error during evaluation. T1006: Attempted to invoke a non-function"), e.cause());
    }

    @Test
    void step_functions_functions_are_available() {
        String asl = machine("\"S\": {\"Type\": \"Pass\", \"Output\": {"
                + "\"p\": \"{% $partition([1,2,3], 2) %}\", \"r\": \"{% $range(0, 4, 2) %}\", \"h\": \"{% $hash('input data', 'MD5') %}\","
                + "\"j\": \"{% $parse('{\\\"a\\\":1}') %}\", \"u\": \"{% $length($uuid()) %}\", \"x\": \"{% $random() < 1 %}\"}, \"End\": true}");
        assertEquals(json("{\"p\":[[1,2],[3]],\"r\":[0,2,4],\"h\":\"812f45842bc6d66ee14572ce20db8e86\",\"j\":{\"a\":1},\"u\":36,\"x\":true}"),
                output(asl, "{}"));
    }

    @Test
    void jsonata_wait_seconds_and_map_items() {
        String asl = machine("""
                "S": {"Type": "Wait", "Seconds": "{% $states.input.s %}", "Next": "M"},
                "M": {"Type": "Map", "Items": "{% $states.input.list %}", "ItemSelector": {"v": "{% $states.context.Map.Item.Value * 2 %}"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}""");
        Execution e = run(asl, "{\"s\":7,\"list\":[1,2]}");
        assertEquals(json("[{\"v\":2},{\"v\":4}]"), e.output());
        assertEquals(Duration.ofSeconds(7), Duration.between(e.history().get(1).timestamp(), e.history().get(2).timestamp()));
    }

    @Test
    void map_items_of_the_wrong_type_fail_with_evaluation_events() {
        String asl = machine("\"S\": {\"Type\": \"Map\", \"Items\": \"{% 1 %}\", \"ItemProcessor\": {\"StartAt\": \"P\", \"States\":"
                + " {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}");
        Execution e = run(asl, "{}");
        assertTrue(e.cause().endsWith("The JSONata expression '1' specified for the field 'Items' returned an unexpected result type."
                + " Expected 'array', but was 'number' for value: 1"), e.cause());
        assertEquals(List.of("ExecutionStarted", "MapStateEntered", "EvaluationFailed", "MapStateFailed", "ExecutionFailed"), Runs.types(e));
    }

    @Test
    void fail_error_and_cause_may_be_expressions() {
        Execution e = run(machine("\"S\": {\"Type\": \"Fail\", \"Error\": \"{% 'E' & $states.input.n %}\", \"Cause\": \"{% 'c' %}\"}"),
                "{\"n\":\"1\"}");
        assertEquals("E1", e.error());
        assertEquals("c", e.cause());
    }

    @Test
    void catch_output_sees_the_error_output() {
        String asl = machine("""
                "S": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Output": {"e": "{% $states.errorOutput.Error %}", "in": "{% $states.input.x %}"},
                    "Next": "H"}], "End": true},
                "H": {"Type": "Succeed"}""");
        assertEquals(json("{\"e\":\"Bad\",\"in\":5}"), run(asl, "{\"x\":5}", r -> TaskResult.failure("Bad", "c")).output());
    }

    @Test
    void endless_recursion_ends_with_query_evaluation_error_at_the_depth_limit() {
        String asl = machine("\"S\": {\"Type\": \"Pass\", \"Output\": \"{% ($f := function($n) { 1 + $f($n + 1) }; $f(0)) %}\","
                + " \"End\": true}");
        Execution e = run(asl, "{}");
        assertEquals("States.QueryEvaluationError", e.error());
        assertTrue(e.cause().contains("threw an error during evaluation"), e.cause());
    }

    @Test
    void an_endless_loop_is_stopped_by_the_time_limit() {
        String asl = machine("\"S\": {\"Type\": \"Pass\", \"Output\": \"{% ($f := function($n) { $f($n + 1) }; $f(0)) %}\","
                + " \"End\": true}");
        ExecutionLimits tight = ExecutionLimits.AWS.withExpressionTimeout(Duration.ofMillis(100));
        Execution e = Runs.run(Runs.workflow(asl), "{}", Runs.options().withLimits(tight), TaskHandler.none());
        assertEquals("States.QueryEvaluationError", e.error());
        assertTrue(e.cause().contains("timeout"), e.cause());
    }

    @Test
    void a_jsonata_state_may_follow_a_jsonpath_state() {
        String asl = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Parameters": {"v.$": "$.x"}, "Next": "B"},
                  "B": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input.v + 1 %}", "End": true}}}""";
        assertEquals(json("3"), output(asl, "{\"x\":2}"));
    }

    @Test
    void jsonpath_fields_in_a_jsonata_state_are_rejected() {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> Workflow.parse(machine("\"S\": {\"Type\": \"Pass\", \"Parameters\": {}, \"End\": true}")));
        assertEquals("/States/S/Parameters", e.problems().get(0).pointer());
    }

    @Test
    void a_syntax_error_is_reported_before_running() {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> Workflow.parse(machine("\"S\": {\"Type\": \"Pass\", \"Output\": \"{% 1 + %}\", \"End\": true}")));
        assertEquals("/States/S/Output", e.problems().get(0).pointer());
    }
}

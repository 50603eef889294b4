package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static stepwise.engine.Runs.json;
import static stepwise.engine.Runs.output;
import static stepwise.engine.Runs.run;

import org.junit.jupiter.api.Test;

class VariablesTest {
    @Test
    void jsonpath_assign_and_reference_with_dollar_name() {
        String asl = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"total.$": "$.n", "label": "fixed", "o": {"deep.$": "$.n"}}, "Next": "B"},
                  "B": {"Type": "Pass", "Parameters": {"t.$": "$total", "l.$": "$label", "d.$": "$o.deep"}, "End": true}}}""";
        assertEquals(json("{\"t\":4,\"l\":\"fixed\",\"d\":4}"), output(asl, "{\"n\":4}"));
    }

    @Test
    void all_assignments_of_a_state_see_the_values_from_before_it() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"x": 1, "y": 10}, "Next": "B"},
                  "B": {"Type": "Pass", "Assign": {"x": "{% $y %}", "y": "{% $x %}"}, "Output": {"x": "{% $x %}"}, "Next": "C"},
                  "C": {"Type": "Pass", "Output": {"x": "{% $x %}", "y": "{% $y %}"}, "End": true}}}""";
        Execution e = run(asl, "{}");
        assertEquals(json("{\"x\":10,\"y\":1}"), e.output());
        HistoryEvent bExited = e.history().get(4);
        assertEquals(json("{\"x\":1}"), bExited.output());
        assertEquals(json("10"), bExited.assignedVariables().get("x"));
        assertEquals(true, bExited.toJson().contains("\"assignedVariables\":{\"x\":\"10\",\"y\":\"1\"},\"assignedVariablesDetails\""));
    }

    @Test
    void task_assign_sees_the_result() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Assign": {"got": "{% $states.result.v %}"},
                    "Output": "{% $states.input %}", "Next": "P"},
                  "P": {"Type": "Pass", "Output": "{% $got %}", "End": true}}}""";
        assertEquals(json("7"), run(asl, "{}", r -> TaskResult.success(json("{\"v\":7}"))).output());
    }

    @Test
    void map_iterations_read_outer_variables_and_keep_their_own_inside() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
                  "Init": {"Type": "Pass", "Assign": {"factor": 10, "inner": "outer value"}, "Next": "M"},
                  "M": {"Type": "Map", "Items": "{% $states.input %}", "ItemProcessor": {"StartAt": "Set", "States": {
                      "Set": {"Type": "Pass", "Assign": {"inner": "{% $states.input * $factor %}"}, "Next": "Use"},
                      "Use": {"Type": "Pass", "Output": "{% $inner %}", "End": true}}},
                    "Next": "After"},
                  "After": {"Type": "Pass", "Output": {"results": "{% $states.input %}", "inner": "{% $inner %}"}, "End": true}}}""";
        assertEquals(json("{\"results\":[10,20],\"inner\":\"outer value\"}"), output(asl, "[1,2]"));
    }

    @Test
    void parallel_branches_do_not_see_each_others_variables() {
        String asl = """
                {"QueryLanguage": "JSONata", "StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 1, "Assign": {"mine": "a"}, "Next": "A2"},
                      "A2": {"Type": "Pass", "Output": "{% $mine %}", "End": true}}},
                    {"StartAt": "B", "States": {"B": {"Type": "Pass", "Assign": {"mine": "b"}, "Next": "B2"},
                      "B2": {"Type": "Wait", "Seconds": 2, "Next": "B3"},
                      "B3": {"Type": "Pass", "Output": "{% $mine %}", "End": true}}}]}}}""";
        assertEquals(json("[\"a\",\"b\"]"), output(asl, "{}"));
    }

    @Test
    void an_undefined_variable_fails_the_state() {
        Execution e = run("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\","
                + " \"Output\": \"{% $nope %}\", \"End\": true}}}", "{}");
        assertEquals("States.QueryEvaluationError", e.error());
    }

    @Test
    void catch_assign_sees_the_error_output() {
        String asl = """
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"why.$": "$.Cause"}, "Next": "H"}], "End": true},
                  "H": {"Type": "Pass", "Parameters": {"why.$": "$why"}, "End": true}}}""";
        assertEquals(json("{\"why\":\"broken\"}"), run(asl, "{}", r -> TaskResult.failure("E", "broken")).output());
    }
}

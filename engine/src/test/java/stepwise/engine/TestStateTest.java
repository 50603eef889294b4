package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static stepwise.engine.Runs.json;

import java.util.Map;
import org.junit.jupiter.api.Test;
import stepwise.engine.TestStateRequest.InspectionLevel;

class TestStateTest {
    private static TestStateResult test(String definition, String input, InspectionLevel level, TestStateRequest.Mock mock,
                                        TestStateRequest.Configuration config) throws Exception {
        return TestState.run(new TestStateRequest(json(definition), null, json(input), level, mock, null, Map.of(), config));
    }

    @Test
    void a_pass_state_shows_each_step_at_trace_level() throws Exception {
        TestStateResult r = test("""
                {"Type": "Pass", "InputPath": "$.in", "Parameters": {"v.$": "$.x"}, "ResultPath": "$.out", "Next": "Later"}""",
                "{\"in\":{\"x\":1}}", InspectionLevel.TRACE, null, null);
        assertEquals(TestStateResult.Status.SUCCEEDED, r.status());
        assertEquals("Later", r.nextState());
        assertEquals(json("{\"in\":{\"x\":1},\"out\":{\"v\":1}}"), r.output());
        assertEquals(json("{\"x\":1}"), r.inspectionData().get("afterInputPath"));
        assertEquals(json("{\"v\":1}"), r.inspectionData().get("afterParameters"));
        assertEquals(json("{\"in\":{\"x\":1},\"out\":{\"v\":1}}"), r.inspectionData().get("afterResultPath"));
    }

    @Test
    void info_level_shows_no_inspection_data() throws Exception {
        TestStateResult r = test("{\"Type\": \"Pass\", \"End\": true}", "{}", InspectionLevel.INFO, null, null);
        assertEquals(0, r.inspectionData().size());
    }

    @Test
    void a_task_uses_the_mocked_result() throws Exception {
        TestStateResult r = test("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"ResultSelector\": {\"p.$\": \"$.P\"},"
                + " \"End\": true}", "{}", InspectionLevel.DEBUG, TestStateRequest.Mock.result(json("{\"P\":2}")), null);
        assertEquals(json("{\"p\":2}"), r.output());
        assertEquals(json("{\"P\":2}"), r.inspectionData().get("result"));
    }

    @Test
    void a_retrier_that_would_retry_gives_retriable_with_the_backoff() throws Exception {
        TestStateResult r = test("""
                {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "Retry": [{"ErrorEquals": ["Other"]}, {"ErrorEquals": ["E"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 5}],
                 "End": true}""", "{}", InspectionLevel.DEBUG, TestStateRequest.Mock.error("E", "c"),
                new TestStateRequest.Configuration(2, null, null, null));
        assertEquals(TestStateResult.Status.RETRIABLE, r.status());
        assertEquals(json("{\"retryBackoffIntervalSeconds\":18,\"retryIndex\":1}"), r.inspectionData().get("errorDetails"));
    }

    @Test
    void a_catcher_gives_caught_error_with_the_next_state() throws Exception {
        TestStateResult r = test("""
                {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.err", "Next": "Handler"}], "End": true}""",
                "{\"a\":1}", InspectionLevel.DEBUG, TestStateRequest.Mock.error("E", "c"), null);
        assertEquals(TestStateResult.Status.CAUGHT_ERROR, r.status());
        assertEquals("Handler", r.nextState());
        assertEquals(json("{\"a\":1,\"err\":{\"Error\":\"E\",\"Cause\":\"c\"}}"), r.output());
        assertEquals(json("{\"catchIndex\":0}"), r.inspectionData().get("errorDetails"));
    }

    @Test
    void a_choice_tells_the_next_state() throws Exception {
        TestStateResult r = test("""
                {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 1, "Next": "Big"}], "Default": "Small"}""",
                "{\"n\":5}", InspectionLevel.INFO, null, null);
        assertEquals("Big", r.nextState());
    }

    @Test
    void a_mocked_map_exceeding_its_tolerance_fails_with_the_threshold_error() throws Exception {
        TestStateResult r = test("""
                {"Type": "Map", "ToleratedFailureCount": 1, "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
                 "End": true}""", "[1,2,3]", InspectionLevel.DEBUG, TestStateRequest.Mock.result(json("[1,2,3]")),
                new TestStateRequest.Configuration(null, 2, null, null));
        assertEquals(TestStateResult.Status.FAILED, r.status());
        assertEquals("States.ExceedToleratedFailureThreshold", r.error());
        assertEquals(json("1"), r.inspectionData().get("toleratedFailureCount"));
    }

    @Test
    void a_state_of_a_machine_inherits_its_query_language_and_variables_are_given() throws Exception {
        String machine = """
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Output": "{% $states.input.v + $base %}", "Assign": {"seen": true}, "Next": "B"},
                  "B": {"Type": "Succeed"}}}""";
        TestStateResult r = TestState.run(new TestStateRequest(json(machine), "A", json("{\"v\":1}"), InspectionLevel.TRACE, null, null,
                Map.of("base", json("10")), null));
        assertEquals(json("11"), r.output());
        assertEquals("B", r.nextState());
        assertEquals(json("{\"base\":10,\"seen\":true}"), r.inspectionData().get("variables"));
    }
}

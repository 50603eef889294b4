package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.engine.Runs.json;

import org.junit.jupiter.api.Test;

class MockConfigFileTest {
    private static final String FILE = """
            {"StateMachines": {"Orders": {"TestCases": {
                "HappyPath": {"Charge": "ChargeOk"},
                "RetryPath": {"Charge": "ChargeFlaky"}}}},
             "MockedResponses": {
                "ChargeOk": {"0": {"Return": {"id": 1}}},
                "ChargeFlaky": {"0": {"Throw": {"Error": "Busy", "Cause": "try later"}},
                                "1-2": {"Throw": {"Error": "Busy", "Cause": {"detail": "still"}}},
                                "3": {"Return": {"id": 2}}}}}""";

    private static final String MACHINE = """
            {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Retry": [{"ErrorEquals": ["Busy"], "MaxAttempts": 3}], "End": true}}}""";

    @Test
    void a_test_case_answers_its_states() {
        TaskHandler h = MockConfigFile.parse(FILE).testCase("Orders", "HappyPath");
        assertEquals(json("{\"id\":1}"), Runs.run(MACHINE, "{}", h).output());
    }

    @Test
    void each_retry_takes_the_next_response() {
        TaskHandler h = MockConfigFile.parse(FILE).testCase("Orders", "RetryPath");
        Execution e = Runs.run(MACHINE, "{}", h);
        assertEquals(json("{\"id\":2}"), e.output());
        assertEquals(3, e.history().stream().filter(x -> x.type() == HistoryEventType.TaskFailed).count());
        assertEquals("{\"detail\":\"still\"}", e.history().stream().filter(x -> x.type() == HistoryEventType.TaskFailed)
                .toList().get(1).cause());
    }

    @Test
    void an_unknown_test_case_is_explained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MockConfigFile.parse(FILE).testCase("Orders", "Nope"));
        assertTrue(e.getMessage().contains("HappyPath"), e.getMessage());
    }

    @Test
    void a_response_name_that_is_not_defined_is_explained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MockConfigFile.parse(
                "{\"StateMachines\": {\"M\": {\"TestCases\": {\"T\": {\"S\": \"Missing\"}}}}, \"MockedResponses\": {}}"));
        assertTrue(e.getMessage().contains("Missing"), e.getMessage());
    }
}

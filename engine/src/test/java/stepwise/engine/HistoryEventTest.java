package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static stepwise.engine.Runs.json;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryEventTest {
    @Test
    void events_are_written_as_get_execution_history_prints_them() {
        Execution e = Runs.run(Runs.single("{\"Type\": \"Pass\", \"Result\": {\"a\": 1}, \"End\": true}"), "{\"in\":true}");
        List<HistoryEvent> h = e.history();
        assertEquals("{\"timestamp\":\"2024-05-01T12:00:00.000000+00:00\",\"type\":\"ExecutionStarted\",\"id\":1,\"previousEventId\":0,"
                + "\"executionStartedEventDetails\":{\"input\":\"{\\\"in\\\":true}\",\"inputDetails\":{\"truncated\":false},"
                + "\"roleArn\":\"arn:aws:iam::123456789012:role/StepwiseExecutionRole\"}}", h.get(0).toJson());
        assertEquals("{\"timestamp\":\"2024-05-01T12:00:00.000000+00:00\",\"type\":\"PassStateExited\",\"id\":3,\"previousEventId\":2,"
                + "\"stateExitedEventDetails\":{\"name\":\"S\",\"output\":\"{\\\"a\\\":1}\",\"outputDetails\":{\"truncated\":false}}}",
                h.get(2).toJson());
    }

    @Test
    void accessors_read_the_details() {
        Execution e = Runs.run(Runs.single("{\"Type\": \"Pass\", \"End\": true}"), "{\"in\":1}");
        HistoryEvent entered = e.history().get(1);
        assertEquals("S", entered.stateName());
        assertEquals(json("{\"in\":1}"), entered.input());
        assertEquals("/States/S", entered.statePointer().toString());
        assertEquals(json("{\"in\":1}"), e.history().get(3).output());
    }

    @Test
    void branch_events_chain_to_the_event_that_started_them() {
        String asl = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}}}""";
        List<HistoryEvent> h = Runs.run(asl, "{}").history();
        long started = h.stream().filter(x -> x.type() == HistoryEventType.ParallelStateStarted).findFirst().orElseThrow().id();
        List<HistoryEvent> branchStarts = h.stream().filter(x -> x.type() == HistoryEventType.PassStateEntered).toList();
        assertEquals(started, branchStarts.get(0).previousEventId());
        assertEquals(started, branchStarts.get(1).previousEventId());
    }

    @Test
    void failures_carry_error_and_cause() {
        Execution e = Runs.run(Runs.single("{\"Type\": \"Fail\", \"Error\": \"E\", \"Cause\": \"C\"}"), "{}");
        HistoryEvent last = e.history().get(e.history().size() - 1);
        assertEquals("E", last.error());
        assertEquals("C", last.cause());
        assertEquals("executionFailedEventDetails", last.detailsKey());
    }
}

package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static stepwise.engine.Runs.json;
import static stepwise.engine.Runs.run;
import static stepwise.engine.Runs.single;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitAndEndStatesTest {
    private static Duration waited(Execution e) {
        List<HistoryEvent> h = e.history();
        return Duration.between(h.get(1).timestamp(), h.get(2).timestamp());
    }

    @Test
    void wait_seconds_completes_at_once_while_timestamps_advance() {
        long t0 = System.nanoTime();
        Execution e = run(single("{\"Type\": \"Wait\", \"Seconds\": 86400, \"End\": true}"), "{}");
        assertEquals(ExecutionStatus.SUCCEEDED, e.status());
        assertEquals(Duration.ofDays(1), waited(e));
        assertEquals(true, System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos());
    }

    @Test
    void wait_until_a_timestamp() {
        Execution e = run(single("{\"Type\": \"Wait\", \"Timestamp\": \"2024-05-01T13:00:00Z\", \"End\": true}"), "{}");
        assertEquals(Instant.parse("2024-05-01T13:00:00Z"), e.history().get(2).timestamp());
    }

    @Test
    void seconds_path_and_timestamp_path_read_the_input() {
        assertEquals(Duration.ofSeconds(30), waited(run(single("{\"Type\": \"Wait\", \"SecondsPath\": \"$.s\", \"End\": true}"),
                "{\"s\":30}")));
        Execution e = run(single("{\"Type\": \"Wait\", \"TimestampPath\": \"$.t\", \"End\": true}"), "{\"t\":\"2024-05-01T12:00:10.5Z\"}");
        assertEquals(Instant.parse("2024-05-01T12:00:10.500Z"), e.history().get(2).timestamp());
    }

    @Test
    void a_negative_seconds_path_fails_as_aws_says() {
        Execution e = run(single("{\"Type\": \"Wait\", \"SecondsPath\": \"$.s\", \"End\": true}"), "{\"s\":-1}");
        assertEquals("States.Runtime", e.error());
        assertEquals("An error occurred while executing the state 'S' (entered at the event id #2). The SecondsPath parameter"
                + " references a negative value: $.s == -1", e.cause());
        assertEquals(List.of("ExecutionStarted", "WaitStateEntered", "ExecutionFailed"), Runs.types(e));
    }

    @Test
    void a_timestamp_without_offset_is_not_valid() {
        Execution e = run(single("{\"Type\": \"Wait\", \"TimestampPath\": \"$.t\", \"End\": true}"), "{\"t\":\"2024-05-01T12:00:00\"}");
        assertEquals("States.Runtime", e.error());
    }

    @Test
    void succeed_ends_with_its_filtered_input() {
        assertEquals(json("1"), Runs.output(single("{\"Type\": \"Succeed\", \"OutputPath\": \"$.a\"}"), "{\"a\":1}"));
    }

    @Test
    void fail_ends_with_error_and_cause() {
        Execution e = run(single("{\"Type\": \"Fail\", \"Error\": \"E\", \"Cause\": \"C\"}"), "{}");
        assertEquals(ExecutionStatus.FAILED, e.status());
        assertEquals("E", e.error());
        assertEquals("C", e.cause());
        assertEquals(List.of("ExecutionStarted", "FailStateEntered", "ExecutionFailed"), Runs.types(e));
    }

    @Test
    void fail_error_path_and_cause_path_may_use_functions() {
        Execution e = run(single("{\"Type\": \"Fail\", \"ErrorPath\": \"$.e\", \"CausePath\": \"States.Format('bad {}', $.n)\"}"),
                "{\"e\":\"Oops\",\"n\":3}");
        assertEquals("Oops", e.error());
        assertEquals("bad 3", e.cause());
    }

    @Test
    void a_missing_error_path_fails_with_runtime_error() {
        Execution e = run(single("{\"Type\": \"Fail\", \"ErrorPath\": \"$.nope\"}"), "{}");
        assertEquals("States.Runtime", e.error());
        assertEquals("An error occurred while executing the state 'S' (entered at the event id #2). The JSONPath '$.nope' specified"
                + " for the field 'ErrorPath' could not be found in the input '{}'", e.cause());
    }
}

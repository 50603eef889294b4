package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.engine.Runs.json;
import static stepwise.engine.Runs.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskStateTest {
    private static final String LAMBDA = "arn:aws:states:::lambda:invoke";

    private static TaskHandler answers(TaskResult... results) {
        return request -> results[Math.min(request.invocation(), results.length - 1)];
    }

    @Test
    void a_task_records_scheduled_started_succeeded() {
        String asl = Runs.single("{\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"Parameters\": {\"FunctionName\": \"f\"},"
                + " \"End\": true}");
        Execution e = run(asl, "{}", answers(TaskResult.success(json("{\"ok\":1}"))));
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded",
                "TaskStateExited", "ExecutionSucceeded"), Runs.types(e));
        HistoryEvent scheduled = e.history().get(2);
        assertEquals(json("{\"FunctionName\":\"f\"}"), scheduled.input());
        assertTrue(scheduled.toJson().contains("\"resourceType\":\"lambda\",\"resource\":\"invoke\""), scheduled.toJson());
        assertEquals(json("{\"ok\":1}"), e.output());
    }

    @Test
    void result_selector_and_result_path_shape_the_output() {
        String asl = Runs.single("{\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"ResultSelector\": {\"code.$\": \"$.Payload.code\"},"
                + " \"ResultPath\": \"$.result\", \"End\": true}");
        Execution e = run(asl, "{\"in\":1}", answers(TaskResult.success(json("{\"Payload\":{\"code\":200}}"))));
        assertEquals(json("{\"in\":1,\"result\":{\"code\":200}}"), e.output());
    }

    @Test
    void retry_waits_with_backoff_on_the_virtual_clock() {
        String asl = Runs.single("{\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"Retry\": [{\"ErrorEquals\": [\"Boom\"],"
                + " \"IntervalSeconds\": 2, \"BackoffRate\": 3, \"MaxAttempts\": 2}], \"End\": true}");
        Execution e = run(asl, "{}", answers(TaskResult.failure("Boom", "1"), TaskResult.failure("Boom", "2"),
                TaskResult.success(json("\"done\""))));
        assertEquals(ExecutionStatus.SUCCEEDED, e.status());
        List<HistoryEvent> scheduled = e.history().stream().filter(h -> h.type() == HistoryEventType.TaskScheduled).toList();
        assertEquals(3, scheduled.size());
        assertEquals(Duration.ofSeconds(2), Duration.between(scheduled.get(0).timestamp(), scheduled.get(1).timestamp()));
        assertEquals(Duration.ofSeconds(6), Duration.between(scheduled.get(1).timestamp(), scheduled.get(2).timestamp()));
    }

    @Test
    void retries_run_out_then_the_error_ends_the_execution() {
        String asl = Runs.single("{\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"],"
                + " \"MaxAttempts\": 1}], \"End\": true}");
        Execution e = run(asl, "{}", answers(TaskResult.failure("Boom", "why")));
        assertEquals(ExecutionStatus.FAILED, e.status());
        assertEquals("Boom", e.error());
        assertEquals("why", e.cause());
        assertEquals(2, e.history().stream().filter(h -> h.type() == HistoryEventType.TaskFailed).count());
    }

    @Test
    void max_delay_caps_the_backoff_and_full_jitter_stays_below_it() {
        String asl = Runs.single("{\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"Retry\": [{\"ErrorEquals\": [\"Boom\"],"
                + " \"IntervalSeconds\": 100, \"MaxDelaySeconds\": 5, \"JitterStrategy\": \"FULL\", \"MaxAttempts\": 1}], \"End\": true}");
        Execution e = run(asl, "{}", answers(TaskResult.failure("Boom", ""), TaskResult.success(json("1"))));
        List<HistoryEvent> scheduled = e.history().stream().filter(h -> h.type() == HistoryEventType.TaskScheduled).toList();
        Duration gap = Duration.between(scheduled.get(0).timestamp(), scheduled.get(1).timestamp());
        assertTrue(gap.compareTo(Duration.ofSeconds(5)) <= 0, gap.toString());
    }

    @Test
    void catch_puts_the_error_at_result_path_and_goes_to_next() {
        String asl = """
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "%s", "Catch": [{"ErrorEquals": ["Other"], "Next": "Wrong"},
                        {"ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.error", "Next": "Handled"}], "End": true},
                  "Wrong": {"Type": "Fail"},
                  "Handled": {"Type": "Pass", "End": true}}}""".formatted(LAMBDA);
        Execution e = run(asl, "{\"in\":1}", answers(TaskResult.failure("Custom.Error", "it broke")));
        assertEquals(json("{\"in\":1,\"error\":{\"Error\":\"Custom.Error\",\"Cause\":\"it broke\"}}"), e.output());
        assertTrue(Runs.types(e).contains("TaskStateExited"));
    }

    @Test
    void states_all_does_not_catch_runtime_errors() {
        String asl = """
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "%s", "OutputPath": "$.missing",
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}], "End": true},
                  "Handled": {"Type": "Pass", "End": true}}}""".formatted(LAMBDA);
        Execution e = run(asl, "{}", answers(TaskResult.success(json("{}"))));
        assertEquals(ExecutionStatus.FAILED, e.status());
        assertEquals("States.Runtime", e.error());
    }

    @Test
    void a_task_nobody_handles_fails_saying_how_to_mock_it() {
        Execution e = run(Runs.single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sqs:sendMessage\", \"End\": true}"), "{}");
        assertEquals("Stepwise.TaskNotMocked", e.error());
        assertTrue(e.cause().contains("'S'") && e.cause().contains("MockConfigFile"), e.cause());
    }

    @Test
    void http_invoke_to_a_host_not_allowed_fails_saying_how_to_allow_it() {
        String asl = Runs.single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::http:invoke\", \"Parameters\": "
                + "{\"ApiEndpoint\": \"https://example.com/x\", \"Method\": \"GET\"}, \"End\": true}");
        Execution e = run(asl, "{}");
        assertEquals("Stepwise.HostNotAllowed", e.error());
        assertTrue(e.cause().contains("example.com"), e.cause());
    }

    @Test
    void a_result_over_the_payload_limit_fails_with_data_limit_exceeded() {
        String big = "\"" + "x".repeat(300_000) + "\"";
        Execution e = run(Runs.single("{\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"End\": true}"), "{}",
                answers(TaskResult.success(json(big))));
        assertEquals("States.DataLimitExceeded", e.error());
    }

    @Test
    void the_handler_sees_parameters_invocation_and_retry_count() {
        List<TaskRequest> seen = new ArrayList<>();
        String asl = Runs.single("{\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"Parameters\": {\"v.$\": \"$.v\"},"
                + " \"Retry\": [{\"ErrorEquals\": [\"E\"], \"MaxAttempts\": 1}], \"End\": true}");
        run(asl, "{\"v\":3}", request -> {
            seen.add(request);
            return request.invocation() == 0 ? TaskResult.failure("E", "") : TaskResult.success(json("{}"));
        });
        assertEquals(2, seen.size());
        assertEquals(json("{\"v\":3}"), seen.get(0).parameters());
        assertEquals(0, seen.get(0).retryCount());
        assertEquals(1, seen.get(1).retryCount());
        assertEquals(1, seen.get(1).invocation());
    }

    @Test
    void a_lambda_function_arn_records_lambda_events() {
        String asl = Runs.single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\", \"End\": true}");
        Execution e = run(asl, "{}", answers(TaskResult.success(json("1"))));
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted",
                "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded"), Runs.types(e));
    }

    @Test
    void a_task_timeout_with_an_async_answer_times_out_in_real_time_mode() throws Exception {
        String asl = Runs.single("{\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"TimeoutSeconds\": 1, \"End\": true}");
        java.util.concurrent.CompletableFuture<TaskResult> never = new java.util.concurrent.CompletableFuture<>();
        Execution e = Runs.workflow(asl).start(json("{}"), Runs.options().withClock(ClockMode.REAL), r -> TaskResult.later(never));
        assertTrue(e.await(Duration.ofSeconds(10)));
        assertEquals("States.Timeout", e.error());
        assertTrue(Runs.types(e).contains("TaskTimedOut"));
    }
}

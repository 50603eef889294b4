package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.engine.Runs.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExecutionControlTest {
    private static final String CALLBACK = Runs.single("""
            {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
             "Parameters": {"MessageBody": {"token.$": "$$.Task.Token"}}, "TimeoutSeconds": 300, "End": true}""");

    private static Execution startWaiting(String asl) throws InterruptedException {
        Execution e = Runs.workflow(asl).start(json("{}"), Runs.options(), TaskHandler.none());
        waitUntil(() -> !e.pendingCallbacks().isEmpty() || e.status().isFinal());
        return e;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not come true");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void a_callback_task_waits_for_its_token_even_on_the_virtual_clock() throws Exception {
        Execution e = startWaiting(CALLBACK);
        assertEquals(ExecutionStatus.RUNNING, e.status());
        PendingCallback p = e.pendingCallbacks().get(0);
        assertEquals("S", p.stateName());
        assertEquals(p.taskToken(), p.parameters().path("MessageBody").path("token").asText());
        assertEquals(Runs.START.plusSeconds(300), p.timeoutAt());
        e.sendTaskSuccess(p.taskToken(), json("{\"approved\":true}"));
        assertTrue(e.await(Duration.ofSeconds(10)));
        assertEquals(json("{\"approved\":true}"), e.output());
        assertTrue(Runs.types(e).containsAll(List.of("TaskSubmitted", "TaskSucceeded")));
        assertTrue(e.pendingCallbacks().isEmpty());
    }

    @Test
    void send_task_failure_fails_the_task() throws Exception {
        Execution e = startWaiting(CALLBACK);
        e.sendTaskFailure(e.pendingCallbacks().get(0).taskToken(), "Rejected", "no");
        assertTrue(e.await(Duration.ofSeconds(10)));
        assertEquals("Rejected", e.error());
        assertEquals("no", e.cause());
    }

    @Test
    void an_unknown_token_is_refused() throws Exception {
        Execution e = startWaiting(CALLBACK);
        assertThrows(IllegalArgumentException.class, () -> e.sendTaskSuccess("not-a-token", json("{}")));
        e.stop(null, null);
        assertTrue(e.await(Duration.ofSeconds(10)));
    }

    @Test
    void advancing_virtual_time_lets_the_callback_time_out() throws Exception {
        Execution e = startWaiting(CALLBACK);
        e.advanceVirtualTime();
        assertTrue(e.await(Duration.ofSeconds(10)));
        assertEquals("States.Timeout", e.error());
        List<HistoryEvent> h = e.history();
        assertEquals(HistoryEventType.TaskTimedOut, h.get(h.size() - 2).type());
        assertEquals(Duration.ofSeconds(300), Duration.between(Runs.START, h.get(h.size() - 1).timestamp()));
    }

    @Test
    void heartbeats_keep_a_callback_alive_until_they_stop() throws Exception {
        String asl = Runs.single("""
                {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                 "TimeoutSeconds": 600, "HeartbeatSeconds": 60, "End": true}""");
        Execution e = startWaiting(asl);
        e.sendTaskHeartbeat(e.pendingCallbacks().get(0).taskToken());
        e.advanceVirtualTime();
        assertTrue(e.await(Duration.ofSeconds(10)));
        assertEquals("States.HeartbeatTimeout", e.error());
    }

    @Test
    void run_on_the_caller_thread_lets_callbacks_time_out_by_themselves() {
        Execution e = Runs.run(CALLBACK, "{}");
        assertEquals(ExecutionStatus.FAILED, e.status());
        assertEquals("States.Timeout", e.error());
    }

    @Test
    void stop_aborts_the_execution_and_the_running_state() throws Exception {
        String asl = Runs.single("{\"Type\": \"Wait\", \"Seconds\": 60, \"End\": true}");
        Execution e = Runs.workflow(asl).start(json("{}"), Runs.options().withClock(ClockMode.REAL), TaskHandler.none());
        waitUntil(() -> Runs.types(e).contains("WaitStateEntered"));
        e.stop("User.Stop", "stopped from a test");
        assertTrue(e.await(Duration.ofSeconds(10)));
        assertEquals(ExecutionStatus.ABORTED, e.status());
        assertEquals("User.Stop", e.error());
        List<String> types = Runs.types(e);
        assertEquals(List.of("WaitStateAborted", "ExecutionAborted"), types.subList(types.size() - 2, types.size()));
    }

    @Test
    void the_machine_timeout_ends_the_execution_timed_out() {
        String asl = "{\"TimeoutSeconds\": 10, \"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 60, \"End\": true}}}";
        Execution e = Runs.run(asl, "{}");
        assertEquals(ExecutionStatus.TIMED_OUT, e.status());
        assertEquals("States.Timeout", e.error());
        List<String> types = Runs.types(e);
        assertEquals("ExecutionTimedOut", types.get(types.size() - 1));
    }

    @Test
    void a_runaway_loop_ends_at_the_history_limit() {
        // A loop whose way out is never taken (AWS requires a terminal state to exist).
        String asl = """
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Again?"},
                  "Again?": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": false, "Next": "A"}], "Default": "Done"},
                  "Done": {"Type": "Succeed"}}}""";
        Execution e = Runs.run(Runs.workflow(asl), "{}", Runs.options().withLimits(ExecutionLimits.AWS.withMaxHistoryEvents(50)),
                TaskHandler.none());
        assertEquals(ExecutionStatus.FAILED, e.status());
        assertEquals(50, e.history().size());
        assertEquals(HistoryEventType.ExecutionFailed, e.history().get(49).type());
    }

    @Test
    void an_output_nested_deeper_than_a_thousand_levels_fails_the_state_instead_of_the_engine() {
        String deep = "{\"a\": ".repeat(990) + "1" + "}".repeat(990);
        String asl = "{\"StartAt\": \"Nest\", \"States\": {\"Nest\": {\"Type\": \"Pass\", \"Result\": " + deep
                + ", \"ResultPath\": \"$.b.c.d.e.f.g.h.i.j.k.l.m\", \"End\": true}}}";
        Execution e = Runs.run(Runs.workflow(asl), "{}", Runs.options(), TaskHandler.none());
        assertEquals(ExecutionStatus.FAILED, e.status());
        assertEquals("States.DataLimitExceeded", e.error());
    }

    @Test
    void the_same_run_twice_gives_identical_histories() {
        String asl = """
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "Next": "M", "Branches": [
                    {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 3, "Next": "U"},
                      "U": {"Type": "Pass", "Parameters": {"id.$": "States.UUID()", "r.$": "States.MathRandom(0, 1000)"}, "End": true}}},
                    {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}}]},
                  "M": {"Type": "Map", "ItemsPath": "$[1]", "MaxConcurrency": 2,
                    "ItemProcessor": {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Retry": [{"ErrorEquals": ["States.ALL"], "JitterStrategy": "FULL", "MaxAttempts": 2}], "End": true}}},
                    "End": true}}}""";
        TaskHandler flaky = r -> r.invocation() % 3 == 0 ? TaskResult.failure("Flaky", "") : TaskResult.success(json("{}"));
        Workflow w = Runs.workflow(asl);
        Execution a = Runs.run(w, "[1,2,3]", Runs.options(), flaky);
        Execution b = Runs.run(w, "[1,2,3]", Runs.options(), flaky);
        assertEquals(ExecutionStatus.SUCCEEDED, a.status());
        assertEquals(a.history().stream().map(HistoryEvent::toJson).toList(), b.history().stream().map(HistoryEvent::toJson).toList());
    }

    @Test
    void listeners_see_every_event_in_order_then_the_end() throws Exception {
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finished = new CountDownLatch(1);
        ExecutionListener listener = new ExecutionListener() {
            @Override
            public void onEvent(Execution execution, HistoryEvent event) {
                ids.add(event.id());
            }

            @Override
            public void onFinished(Execution execution) {
                finished.countDown();
            }
        };
        Execution e = Runs.workflow(Runs.single("{\"Type\": \"Pass\", \"End\": true}")).start(json("{}"), Runs.options(),
                TaskHandler.none(), listener);
        assertTrue(finished.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(1L, 2L, 3L, 4L), ids);
        assertEquals(4, e.history().size());
    }

    @Test
    void many_waiting_executions_hold_no_thread() throws Exception {
        List<Execution> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(startWaiting(CALLBACK));
        }
        waitUntil(() -> Thread.getAllStackTraces().values().stream().noneMatch(ExecutionControlTest::inDriver));
        for (Execution e : all) {
            assertEquals(ExecutionStatus.RUNNING, e.status());
            e.sendTaskSuccess(e.pendingCallbacks().get(0).taskToken(), json("1"));
        }
        for (Execution e : all) {
            assertTrue(e.await(Duration.ofSeconds(10)));
            assertEquals(ExecutionStatus.SUCCEEDED, e.status());
        }
    }

    private static boolean inDriver(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            if (f.getClassName().equals("stepwise.engine.interpreter.Run")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void an_execution_without_history_still_reports_its_result_and_counts() {
        Execution e = Runs.run(Runs.workflow(Runs.single("{\"Type\": \"Pass\", \"Result\": 1, \"End\": true}")), "{}",
                Runs.options().withRecordHistory(false), TaskHandler.none());
        assertEquals(json("1"), e.output());
        assertTrue(e.history().isEmpty());
        assertEquals(1, e.transitions());
        assertNull(e.error());
        assertEquals(Map.of(), Map.of());
    }
}

package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many executions at once through the Java API: all complete with complete, consistent histories,
 * stopping leaves no work behind, and nothing is kept once they are dropped.
 */
class LoadTest {
    private static final String WORKFLOW = """
            {"StartAt": "Both", "States": {
              "Both": {"Type": "Parallel", "Next": "Check", "Branches": [
                {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Retry": [{"ErrorEquals": ["Throttled"], "IntervalSeconds": 1, "MaxAttempts": 3, "BackoffRate": 2, "JitterStrategy": "FULL"}],
                  "End": true}}},
                {"StartAt": "Items", "States": {"Items": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2,
                  "ItemProcessor": {"StartAt": "Pack", "States": {
                    "Pack": {"Type": "Pass", "Parameters": {"sku.$": "$"}, "Next": "Rest"},
                    "Rest": {"Type": "Wait", "Seconds": 5, "End": true}}}, "End": true}}}]},
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$[1][0].sku", "StringEquals": "a", "Next": "Done"}], "Default": "Odd"},
              "Odd": {"Type": "Fail", "Error": "Odd"},
              "Done": {"Type": "Succeed"}}}
            """;
    private static final String MOCKS = """
            {"StateMachines": {"Load": {"TestCases": {"Retry": {"Charge": "Flaky"}}}},
             "MockedResponses": {"Flaky": {"0": {"Throw": {"Error": "Throttled", "Cause": "busy"}}, "1": {"Return": {"ok": true}}}}}
            """;
    private static final String INPUT = "{\"items\": [\"a\", \"b\", \"c\", \"d\", \"e\"]}";

    @Test
    void a_thousand_concurrent_executions_all_complete_with_consistent_histories() throws Exception {
        Workflow workflow = Workflow.parse(WORKFLOW);
        TaskHandler mocks = MockConfigFile.parse(MOCKS).testCase("Load", "Retry");
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            executions.add(workflow.start(INPUT, ExecutionOptions.defaults().withSeed(i), mocks));
        }
        CompletableFuture.allOf(executions.stream().map(Execution::completion).toArray(CompletableFuture[]::new))
                .get(5, TimeUnit.MINUTES);
        long threads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("stepwise-execution-")).count();
        assertTrue(threads <= Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), threads + " engine threads for 1,000 executions");
        int expectedEvents = executions.get(0).history().size();
        for (Execution e : executions) {
            assertEquals(ExecutionStatus.SUCCEEDED, e.status(), () -> e.error() + ": " + e.cause());
            assertConsistent(e.history());
            assertEquals(expectedEvents, e.history().size(), "every execution records the same number of events");
            assertEquals(HistoryEventType.ExecutionSucceeded, e.history().get(e.history().size() - 1).type());
        }
        assertPoolIsIdle();
    }

    @Test
    void stopping_executions_mid_run_aborts_them_and_leaves_no_work_behind() throws Exception {
        String waiting = """
                {"StartAt": "Ask", "States": {"Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters": {"token.$": "$$.Task.Token"}, "TimeoutSeconds": 3600, "Next": "Later"},
                  "Later": {"Type": "Wait", "Seconds": 30, "End": true}}}
                """;
        Workflow workflow = Workflow.parse(waiting);
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ExecutionOptions options = ExecutionOptions.defaults().withSeed(i).withClock(i % 2 == 0 ? ClockMode.VIRTUAL : ClockMode.REAL);
            executions.add(workflow.start("{}", options, TaskHandler.none()));
        }
        for (Execution e : executions) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (e.pendingCallbacks().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertEquals(1, e.pendingCallbacks().size(), "each execution waits for its callback");
        }
        for (Execution e : executions) {
            e.stop("Operator.Stop", "stopped by the load test");
        }
        for (Execution e : executions) {
            assertTrue(e.await(Duration.ofSeconds(30)));
            assertEquals(ExecutionStatus.ABORTED, e.status());
            assertTrue(e.pendingCallbacks().isEmpty());
            assertConsistent(e.history());
            assertEquals(HistoryEventType.ExecutionAborted, e.history().get(e.history().size() - 1).type());
        }
        assertPoolIsIdle();
    }

    @Test
    void finished_executions_are_not_kept_by_the_engine() throws Exception {
        Workflow workflow = Workflow.parse(WORKFLOW);
        TaskHandler mocks = MockConfigFile.parse(MOCKS).testCase("Load", "Retry");
        List<WeakReference<Execution>> refs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Execution e = workflow.start(INPUT, ExecutionOptions.defaults().withSeed(i), mocks);
            e.await(Duration.ofSeconds(60));
            refs.add(new WeakReference<>(e));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (refs.stream().anyMatch(r -> r.get() != null) && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        assertEquals(0, refs.stream().filter(r -> r.get() != null).count(), "executions still reachable after they ended");
    }

    /** Ids increase from 1, and each event points back at an earlier one. */
    static void assertConsistent(List<HistoryEvent> history) {
        assertEquals(HistoryEventType.ExecutionStarted, history.get(0).type());
        for (int i = 0; i < history.size(); i++) {
            HistoryEvent ev = history.get(i);
            assertEquals(i + 1, ev.id());
            assertTrue(ev.previousEventId() >= 0 && ev.previousEventId() < ev.id(), () -> "event " + ev.id() + " points at " + ev.previousEventId());
        }
    }

    /** No engine thread is left running work (idle pool threads may linger until their keep-alive ends). */
    private static void assertPoolIsIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<Thread> busy;
        do {
            busy = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("stepwise-execution-") && t.getState() == Thread.State.RUNNABLE)
                    .toList();
            if (!busy.isEmpty()) {
                Thread.sleep(20);
            }
        } while (!busy.isEmpty() && System.nanoTime() < deadline);
        assertTrue(busy.isEmpty(), "engine threads still busy: " + busy);
    }
}

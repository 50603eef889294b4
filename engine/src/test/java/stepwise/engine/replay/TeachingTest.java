package stepwise.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import stepwise.engine.HistoryEventType;

/** Captions, the timeline and the cost of an execution. */
class TeachingTest {
    private static Replay order(String testCase) {
        return Replay.of(Histories.graph(Histories.ORDER), Histories.run(Histories.ORDER, "{\"amount\": 1200, \"items\": [1, 2]}",
                testCase));
    }

    @Test
    void entering_a_state_with_a_comment_narrates_the_comment() {
        Replay r = order("retryThenPass");
        Narration.Caption c = Narration.caption(r, ReplayTest.firstIndexOf(r, HistoryEventType.TaskStateEntered) + 1);
        assertEquals("We check the order is complete.", c.headline());
        assertTrue(c.detail().contains("amount 1200"), c.detail());
    }

    @Test
    void choice_narrates_the_rule_that_held() {
        Replay r = order("retryThenPass");
        Narration.Caption c = Narration.caption(r, ReplayTest.firstIndexOf(r, HistoryEventType.ChoiceStateExited) + 1);
        assertEquals("$.amount = 1200 > 1000, so the execution goes to Approve.", c.headline());
    }

    @Test
    void a_failed_attempt_narrates_the_retry_to_come() {
        Replay r = order("retryThenPass");
        Narration.Caption c = Narration.caption(r, ReplayTest.firstIndexOf(r, HistoryEventType.LambdaFunctionFailed) + 1);
        assertEquals("Its Retry tries again in about 2 s (retry 1 of 3).", c.detail());
    }

    @Test
    void every_event_has_a_caption() {
        Replay r = order("invalid");
        for (int k = 0; k <= r.size(); k++) {
            assertTrue(!Narration.caption(r, k).headline().isBlank(), "caption at " + k);
        }
    }

    @Test
    void timeline_shows_backoff_between_attempts_and_the_wait() {
        Replay r = order("retryThenPass");
        Timeline t = Timeline.of(r);
        Timeline.Bar validate = t.bars().get(0);
        assertEquals("Validate", validate.stateName());
        assertTrue(validate.segments().contains(new Timeline.Segment(Timeline.SegmentKind.BACKOFF, validate.startMs(),
                validate.startMs() + 2000)), validate.segments().toString());
        Timeline.Bar approve = t.bars().stream().filter(b -> b.stateName().equals("Approve")).findFirst().orElseThrow();
        assertEquals(3_600_000, approve.endMs() - approve.startMs());
        assertEquals(Timeline.SegmentKind.WAIT, approve.segments().get(0).kind());
        assertEquals(StateStatus.SUCCEEDED, approve.outcome());
    }

    @Test
    void cost_counts_states_entered_and_retries() {
        Replay r = order("retryThenPass");
        long entered = r.events().stream().filter(e -> e.type().name().endsWith("StateEntered")).count();
        ExecutionCost cost = ExecutionCost.of(r.events());
        assertEquals(entered + 1, cost.transitions());
        assertEquals(cost.transitions() * 0.000025, cost.standardUsd(), 1e-12);
        assertTrue(cost.expressUsd() > ExecutionCost.EXPRESS_PER_REQUEST);
    }
}

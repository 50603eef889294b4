package stepwise.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.engine.HistoryEventType;

class StepDetailsTest {
    private static Replay order(String input, String testCase) {
        return Replay.of(Histories.graph(Histories.ORDER), Histories.run(Histories.ORDER, input, testCase));
    }

    @Test
    void choice_says_which_rule_held_in_words() {
        Replay r = order("{\"amount\": 1200, \"items\": []}", "retryThenPass");
        StepDetails d = StepDetails.of(r, "/States/Amount?", r.size(), -1);
        assertNotNull(d);
        assertEquals("$.amount = 1200 > 1000 \u2192 Approve", d.matchedRule().sentence());
    }

    @Test
    void choice_default_lists_the_rules_that_did_not_hold() {
        Replay r = order("{\"amount\": 20, \"items\": []}", "retryThenPass");
        StepDetails d = StepDetails.of(r, "/States/Amount?", r.size(), -1);
        assertEquals("$.amount = 20, not > 1000", d.choiceRules().get(0).explanation());
        assertEquals("Default", d.matchedRule().rule());
        assertEquals("Fulfil", d.matchedRule().next());
    }

    @Test
    void task_with_retries_lists_each_attempt_and_its_backoff() {
        Replay r = order("{\"amount\": 20, \"items\": []}", "retryThenPass");
        StepDetails d = StepDetails.of(r, "/States/Validate", r.size(), -1);
        assertEquals(2, d.attempts().size());
        assertEquals("States.TaskFailed", d.attempts().get(0).error());
        assertEquals(Duration.ofSeconds(2), d.attempts().get(0).backoffAfter());
        assertNull(d.attempts().get(1).error());
        assertEquals(StateStatus.SUCCEEDED, d.status());
        assertTrue(d.resource().endsWith("function:validate"));
    }

    @Test
    void task_shows_each_stage_of_its_data_processing() {
        Replay r = order("{\"amount\": 20, \"items\": []}", "retryThenPass");
        StepDetails d = StepDetails.of(r, "/States/Validate", r.size(), -1);
        List<String> names = d.stages().stream().map(StepDetails.Stage::name).toList();
        assertEquals(List.of("Input", "InputPath", "Parameters", "Result", "ResultSelector", "ResultPath", "Output"), names);
        assertEquals(true, d.stages().get(5).value().get("validation").get("valid").asBoolean());
        assertNull(d.stagesNote());
    }

    @Test
    void details_follow_the_event_shown_not_the_end() {
        Replay r = order("{\"amount\": 20, \"items\": []}", "retryThenPass");
        int failed = ReplayTest.firstIndexOf(r, HistoryEventType.LambdaFunctionFailed);
        StepDetails d = StepDetails.of(r, "/States/Validate", failed + 1, -1);
        assertEquals(StateStatus.RUNNING, d.status());
        assertEquals(1, d.attempts().size());
        assertNull(d.output());
        assertNull(StepDetails.of(r, "/States/Amount?", failed + 1, -1));
    }

    @Test
    void caught_task_reports_its_error() {
        Replay r = order("{\"amount\": 20, \"items\": []}", "invalid");
        StepDetails d = StepDetails.of(r, "/States/Validate", r.size(), -1);
        assertEquals(StateStatus.CAUGHT, d.status());
        assertEquals("Invalid", d.error());
        assertEquals(4, d.attempts().size(), "States.TaskFailed retries every error but States.Timeout");
    }
}

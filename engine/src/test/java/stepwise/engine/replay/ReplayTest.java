package stepwise.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionStatus;
import stepwise.engine.HistoryEvent;
import stepwise.engine.HistoryEventType;
import stepwise.engine.TaskHandler;
import stepwise.model.graph.WorkflowGraph;

class ReplayTest {
    private static final WorkflowGraph ORDER = Histories.graph(Histories.ORDER);

    private static Replay order(String testCase) {
        return Replay.of(ORDER, Histories.run(Histories.ORDER, "{\"amount\": 1200, \"items\": [1, 2, 3]}", testCase));
    }

    @Test
    void picture_before_the_first_event_has_nothing_run() {
        ExecutionPicture p = order("retryThenPass").pictureAt(0);
        assertNull(p.executionStatus());
        assertTrue(p.statuses().values().stream().allMatch(s -> s == StateStatus.NOT_RUN));
    }

    @Test
    void final_picture_shows_each_state_as_it_ended() {
        Replay r = order("retryThenPass");
        ExecutionPicture p = r.pictureAt(r.size());
        assertEquals(ExecutionStatus.SUCCEEDED, p.executionStatus());
        assertEquals(StateStatus.SUCCEEDED, p.statusOf("/States/Validate"));
        assertEquals(StateStatus.SUCCEEDED, p.statusOf("/States/Amount?"));
        assertEquals(StateStatus.SUCCEEDED, p.statusOf("/States/Fulfil/Branches/1/States/Items/ItemProcessor/States/Pack"));
        assertEquals(StateStatus.NOT_RUN, p.statusOf("/States/Rejected"));
        assertEquals(new MapProgress(3, 3, 3, 0, 0), p.mapProgress("/States/Fulfil/Branches/1/States/Items"));
    }

    @Test
    void caught_error_marks_the_state_caught_and_the_fail_state_failed() {
        Replay r = order("invalid");
        ExecutionPicture p = r.pictureAt(r.size());
        assertEquals(ExecutionStatus.FAILED, p.executionStatus());
        assertEquals(StateStatus.CAUGHT, p.statusOf("/States/Validate"));
        assertEquals(StateStatus.FAILED, p.statusOf("/States/Rejected"));
        assertEquals(StateStatus.NOT_RUN, p.statusOf("/States/Amount?"));
    }

    @Test
    void a_task_stays_running_while_it_is_retried_and_its_token_carries_the_error() {
        Replay r = order("retryThenPass");
        int failed = firstIndexOf(r, HistoryEventType.LambdaFunctionFailed);
        ExecutionPicture p = r.pictureAt(failed + 1);
        assertEquals(StateStatus.RUNNING, p.statusOf("/States/Validate"));
        assertEquals("States.TaskFailed", p.tokens().get(0).error());
    }

    @Test
    void parallel_branches_run_their_own_tokens() {
        Replay r = order("retryThenPass");
        int mapEntered = firstIndexOf(r, HistoryEventType.MapStateEntered);
        ExecutionPicture p = r.pictureAt(mapEntered + 1);
        List<TokenPosition> branchTokens = p.tokens().stream().filter(t -> r.token(t.tokenId()).kind() == TokenKind.BRANCH).toList();
        assertEquals(2, branchTokens.size());
        assertEquals("/States/Fulfil/Branches/1/States/Items", branchTokens.get(1).nodeId());
        assertEquals(1, r.token(branchTokens.get(1).tokenId()).index());
        assertTrue(p.moved().arrived());
    }

    @Test
    void map_iterations_are_tokens_of_their_own() {
        Replay r = order("retryThenPass");
        List<Token> iterations = r.iterationsOf("/States/Fulfil/Branches/1/States/Items");
        assertEquals(3, iterations.size());
        assertEquals(List.of(0, 1, 2), iterations.stream().map(Token::index).toList());
        int[] ofSecond = r.eventsOfToken(iterations.get(1).id());
        assertEquals(HistoryEventType.MapIterationStarted, r.event(ofSecond[0]).type());
        assertEquals(HistoryEventType.MapIterationSucceeded, r.event(ofSecond[ofSecond.length - 1]).type());
    }

    @Test
    void stepping_forward_then_back_gives_the_identical_picture() {
        Replay r = order("retryThenPass");
        List<ExecutionPicture> forward = new ArrayList<>();
        for (int k = 0; k <= r.size(); k++) {
            forward.add(r.pictureAt(k));
        }
        for (int k = r.size(); k >= 0; k--) {
            assertEquals(forward.get(k), r.pictureAt(k), "picture at " + k);
        }
    }

    @Test
    void pictures_from_checkpoints_equal_the_pictures_of_a_growing_history() {
        List<HistoryEvent> events = Histories.run(Histories.ORDER, "{\"amount\": 5, \"items\": " + range(200) + "}", "retryThenPass");
        assertTrue(events.size() > 3 * Replay.CHECKPOINT_EVERY);
        Replay whole = Replay.of(ORDER, events);
        Replay growing = Replay.of(ORDER, List.of());
        for (int k = 1; k <= events.size(); k++) {
            growing.append(events.subList(k - 1, k));
            ExecutionPicture a = growing.pictureAt(k);
            ExecutionPicture b = whole.pictureAt(k);
            assertEquals(a.statuses(), b.statuses(), "statuses at " + k);
            assertEquals(a.tokens(), b.tokens(), "tokens at " + k);
            assertEquals(a.maps(), b.maps(), "maps at " + k);
        }
    }

    @Test
    void a_hundred_thousand_events_replay_to_any_event() {
        String loop = Histories.loop(50);
        List<HistoryEvent> events = Histories.run(loop, "{\"n\": 990}", TaskHandler.none(), ExecutionLimits.unlimited());
        assertTrue(events.size() >= 100_000, "events: " + events.size());
        Replay r = Replay.of(Histories.graph(loop), events);
        assertEquals(events.size(), r.size());
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            int k = random.nextInt(r.size() + 1);
            ExecutionPicture p = r.pictureAt(k);
            assertEquals(k, p.position());
            if (k > 0 && r.event(k - 1).type().name().endsWith("StateEntered")) {
                assertEquals(StateStatus.RUNNING, p.statusOf(r.nodeIdOf(k - 1)));
            }
        }
        assertEquals(ExecutionStatus.SUCCEEDED, r.pictureAt(r.size()).executionStatus());
    }

    @Test
    void a_token_opened_on_one_map_iteration_shows_only_that_item() {
        Replay r = order("retryThenPass");
        Token second = r.iterationsOf("/States/Fulfil/Branches/1/States/Items").get(1);
        int[] its = r.eventsOfToken(second.id());
        ExecutionPicture p = r.pictureOfToken(second.id(), its[2] + 1);
        assertEquals(StateStatus.SUCCEEDED, p.statusOf("/States/Fulfil/Branches/1/States/Items/ItemProcessor/States/Pack"));
        assertEquals(StateStatus.NOT_RUN, p.statusOf("/States/Validate"));
    }

    static int firstIndexOf(Replay r, HistoryEventType type) {
        for (int i = 0; i < r.size(); i++) {
            if (r.event(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type);
    }

    static String range(int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(i);
        }
        return sb.append(']').toString();
    }

    @Test
    void unknown_states_of_a_foreign_history_are_listed() {
        Replay r = Replay.of(Histories.graph("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}"),
                Histories.run(Histories.ORDER, "{\"amount\": 5, \"items\": []}", "retryThenPass"));
        assertTrue(r.unknownStates().contains("Validate"));
        assertNotNull(r.pictureAt(r.size()));
    }
}

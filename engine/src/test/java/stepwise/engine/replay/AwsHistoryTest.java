package stepwise.engine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.engine.HistoryEvent;
import stepwise.engine.HistoryEventType;
import stepwise.model.graph.WorkflowGraph;

class AwsHistoryTest {
    static String resource(String name) throws IOException {
        try (InputStream in = AwsHistoryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Replay checks() throws Exception {
        WorkflowGraph graph = Histories.graph(resource("checks.asl.json"));
        return Replay.of(graph, AwsHistory.read(resource("checks-aws-history.json")).events());
    }

    @Test
    void cli_history_is_read_with_payloads_and_times() throws Exception {
        List<HistoryEvent> events = AwsHistory.read(resource("checks-aws-history.json")).events();
        assertEquals(20, events.size());
        assertEquals(HistoryEventType.ExecutionStarted, events.get(0).type());
        assertEquals(250, events.get(0).input().get("amount").asInt());
        assertEquals(1718000000000L, events.get(0).epochMillis());
        assertEquals(1718000001490L, events.get(19).epochMillis());
        assertNull(events.get(3).statePointer());
    }

    @Test
    void imported_history_maps_events_to_the_states_of_each_branch() throws Exception {
        Replay r = checks();
        assertEquals("/States/Checks/Branches/0/States/CreditCheck", r.nodeIdOf(3));
        assertEquals("/States/Checks/Branches/1/States/StockCheck", r.nodeIdOf(4));
        assertEquals("/States/Checks/Branches/1/States/StockCheck", r.nodeIdOf(9));
        assertEquals("StockCheck", r.stepNameOf(9));
        assertEquals(TokenKind.BRANCH, r.tokenOf(9).kind());
        assertEquals(1, r.tokenOf(9).index());
        assertEquals(0, r.tokenOf(11).index());
        assertEquals("/States/Checks", r.nodeIdOf(13));
        assertEquals(TokenKind.EXECUTION, r.tokenOf(13).kind());
        assertTrue(r.unknownStates().isEmpty());
    }

    @Test
    void imported_history_replays_branch_by_branch() throws Exception {
        Replay r = checks();
        ExecutionPicture both = r.pictureAt(9);
        assertEquals(StateStatus.RUNNING, both.statusOf("/States/Checks/Branches/0/States/CreditCheck"));
        assertEquals(StateStatus.RUNNING, both.statusOf("/States/Checks/Branches/1/States/StockCheck"));
        ExecutionPicture stockDone = r.pictureAt(11);
        assertEquals(StateStatus.SUCCEEDED, stockDone.statusOf("/States/Checks/Branches/1/States/StockCheck"));
        assertEquals(StateStatus.RUNNING, stockDone.statusOf("/States/Checks/Branches/0/States/CreditCheck"));
        assertEquals(StateStatus.RUNNING, stockDone.statusOf("/States/Checks"));
        ExecutionPicture end = r.pictureAt(r.size());
        assertEquals(StateStatus.SUCCEEDED, end.statusOf("/States/Ship"));
        assertEquals(StateStatus.NOT_RUN, end.statusOf("/States/Backorder"));
        assertEquals(1, end.tokens().size());
    }

    @Test
    void export_then_import_gives_the_same_events() throws Exception {
        List<HistoryEvent> recorded = Histories.run(Histories.ORDER, "{\"amount\": 1200, \"items\": [1, 2]}", "retryThenPass");
        StringWriter out = new StringWriter();
        AwsHistory.write(recorded, out);
        List<HistoryEvent> read = AwsHistory.read(out.toString()).events();
        assertEquals(recorded.size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(recorded.get(i).toJson(), read.get(i).toJson());
        }
    }

    @Test
    void console_array_with_epoch_seconds_is_read() throws Exception {
        String json = "[{\"id\": 2, \"previousEventId\": 0, \"type\": \"PassStateEntered\", \"timestamp\": 1718000000.25,"
                + " \"stateEnteredEventDetails\": {\"name\": \"A\", \"input\": {\"x\": 1}}},"
                + " {\"id\": 1, \"previousEventId\": 0, \"type\": \"ExecutionStarted\", \"timestamp\": 1718000000.0,"
                + " \"executionStartedEventDetails\": {\"input\": \"{}\"}}]";
        List<HistoryEvent> events = AwsHistory.read(json).events();
        assertEquals(1, events.get(0).id());
        assertEquals(1718000000250L, events.get(1).epochMillis());
        assertEquals(1, events.get(1).input().get("x").asInt());
    }

    @Test
    void pages_of_the_cli_are_joined() throws Exception {
        String json = "[{\"events\": [{\"id\": 1, \"previousEventId\": 0, \"type\": \"ExecutionStarted\", \"timestamp\":"
                + " \"2024-06-10T06:13:20.000Z\"}]}, {\"events\": [{\"id\": 2, \"previousEventId\": 1, \"type\": \"ExecutionSucceeded\","
                + " \"timestamp\": \"2024-06-10T06:13:21.000Z\"}], \"nextToken\": null}]";
        assertEquals(2, AwsHistory.read(json).events().size());
    }

    @Test
    void truncated_payload_text_stays_text() throws Exception {
        String json = "{\"events\": [{\"id\": 1, \"previousEventId\": 0, \"type\": \"ExecutionStarted\", \"timestamp\":"
                + " \"2024-06-10T06:13:20Z\", \"executionStartedEventDetails\": {\"input\": \"{\\\"a\\\": [1, 2\"}}]}";
        assertEquals("{\"a\": [1, 2", AwsHistory.read(json).events().get(0).input().textValue());
    }

    @Test
    void event_types_stepwise_does_not_know_are_skipped_and_named() throws Exception {
        String json = "{\"events\": [{\"id\": 1, \"previousEventId\": 0, \"type\": \"ExecutionStarted\", \"timestamp\":"
                + " \"2024-06-10T06:13:20Z\"}, {\"id\": 2, \"previousEventId\": 1, \"type\": \"SomethingNew\", \"timestamp\":"
                + " \"2024-06-10T06:13:20Z\"}]}";
        AwsHistory.Imported imported = AwsHistory.read(json);
        assertEquals(1, imported.events().size());
        assertEquals(List.of("SomethingNew"), imported.skippedTypes());
    }

    @Test
    void broken_json_says_where() {
        HistoryFormatException e = assertThrows(HistoryFormatException.class, () -> AwsHistory.read("{\"events\": [\n{\"id\": 1,,}]}"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void json_without_events_is_refused_with_what_was_expected() {
        HistoryFormatException e = assertThrows(HistoryFormatException.class, () -> AwsHistory.read("{\"StartAt\": \"A\"}"));
        assertTrue(e.getMessage().contains("events"), e.getMessage());
    }
}

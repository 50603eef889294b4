package stepwise.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final String LOOP = """
            {"StartAt": "Init", "States": {
              "Init": {"Type": "Pass", "Parameters": {"i": 0, "n.$": "$.n"}, "Next": "Inc"},
              "Inc": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)", "n.$": "$.n"}, "Next": "Check"},
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThanPath": "$.n", "Next": "Inc"}], "Default": "Done"},
              "Done": {"Type": "Succeed"}}}""";

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String s) throws Exception {
        return CliJson.parse(s);
    }

    @Test
    void run_prints_status_and_output_and_writes_the_history(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("loop.asl.json");
        Files.writeString(file, LOOP);
        Path history = dir.resolve("history.json");
        Result r = cli("", "run", file.toString(), "--input", "{\"n\": 3}", "--history", history.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(json("{\"status\":\"SUCCEEDED\",\"output\":{\"i\":3,\"n\":3}}"), json(r.out()));
        JsonNode events = json(Files.readString(history)).get("events");
        assertEquals("ExecutionStarted", events.get(0).get("type").asText());
        assertEquals("ExecutionSucceeded", events.get(events.size() - 1).get("type").asText());
    }

    @Test
    void a_failed_execution_exits_with_one(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fail.asl.json");
        Files.writeString(file, "{\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\", \"Error\": \"E\", \"Cause\": \"C\"}}}");
        Result r = cli("", "run", file.toString());
        assertEquals(1, r.code());
        assertEquals(json("{\"status\":\"FAILED\",\"error\":\"E\",\"cause\":\"C\"}"), json(r.out()));
    }

    @Test
    void an_invalid_definition_is_explained_without_running(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.asl.json");
        Files.writeString(file, "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Nowhere\"}}}");
        Result r = cli("", "run", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(file + ":1:") && r.err().contains("error UNKNOWN_TARGET") && r.err().contains("Nowhere"), r.err());
    }

    @Test
    void mocks_answer_tasks(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("orders.asl.json");
        Files.writeString(file, "{\"StartAt\": \"Charge\", \"States\": {\"Charge\": {\"Type\": \"Task\", \"Resource\": "
                + "\"arn:aws:states:::lambda:invoke\", \"End\": true}}}");
        Path mocks = dir.resolve("mocks.json");
        Files.writeString(mocks, "{\"StateMachines\": {\"Orders\": {\"TestCases\": {\"Ok\": {\"Charge\": \"R\"}}}},"
                + " \"MockedResponses\": {\"R\": {\"0\": {\"Return\": {\"paid\": true}}}}}");
        Result r = cli("", "run", file.toString(), "--mocks", mocks.toString(), "--test-case", "Ok");
        assertEquals(json("{\"status\":\"SUCCEEDED\",\"output\":{\"paid\":true}}"), json(r.out()));
    }

    @Test
    void batch_answers_every_line_in_order_even_bad_ones() throws Exception {
        String in = "{\"id\": \"a\", \"definition\": " + LOOP.replace("\n", " ") + ", \"input\": {\"n\": 2}}\n"
                + "not json\n"
                + "{\"id\": \"c\", \"definition\": {\"StartAt\": \"X\", \"States\": {}}}\n";
        Result r = cli(in, "run", "--batch");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length);
        JsonNode first = json(lines[0]);
        assertEquals("a", first.get("id").asText());
        assertEquals("SUCCEEDED", first.get("status").asText());
        assertTrue(first.get("events").size() > 4);
        assertEquals("InvalidRequest", json(lines[1]).get("error").asText());
        assertEquals("InvalidDefinition", json(lines[2]).get("error").asText());
    }

    @Test
    void stats_print_runs_median_and_rate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("loop.asl.json");
        Files.writeString(file, LOOP);
        Result r = cli("", "run", file.toString(), "--input", "{\"n\": 100}", "--repeat", "3", "--stats", "--no-history");
        assertEquals(0, r.code(), r.err());
        JsonNode stats = json(r.out());
        assertEquals(3, stats.get("runs").asInt());
        assertEquals(202, stats.get("transitions").asInt());
        assertTrue(stats.has("medianMs") && stats.has("transitionsPerSecond"));
    }

    @Test
    void test_state_answers_one_request_and_batches() throws Exception {
        Result one = cli("{\"definition\": {\"Type\": \"Pass\", \"Result\": 1, \"Next\": \"B\"}, \"input\": {}, \"inspectionLevel\": \"DEBUG\"}",
                "test-state");
        JsonNode r = json(one.out());
        assertEquals("SUCCEEDED", r.get("status").asText());
        assertEquals("B", r.get("nextState").asText());
        assertEquals(1, r.get("inspectionData").get("result").asInt());
        Result batch = cli("{\"id\": \"x\", \"definition\": {\"Type\": \"Fail\", \"Error\": \"E\"}, \"input\": {}}\n", "test-state", "--batch");
        JsonNode b = json(batch.out().strip());
        assertEquals("x", b.get("id").asText());
        assertEquals("FAILED", b.get("status").asText());
        assertEquals("E", b.get("error").asText());
    }

    @Test
    void a_bad_input_is_a_usage_error(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.asl.json");
        Files.writeString(file, "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
        Result r = cli("", "run", file.toString(), "--input", "{nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--input is not valid JSON"), r.err());
    }

    @Test
    void a_batch_of_a_thousand_executions_answers_every_line_in_order_with_consistent_histories() throws Exception {
        String definition = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\", \"End\": true, \"Branches\": ["
                + "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ItemsPath\": \"$.items\", \"End\": true,"
                + " \"ItemProcessor\": {\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 2, \"End\": true}}}}}},"
                + "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
                + " \"Retry\": [{\"ErrorEquals\": [\"Busy\"], \"MaxAttempts\": 2}], \"End\": true}}}]}}}";
        String mocks = "{\"StateMachines\": {\"L\": {\"TestCases\": {\"C\": {\"T\": \"R\"}}}}, \"MockedResponses\": {\"R\":"
                + " {\"0\": {\"Throw\": {\"Error\": \"Busy\", \"Cause\": \"x\"}}, \"1\": {\"Return\": {\"ok\": 1}}}}}";
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            in.append("{\"id\": \"e").append(i).append("\", \"definition\": ").append(definition)
                    .append(", \"input\": {\"items\": [1, 2, 3]}, \"mockConfig\": ").append(mocks)
                    .append(", \"stateMachineName\": \"L\", \"testCase\": \"C\"}\n");
        }
        Result r = cli(in.toString(), "run", "--batch");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(1000, lines.length);
        for (int i = 0; i < 1000; i++) {
            JsonNode line = json(lines[i]);
            assertEquals("e" + i, line.get("id").asText());
            assertEquals("SUCCEEDED", line.get("status").asText(), lines[i]);
            JsonNode events = line.get("events");
            for (int k = 0; k < events.size(); k++) {
                assertEquals(k + 1, events.get(k).get("id").asInt());
                assertTrue(events.get(k).get("previousEventId").asInt() < k + 1);
            }
        }
    }
}

package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.engine.Runs.json;
import static stepwise.engine.Runs.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelAndMapTest {
    @Test
    void parallel_outputs_the_branch_outputs_in_order() {
        String asl = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 5, "Next": "A2"}, "A2": {"Type": "Pass", "Result": "a", "End": true}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": "b", "End": true}}}]}}}""";
        Execution e = run(asl, "{}");
        assertEquals(json("[\"a\",\"b\"]"), e.output());
        List<String> types = Runs.types(e);
        assertEquals("ParallelStateStarted", types.get(2));
        assertTrue(types.containsAll(List.of("ParallelStateSucceeded", "ParallelStateExited")));
    }

    @Test
    void a_failing_branch_fails_the_parallel_and_stops_the_others() {
        String asl = """
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 100, "Next": "After"}, "After": {"Type": "Pass", "End": true}}},
                  {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "BranchBroke", "Cause": "x"}}}]}}}""";
        Execution e = run(asl, "{}");
        assertEquals(ExecutionStatus.FAILED, e.status());
        assertEquals("BranchBroke", e.error());
        List<String> types = Runs.types(e);
        assertTrue(types.contains("ParallelStateFailed"));
        assertTrue(!types.contains("PassStateEntered"), "the slow branch was stopped: " + types);
    }

    @Test
    void map_runs_the_processor_per_item_with_item_selector_and_context() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemSelector": {"value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "tag.$": "$.tag"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";
        assertEquals(json("[{\"value\":\"a\",\"index\":0,\"tag\":\"t\"},{\"value\":\"b\",\"index\":1,\"tag\":\"t\"}]"),
                Runs.output(asl, "{\"items\":[\"a\",\"b\"],\"tag\":\"t\"}"));
    }

    @Test
    void map_iterations_record_their_events_one_after_the_other() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map",
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";
        Execution e = run(asl, "[1,2]");
        assertEquals(List.of("ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapIterationStarted", "PassStateEntered",
                "PassStateExited", "MapIterationSucceeded", "MapIterationStarted", "PassStateEntered", "PassStateExited",
                "MapIterationSucceeded", "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded"), Runs.types(e));
        assertEquals(1, e.history().get(7).mapIterationIndex());
    }

    @Test
    void max_concurrency_one_runs_iterations_in_turn_even_with_waits() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1,
                  "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10, "End": true}}}, "End": true}}}""";
        Execution e = run(asl, "[1,2,3]");
        List<HistoryEvent> h = e.history();
        assertEquals(java.time.Duration.ofSeconds(30), java.time.Duration.between(h.get(0).timestamp(), h.get(h.size() - 1).timestamp()));
    }

    @Test
    void unlimited_concurrency_waits_side_by_side() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map",
                  "ItemProcessor": {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10, "End": true}}}, "End": true}}}""";
        List<HistoryEvent> h = run(asl, "[1,2,3]").history();
        assertEquals(java.time.Duration.ofSeconds(10), java.time.Duration.between(h.get(0).timestamp(), h.get(h.size() - 1).timestamp()));
    }

    @Test
    void a_failed_iteration_fails_the_map_and_aborts_the_rest() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map",
                  "ItemProcessor": {"StartAt": "C", "States": {
                    "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "F"}], "Default": "W"},
                    "W": {"Type": "Wait", "Seconds": 5, "End": true},
                    "F": {"Type": "Fail", "Error": "Two"}}}, "End": true}}}""";
        Execution e = run(asl, "[1,2,3]");
        assertEquals("Two", e.error());
        List<String> types = Runs.types(e);
        assertTrue(types.contains("MapIterationFailed") && types.contains("MapIterationAborted") && types.contains("MapStateFailed"),
                types.toString());
    }

    @Test
    void tolerated_failures_let_the_map_succeed_and_past_them_it_fails_with_the_threshold_error() {
        String map = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailureCount": %d,
                  "ItemProcessor": {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E", "Cause": "c"}}}, "End": true}}}""";
        Execution ok = run(map.formatted(2), "[1,2]");
        assertEquals(ExecutionStatus.SUCCEEDED, ok.status());
        assertEquals(json("[{\"Error\":\"E\",\"Cause\":\"c\"},{\"Error\":\"E\",\"Cause\":\"c\"}]"), ok.output());
        Execution failed = run(map.formatted(1), "[1,2]");
        assertEquals("States.ExceedToleratedFailureThreshold", failed.error());
        assertEquals("The specified tolerated failure threshold was exceeded", failed.cause());
    }

    @Test
    void item_batcher_groups_items() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"b": 1}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";
        assertEquals(json("[{\"BatchInput\":{\"b\":1},\"Items\":[1,2]},{\"BatchInput\":{\"b\":1},\"Items\":[3]}]"),
                Runs.output(asl, "[1,2,3]"));
    }

    @Test
    void distributed_map_records_only_the_map_run_events() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map",
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";
        Execution e = run(asl, "[1,2]");
        assertEquals(List.of("ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunSucceeded",
                "MapStateSucceeded", "MapStateExited", "ExecutionSucceeded"), Runs.types(e));
        assertEquals(json("[1,2]"), e.output());
    }

    @Test
    void item_reader_reads_csv_from_a_folder_mapped_to_a_bucket(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("people.csv"), "name,age\nAnn,30\n\"Bo, Jr\",4\n");
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map",
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
                    "Parameters": {"Bucket": "data", "Key": "people.csv"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";
        Execution e = Runs.run(Runs.workflow(asl), "{}", Runs.options().withS3Buckets(Map.of("data", folder)), TaskHandler.none());
        assertEquals(json("[{\"name\":\"Ann\",\"age\":\"30\"},{\"name\":\"Bo, Jr\",\"age\":\"4\"}]"), e.output());
    }

    @Test
    void item_reader_reads_nothing_outside_the_mapped_folder_through_a_link_or_dot_dot(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("bucket"));
        Path secret = Files.writeString(tmp.resolve("secret.json"), "[\"not yours\"]");
        Files.createSymbolicLink(folder.resolve("link.json"), secret);
        Files.createSymbolicLink(folder.resolve("outside"), tmp);
        for (String key : new String[] {"link.json", "../secret.json", "outside/secret.json"}) {
            String asl = """
                    {"StartAt": "M", "States": {"M": {"Type": "Map",
                      "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "data", "Key": "%s"}},
                      "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                        "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""".formatted(key);
            Execution e = Runs.run(Runs.workflow(asl), "{}", Runs.options().withS3Buckets(Map.of("data", folder)), TaskHandler.none());
            assertEquals("States.ItemReaderFailed", e.error(), key);
            assertTrue(e.cause().contains("is not in the folder mapped to bucket 'data'"), key + ": " + e.cause());
        }
        String list = """
                {"StartAt": "M", "States": {"M": {"Type": "Map",
                  "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket": "data"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";
        Execution listed = Runs.run(Runs.workflow(list), "{}", Runs.options().withS3Buckets(Map.of("data", folder)), TaskHandler.none());
        assertEquals(json("[]"), listed.output(), "links out of the folder are not listed as objects: " + listed.error() + " " + listed.cause());
    }

    @Test
    void a_map_over_no_items_succeeds_at_once_with_an_empty_array() {
        String inline = """
                {"StartAt": "M", "States": {"M": {"Type": "Map",
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "Next": "Done"},
                  "Done": {"Type": "Succeed"}}}""";
        Execution e = run(inline, "[]");
        assertEquals(json("[]"), e.output());
        assertEquals(List.of("ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapStateSucceeded", "MapStateExited",
                "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded"), Runs.types(e));
        String distributed = inline.replace("\"ItemProcessor\": {", "\"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"}, ");
        assertEquals(json("[]"), run(distributed, "[]").output());
    }

    @Test
    void item_reader_on_an_unmapped_bucket_fails_saying_how_to_map_it() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map",
                  "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "Parameters": {"Bucket": "nowhere", "Key": "k.json"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}""";
        Execution e = run(asl, "{}");
        assertEquals("States.ItemReaderFailed", e.error());
        assertTrue(e.cause().contains("--s3-bucket nowhere="), e.cause());
    }

    @Test
    void map_retry_starts_the_map_again_without_a_failed_event_in_between() {
        String asl = """
                {"StartAt": "M", "States": {"M": {"Type": "Map", "Retry": [{"ErrorEquals": ["E"], "MaxAttempts": 1, "IntervalSeconds": 1}],
                  "ItemProcessor": {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E"}}}, "End": true}}}""";
        List<String> types = Runs.types(run(asl, "[1]"));
        assertEquals(List.of("ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapIterationStarted", "FailStateEntered",
                "MapIterationFailed", "MapStateStarted", "MapIterationStarted", "FailStateEntered", "MapIterationFailed", "MapStateFailed",
                "ExecutionFailed"), types);
    }
}

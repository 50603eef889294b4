package stepwise.app.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import stepwise.app.cli.Cli;
import stepwise.assets.Example;
import stepwise.assets.ExampleInput;
import stepwise.assets.ExampleTestCase;
import stepwise.assets.Examples;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.HistoryEvent;
import stepwise.engine.MockConfigFile;
import stepwise.engine.Workflow;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.asl.State;
import stepwise.model.edit.JsonWriter;
import stepwise.model.validate.Validator;

/** Every bundled example validates cleanly and each of its test cases ends as its metadata says. */
class BundledExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_five_examples_are_listed_in_display_order() {
        assertEquals(List.of("order-processing", "contract-approval", "trip-booking-saga", "order-items-map", "loyalty-checkout"),
                Examples.list().stream().map(Example::id).toList());
    }

    @TestFactory
    Stream<DynamicTest> every_example_validates_without_errors_or_warnings() {
        return Examples.list().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            List<Diagnostic> diagnostics = Validator.validate(AslDocument.of(e.workflow()));
            assertEquals(List.of(), diagnostics, e.id() + " has validation findings");
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_state_narrates_its_business_step_in_a_comment() {
        return Examples.list().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            AslDocument doc = AslDocument.of(e.workflow());
            assertNotNull(doc.machine().comment(), e.id() + " has no top-level Comment");
            for (State s : doc.machine().allStates()) {
                String comment = s.comment();
                assertTrue(comment != null && comment.length() >= 12 && comment.matches("(?s)[A-Z].*[.?!]"),
                        e.id() + ": state " + s.name() + " needs a Comment that narrates its step as a sentence, not " + comment);
                assertTrue(comment.length() <= 200, e.id() + ": the Comment of " + s.name() + " is too long for a caption");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_file_an_example_writes_is_in_canonical_form() {
        return Examples.list().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            List<String> texts = new ArrayList<>(List.of(e.workflow(), e.mocks()));
            e.inputs().values().forEach(i -> texts.add(i.json()));
            for (String text : texts) {
                assertEquals(JsonWriter.canonical(AslDocument.of(text).root(), "\n"), text,
                        e.id() + ": a file is not as `stepwise format` writes it, so Format would change it");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> the_mock_file_has_exactly_the_test_cases_the_metadata_describes() {
        return Examples.list().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            MockConfigFile mocks = MockConfigFile.parse(e.mocks());
            assertEquals(Set.of(e.stateMachine()), mocks.stateMachines());
            assertEquals(List.copyOf(e.testCases().keySet()), List.copyOf(mocks.testCases(e.stateMachine())));
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_input_is_a_json_object_that_some_test_case_runs_on() {
        return Examples.list().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            Set<String> used = new HashSet<>();
            e.testCases().values().forEach(c -> used.add(c.input()));
            for (ExampleInput input : e.inputs().values()) {
                assertTrue(JSON.readTree(input.json()).isObject(), e.id() + ": " + input.fileName() + " is not a JSON object");
                assertTrue(used.contains(input.name()), e.id() + ": no test case runs on " + input.fileName());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_test_case_ends_with_the_status_and_error_of_its_metadata() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Example e : Examples.list()) {
            for (ExampleTestCase c : e.testCases().values()) {
                tests.add(DynamicTest.dynamicTest(e.id() + " / " + c.name(), () -> {
                    Workflow workflow = Workflow.load(AslDocument.of(e.workflow()));
                    Execution run = workflow.run(e.input(c.input()).json(),
                            ExecutionOptions.defaults().withStateMachineName(e.stateMachine()),
                            MockConfigFile.parse(e.mocks()).testCase(e.stateMachine(), c.name()));
                    String what = e.id() + " / " + c.name() + " ended " + run.status() + " " + run.error() + ": " + run.cause();
                    assertEquals(c.expectedStatus(), run.status().name(), what);
                    assertEquals(c.expectedError(), run.error(), what);
                    Set<String> entered = new HashSet<>();
                    for (HistoryEvent event : run.history()) {
                        if (event.type().name().endsWith("StateEntered")) {
                            entered.add(event.stateName());
                        }
                    }
                    for (String state : c.visits()) {
                        assertTrue(entered.contains(state), e.id() + " / " + c.name() + " never entered " + state);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> the_cli_runs_every_test_case_from_the_files_an_example_writes(@TempDir Path dir) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Example e : Examples.list()) {
            for (ExampleTestCase c : e.testCases().values()) {
                tests.add(DynamicTest.dynamicTest(e.id() + " / " + c.name(), () -> {
                    Path folder = dir.resolve(e.id());
                    if (!Files.exists(folder)) {
                        e.writeTo(folder);
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ByteArrayOutputStream err = new ByteArrayOutputStream();
                    int code = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8)).run(e.runArguments(folder, c.name()).toArray(String[]::new));
                    assertEquals("", err.toString(StandardCharsets.UTF_8));
                    assertEquals(c.expectedStatus().equals("SUCCEEDED") ? 0 : 1, code);
                    JsonNode result = JSON.readTree(out.toString(StandardCharsets.UTF_8));
                    assertEquals(c.expectedStatus(), result.path("status").asText());
                    assertEquals(c.expectedError(), result.path("error").isMissingNode() ? null : result.path("error").asText());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void writing_an_example_lays_out_the_bundled_files(@TempDir Path dir) throws Exception {
        Example e = Examples.find("order-processing").orElseThrow();
        Path workflow = e.writeTo(dir);
        assertEquals(dir.resolve("order-processing.asl.json"), workflow);
        assertEquals(e.workflow(), Files.readString(workflow, StandardCharsets.UTF_8));
        assertEquals(e.mocks(), Files.readString(dir.resolve("mocks.json"), StandardCharsets.UTF_8));
        for (ExampleInput input : e.inputs().values()) {
            assertEquals(input.json(), Files.readString(dir.resolve(input.fileName()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void writing_an_example_over_existing_files_fails_and_keeps_them(@TempDir Path dir) throws Exception {
        Example e = Examples.find("trip-booking-saga").orElseThrow();
        Path mine = dir.resolve("mocks.json");
        Files.writeString(mine, "my own mocks");
        assertThrows(FileAlreadyExistsException.class, () -> e.writeTo(dir));
        assertEquals("my own mocks", Files.readString(mine));
        assertFalse(Files.exists(dir.resolve(e.workflowFileName())));
    }

    @Test
    void an_unknown_example_is_not_found() {
        assertTrue(Examples.find("no-such-example").isEmpty());
    }
}

package stepwise.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stepwise.app.WorkflowFiles;
import stepwise.app.cli.Cli;
import stepwise.assets.Example;
import stepwise.assets.Examples;
import stepwise.canvas.layout.LayoutFile;
import stepwise.canvas.layout.LayoutPins;
import stepwise.canvas.layout.WorkflowLayouter;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.MockConfigFile;
import stepwise.engine.TaskHandler;
import stepwise.engine.Workflow;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;
import stepwise.model.asl.TaskState;
import stepwise.model.validate.Validator;

/**
 * Opening a file, or running it with mocks, never starts a process, opens a network connection or reads
 * files outside what the user chose: every bundled example and the fuzz corpus (with damaged copies) go
 * through what opening does (read, parse, validate, the layout file, the layout) and a run with mocks,
 * in the API and the CLI, under a {@link SafetyGuard}.
 */
class OpenAndRunSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path chosen;

    /** What the window does to a file it opens, up to the drawing. */
    private static AslDocument open(Path file) throws Exception {
        AslDocument doc = WorkflowFiles.read(file);
        Validator.validate(doc);
        if (!doc.hasSyntaxErrors() && doc.graph() != null) {
            LayoutPins pins;
            try {
                pins = LayoutFile.read(file);
            } catch (java.io.IOException damaged) {
                pins = LayoutPins.NONE;
            }
            new WorkflowLayouter().layout(doc.graph(), pins);
        }
        return doc;
    }

    private static int cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void opening_and_running_every_example_with_its_mocks_stays_inside_what_the_user_chose() throws Exception {
        List<Path> folders = new ArrayList<>();
        for (Example e : Examples.list()) {
            Path folder = chosen.resolve(e.id());
            e.writeTo(folder);
            LayoutFile.write(folder.resolve(e.workflowFileName()), LayoutPins.NONE);
            folders.add(folder);
        }
        List<String> caught = SafetyGuard.watch(List.of(chosen), () -> {
            for (Example e : Examples.list()) {
                Path folder = chosen.resolve(e.id());
                Path workflow = folder.resolve(e.workflowFileName());
                AslDocument doc = open(workflow);
                MockConfigFile mocks = MockConfigFile.parse(Files.readString(folder.resolve(Example.MOCKS_FILE)));
                for (String testCase : e.testCases().keySet()) {
                    String input = Files.readString(folder.resolve(e.input(e.testCase(testCase).input()).fileName()));
                    var run = Workflow.load(doc).run(input, ExecutionOptions.defaults().withStateMachineName(e.stateMachine()),
                            mocks.testCase(e.stateMachine(), testCase));
                    assertEquals(e.testCase(testCase).expectedStatus(), run.status().name(), e.id() + " / " + testCase);
                }
                assertEquals(0, cli("validate", workflow.toString()));
                List<String> run = e.runArguments(folder, e.defaultTestCase());
                cli(run.toArray(String[]::new));
            }
        });
        assertEquals(List.of(), caught);
        assertEquals(Examples.list().size(), folders.size());
    }

    @Test
    void opening_and_running_the_fuzz_corpus_and_damaged_copies_stays_inside_what_the_user_chose() throws Exception {
        List<Path> files = new ArrayList<>();
        Mutator mutator = new Mutator(20260301L);
        int n = 0;
        for (String name : new String[] {"orders.asl.json", "tally.asl.json", "approval.asl.yaml"}) {
            String text;
            try (InputStream in = FuzzTest.class.getResourceAsStream(name)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String ext = name.substring(name.indexOf('.'));
            Path original = chosen.resolve(name);
            Files.writeString(original, text);
            files.add(original);
            for (int i = 0; i < 60; i++) {
                Path damaged = chosen.resolve("case" + n++ + ext);
                Files.writeString(damaged, mutator.mutate(text));
                files.add(damaged);
            }
        }
        ExecutionOptions options = ExecutionOptions.defaults().withLimits(ExecutionLimits.AWS.withMaxHistoryEvents(2_000)
                .withExpressionTimeout(Duration.ofSeconds(2)));
        int ran = 0;
        List<String> caught;
        int[] runs = new int[1];
        caught = SafetyGuard.watch(List.of(chosen), () -> {
            for (Path file : files) {
                AslDocument doc = open(file);
                if (doc.hasSyntaxErrors() || doc.machine() == null) {
                    continue;
                }
                Path mockFile = file.resolveSibling(file.getFileName() + ".mocks.json");
                Files.writeString(mockFile, mocksFor(doc));
                TaskHandler tasks;
                try {
                    tasks = MockConfigFile.parse(Files.readString(mockFile)).testCase("Safety", "Case");
                } catch (IllegalArgumentException refused) {
                    tasks = TaskHandler.none();
                }
                try {
                    Workflow.load(doc).run("{\"orderId\": \"A-1\", \"items\": [{\"sku\": \"x\"}], \"total\": 10}", options, tasks);
                    runs[0]++;
                } catch (InvalidDefinitionException | IllegalArgumentException refused) {
                    // refused with a message: nothing ran
                }
            }
        });
        ran = runs[0];
        assertEquals(List.of(), caught);
        assertTrue(ran >= 3, "the corpus itself runs (" + ran + " runs)");
    }

    @Test
    void the_guard_catches_a_read_outside_a_connection_and_a_process() throws Exception {
        List<String> caught = SafetyGuard.watch(List.of(chosen), () -> {
            try {
                Files.readAllBytes(Path.of("/etc/hostname"));
            } catch (java.io.IOException | SecurityException ignored) {
                // only what the guard saw matters
            }
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 200);
            } catch (java.io.IOException | SecurityException ignored) {
                // idem
            }
            try {
                new ProcessBuilder("true").start();
            } catch (java.io.IOException | SecurityException ignored) {
                // idem
            }
        });
        assertTrue(caught.stream().anyMatch(v -> v.startsWith("files: read /etc/hostname")), caught.toString());
        assertTrue(caught.stream().anyMatch(v -> v.startsWith("network:")), caught.toString());
        assertTrue(caught.stream().anyMatch(v -> v.startsWith("process:")), caught.toString());
    }

    /** Every Task answered by the mock file, alternately with a result and an error. */
    private static String mocksFor(AslDocument doc) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode testCase = root.putObject("StateMachines").putObject("Safety").putObject("TestCases").putObject("Case");
        ObjectNode responses = root.putObject("MockedResponses");
        for (State s : doc.machine().allStates()) {
            if (s instanceof TaskState) {
                testCase.put(s.name(), "R");
            }
        }
        ObjectNode r = responses.putObject("R");
        r.putObject("0").putObject("Return").put("ok", true);
        r.putObject("1").putObject("Throw").put("Error", "States.TaskFailed").put("Cause", "mocked");
        r.putObject("2-9").putObject("Return").put("ok", true);
        return JSON.writeValueAsString(root);
    }
}

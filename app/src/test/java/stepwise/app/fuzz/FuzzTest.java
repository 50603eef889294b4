package stepwise.app.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stepwise.app.cli.Cli;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.Syntax;
import stepwise.model.asl.State;
import stepwise.model.edit.Connect;
import stepwise.model.edit.DeleteState;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.EditException;
import stepwise.model.edit.MoveState;
import stepwise.model.edit.RenameState;
import stepwise.model.edit.SetField;
import stepwise.model.edit.TextEdit;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;
import stepwise.model.sample.WorkflowGenerator;
import stepwise.model.validate.Validator;

/**
 * Fuzzing: thousands of damaged workflows through every stage that reads a file (parse, validate,
 * format, edit, export as a picture, the model's commands, run). Nothing may throw, hang past the time bound, or print a stack
 * trace; every problem must come back as a diagnostic or a plain message. A seeded, bounded run
 * happens on every build; a longer one on demand:
 *
 *   ./mvnw -B -q -pl app -am test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.cases=20000 -Dfuzz.seed=7
 *
 * A failing case is written to app/target/fuzz-failures/ to reproduce it.
 */
class FuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.cases", 1200);
    private static final long SEED = Long.getLong("fuzz.seed", 20261121L);
    private static final long BOUND_SECONDS = 10;
    private static final String SAMPLE_INPUT = """
            {"orderId": "A-17", "total": 120.5, "delay": 3, "status": "new", "condition": true,
             "items": [{"sku": "x", "amount": 70}, {"sku": "y", "amount": 40}], "validation": {"valid": true}}
            """;

    private static ExecutorService worker;
    private final List<String> failures = new ArrayList<>();
    private final java.util.Map<String, long[]> stages = new java.util.TreeMap<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startWorker() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 3, unit = TimeUnit.HOURS)
    void damaged_workflows_never_crash_parse_validate_format_edit_export_commands_or_run() throws Exception {
        List<String> corpus = corpus();
        Mutator mutator = new Mutator(SEED);
        Random random = new Random(SEED);
        long start = System.nanoTime();
        for (int i = 0; i < CASES && failures.size() < 10; i++) {
            String seedText = corpus.get(i % corpus.size());
            boolean yaml = seedText.startsWith("#");
            String text = mutator.mutate(seedText);
            long caseSeed = random.nextLong();
            int index = i;
            bounded(index, "parse+validate", text, () -> parseAndValidate(text, yaml, caseSeed));
            bounded(index, "commands", text, () -> commands(text, yaml, caseSeed));
            if (i % 4 == 0) {
                bounded(index, "cli", text, () -> cli(text, yaml, caseSeed));
            }
            if (i % 3 == 0) {
                String input = mutator.mutate(SAMPLE_INPUT);
                bounded(index, "run", ExecutionFuzz.replayable(text, yaml, input, caseSeed), () -> ExecutionFuzz.run(text, yaml, input, caseSeed));
            }
            if (i % 8 == 0) {
                byte[] damaged = mutator.damageBytes(seedText.getBytes(StandardCharsets.UTF_8));
                bounded(index, "bytes", new String(damaged, StandardCharsets.ISO_8859_1),
                        () -> Validator.validate(AslDocument.decode(damaged, yaml ? Syntax.YAML : Syntax.JSON)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fuzz: %d cases (seed %d) in %.1f s, %d failures%n", CASES, SEED, seconds, failures.size());
        stages.forEach((stage, t) -> System.out.printf("fuzz:   %-15s %6d runs, %7.1f s%n", stage, t[0], t[1] / 1e9));
        if (!failures.isEmpty()) {
            fail(failures.size() + " fuzz failures (seed " + SEED + "):\n" + String.join("\n", failures));
        }
    }

    /** Replays a failed run case written by this test: {@code -Dfuzz.replay=app/target/fuzz-failures/case-...-run.txt}. */
    @Test
    void replay_a_recorded_run_case() throws Exception {
        String file = System.getProperty("fuzz.replay");
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null, "set -Dfuzz.replay=FILE to replay a case");
        ExecutionFuzz.replay(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    }

    private static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : new String[] {"orders.asl.json", "tally.asl.json", "approval.asl.yaml"}) {
            try (InputStream in = FuzzTest.class.getResourceAsStream(name)) {
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        out.add(WorkflowGenerator.generate(40, 1));
        return out;
    }

    private void bounded(int index, String stage, String text, Task task) throws IOException {
        Future<?> f = worker.submit(() -> {
            task.run();
            return null;
        });
        long t0 = System.nanoTime();
        try {
            f.get(BOUND_SECONDS, TimeUnit.SECONDS);
            long[] tally = stages.computeIfAbsent(stage, k -> new long[2]);
            tally[0]++;
            tally[1] += System.nanoTime() - t0;
        } catch (TimeoutException e) {
            f.cancel(true);
            record(index, stage, "took longer than " + BOUND_SECONDS + " s", text);
            worker.shutdownNow();
            startWorker();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            record(index, stage, cause.toString() + " at " + firstFrame(cause), text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstFrame(Throwable t) {
        return t.getStackTrace().length > 0 ? t.getStackTrace()[0].toString() : "?";
    }

    private void record(int index, String stage, String what, String text) throws IOException {
        Path dir = Path.of("target", "fuzz-failures");
        Files.createDirectories(dir);
        Path file = dir.resolve("case-" + SEED + "-" + index + "-" + stage + ".txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        failures.add("case " + index + " " + stage + ": " + what + " (input: " + file + ")");
    }

    private static void parseAndValidate(String text, boolean yaml, long seed) {
        AslDocument doc = AslDocument.of(text, yaml ? Syntax.YAML : Syntax.JSON);
        doc.machine();
        doc.graph();
        doc.style();
        if (!text.isEmpty()) {
            doc.pointerAt(new Random(seed).nextInt(text.length()));
        }
        for (Diagnostic d : Validator.validate(doc)) {
            if (d.message() == null || d.message().isBlank() || d.span().end() > text.length()) {
                throw new AssertionError("bad diagnostic " + d);
            }
        }
    }

    /** On a document that parses, a command either refuses with a message or yields text that still parses. */
    private static void commands(String text, boolean yaml, long seed) {
        AslDocument doc = AslDocument.of(text, yaml ? Syntax.YAML : Syntax.JSON);
        if (doc.machine() == null) {
            return;
        }
        List<State> states = doc.machine().allStates();
        if (states.isEmpty()) {
            return;
        }
        Random random = new Random(seed);
        State s = states.get(random.nextInt(states.size()));
        State other = states.get(random.nextInt(states.size()));
        List<EditCommand> commands = List.of(
                new RenameState(s.pointer(), s.name() + " renamed"),
                new DeleteState(s.pointer()),
                new SetField(s.pointer().append("Comment"), Json.string("fuzzed")),
                Connect.next(s.pointer(), other.name()),
                new MoveState(s.pointer(), JsonPointer.ROOT));
        for (EditCommand c : commands) {
            try {
                List<TextEdit> edits = c.edits(doc);
                AslDocument after = doc.apply(edits);
                if (!doc.hasSyntaxErrors() && after.hasSyntaxErrors()) {
                    throw new AssertionError(c.description() + " broke the syntax: " + after.syntaxDiagnostics().get(0));
                }
            } catch (EditException refused) {
                if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                    throw new AssertionError(c.description() + " refused without a message");
                }
            }
        }
    }

    private void cli(String text, boolean yaml, long seed) throws IOException {
        Path file = tmp.resolve("case" + (yaml ? ".asl.yaml" : ".asl.json"));
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        AslDocument doc = AslDocument.of(text, yaml ? Syntax.YAML : Syntax.JSON);
        String name = doc.machine() != null && !doc.machine().states().isEmpty() ? doc.machine().states().get(0).name() : "X";
        String[][] runs = {
            {"validate", file.toString()},
            {"format", file.toString()},
            {"edit", file.toString(), "--rename", name + "=Renamed"},
            {"edit", file.toString(), "--delete", name},
            {"edit", file.toString(), "--set", "/Comment=\"c\""},
            {"export", file.toString(), "--svg", tmp.resolve("case.svg").toString()},
            {"export", file.toString(), "--png", tmp.resolve("case.png").toString(), "--scale", "0.5"},
        };
        for (String[] args : runs) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
            String errText = err.toString(StandardCharsets.UTF_8);
            if (code > 2 || errText.contains("\tat ")) {
                throw new AssertionError(String.join(" ", args).replace(file.toString(), "FILE") + " exited " + code + ": " + errText);
            }
        }
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }
}

package stepwise.app.bench;

import java.io.PrintStream;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.sample.WorkflowGenerator;
import stepwise.model.validate.Validator;

/**
 * {@code stepwise bench validate}: parse + validate of a generated 1,000-state workflow (Choices,
 * Parallels, Maps, Retry/Catch), as the editor does after each pause in typing. Target: under 50 ms warm.
 */
public final class ValidateBench implements Benchmark {
    static final int STATES = 1000;
    static final long SEED = 42;
    static final double TARGET_MS = 50;
    /** Validation runs through many small classes; the JIT needs a few hundred runs to settle. */
    private static final int WARMUP = 200;
    private static final int RUNS = 51;

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String description() {
        return "parse + validate a generated " + STATES + "-state workflow (target < " + (int) TARGET_MS + " ms)";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        String text = WorkflowGenerator.generate(STATES, SEED);
        List<Diagnostic> diagnostics = Validator.validate(AslDocument.of(text));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        out.printf("workflow: %d states, %d characters; %d diagnostics (%d errors)%n", STATES, text.length(), diagnostics.size(),
                errors);
        Timing parseOnly = Timing.of(WARMUP, RUNS, () -> AslDocument.of(text).root());
        out.println(parseOnly.line("parse only", TARGET_MS));
        Validator validator = new Validator();
        Timing both = Timing.of(WARMUP, RUNS, () -> validator.check(AslDocument.of(text)));
        out.println(both.line("parse + validate", TARGET_MS));
    }
}

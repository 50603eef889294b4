package stepwise.app.inspector;

import java.io.PrintStream;
import java.util.List;
import stepwise.app.bench.Benchmark;
import stepwise.app.bench.Timing;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;
import stepwise.model.asl.StateType;
import stepwise.model.edit.SetField;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;
import stepwise.model.sample.WorkflowGenerator;
import stepwise.model.validate.Validator;

/**
 * {@code stepwise bench inspector}: one commit of an inspector field on a generated 1,000-state
 * workflow, as after Enter in a Retry cell: the command's edits, the check of the document it would
 * make by the validator, and the command carried out on the session (with its re-parse). Target: under
 * 100 ms, so that a commit feels immediate. No JavaFX is involved.
 */
public final class InspectorBench implements Benchmark {
    private static final int STATES = 1000;
    private static final long SEED = 42;
    private static final double TARGET_MS = 100;

    @Override
    public String name() {
        return "inspector";
    }

    @Override
    public String description() {
        return "1,000 states: one inspector commit, checked by the validator and executed (< " + (int) TARGET_MS + " ms)";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        WorkflowSession session = new WorkflowSession(AslDocument.of(WorkflowGenerator.generate(STATES, SEED)));
        State task = session.document().machine().allStates().stream()
                .filter(s -> s.type() == StateType.TASK && s.raw().has("Retry")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the generated workflow has no Task with a Retry"));
        InspectorEdits edits = new InspectorEdits(new Validator());
        edits.setSession(session);
        edits.setCurrent(InspectedState.find(session.document(), task.pointer()));
        JsonPointer cell = Paths.of("Retry", 0, "MaxAttempts");
        JsonPointer at = task.pointer().append("Retry").append(0).append("MaxAttempts");
        out.printf("workflow: %d states, %,d characters; field %s%n", session.document().machine().allStates().size(),
                session.text().length(), at);
        int[] n = {0};
        Timing commit = Timing.of(30, 41, () -> {
            String failure = edits.run(new SetField(at, Json.number(3 + (n[0]++ % 2))), List.of(cell));
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return session.version();
        });
        out.println(commit.line("inspector commit (check + execute)", TARGET_MS));
    }
}

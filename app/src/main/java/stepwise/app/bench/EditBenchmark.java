package stepwise.app.bench;

import java.io.PrintStream;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;
import stepwise.model.edit.RenameState;
import stepwise.model.edit.TextEdit;
import stepwise.model.sample.WorkflowGenerator;

/**
 * {@code stepwise bench edit}: on a generated workflow of 1,000 states, the re-parse after a
 * one-character edit (target under 20 ms) and a rename command computing its edits and applying them
 * to the text (target under 10 ms).
 */
public final class EditBenchmark implements Benchmark {
    private static final int STATES = 1000;
    private static final long SEED = 42;

    @Override
    public String name() {
        return "edit";
    }

    @Override
    public String description() {
        return "1,000 states: re-parse after a one-character edit (< 20 ms), rename command (< 10 ms)";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        String text = WorkflowGenerator.generate(STATES, SEED);
        AslDocument document = AslDocument.of(text);
        out.printf("workflow: %d states, %,d characters%n", document.machine().allStates().size(), text.length());

        int digit = firstDigitAfter(text, "\"Seconds\": ");
        String edited = text.substring(0, digit) + (text.charAt(digit) == '9' ? '8' : '9') + text.substring(digit + 1);
        AslDocument[] current = {document};
        Timing reparse = Timing.of(20, 41, () -> {
            current[0] = current[0].withText(current[0].text().equals(text) ? edited : text);
            return current[0].root();
        });
        out.println(reparse.line("re-parse after a one-character edit", 20));

        State target = mostReferenced(document);
        RenameState rename = new RenameState(target.pointer(), target.name() + " renamed");
        int[] editCount = {0};
        Timing renaming = Timing.of(20, 41, () -> {
            List<TextEdit> edits = rename.edits(document);
            editCount[0] = edits.size();
            return TextEdit.apply(text, edits);
        });
        out.println(renaming.line("rename \"" + target.name() + "\" (" + editCount[0] + " edits)", 10));

        Timing full = Timing.of(10, 21, () -> {
            AslDocument fresh = AslDocument.of(text);
            return fresh.apply(rename.edits(fresh)).root();
        });
        out.println(full.line("rename on a fresh parse, then re-parse (all)", 50));
    }

    private static int firstDigitAfter(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("the generated workflow has no " + marker.trim());
        }
        return at + marker.length();
    }

    /** The state named by the most transitions, so that the rename has work to do. */
    private static State mostReferenced(AslDocument document) {
        var graph = document.graph();
        State best = document.machine().states().get(0);
        int most = -1;
        for (var node : graph.nodes()) {
            int incoming = graph.incoming(node.id()).size();
            if (incoming > most) {
                most = incoming;
                best = node.state();
            }
        }
        return best;
    }
}

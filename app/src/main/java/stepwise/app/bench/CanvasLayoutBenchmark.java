package stepwise.app.bench;

import java.io.PrintStream;
import java.util.List;
import stepwise.canvas.layout.LayoutPins;
import stepwise.canvas.layout.WorkflowLayouter;
import stepwise.model.AslDocument;
import stepwise.model.edit.TextEdit;
import stepwise.model.sample.WorkflowGenerator;

/**
 * The canvas's layout on a generated 1,000-state workflow, without a display: opening it (parse, graph,
 * layout from an empty cache), and laying it out again after single edits with the cache of the
 * version before. The paint side is measured by {@code CanvasPaintBenchmarkTest} (Maven profile bench).
 */
public final class CanvasLayoutBenchmark implements Benchmark {
    static final int STATES = 1000;
    static final long SEED = 42;
    private static final int WARMUP = 5;
    private static final int RUNS = 11;

    @Override
    public String name() {
        return "canvas";
    }

    @Override
    public String description() {
        return "canvas layout of a generated 1,000-state workflow: open, and after one edit (targets: paint included 1500 / 100 ms)";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        String text = WorkflowGenerator.generate(STATES, SEED);
        AslDocument doc = AslDocument.of(text);
        out.println(Timing.of(WARMUP, RUNS, () -> AslDocument.of(text).graph()).line("parse and build the graph", 1500));
        out.println(Timing.of(WARMUP, RUNS, () -> new WorkflowLayouter().layout(doc.graph(), LayoutPins.NONE))
                .line("lay out from an empty cache", 1500));
        out.println(Timing.of(WARMUP, RUNS, () -> {
            AslDocument d = AslDocument.of(text);
            return new WorkflowLayouter().layout(d.graph(), LayoutPins.NONE);
        }).line("open: parse, graph and layout", 1500));
        edit(out, doc, "edit a Wait's seconds: layout", SampleEdits.changeWait(doc));
        edit(out, doc, "insert a state at the top: layout", SampleEdits.insertPass(doc.machine(), 120, "Inserted"));
        edit(out, doc, "insert a state in a branch: layout", SampleEdits.insertPass(SampleEdits.nested(doc, 8), 2, "Inserted"));
        out.println(Timing.of(WARMUP, RUNS, () -> doc.withText(TextEdit.apply(text, SampleEdits.changeWait(doc))).graph())
                .line("one edit: parse the new text (editor, off FX)", 100));
    }

    /** Lays out {@code doc} (filling the cache), then times the layout of the edited text with that cache. */
    private static void edit(PrintStream out, AslDocument doc, String label, List<TextEdit> edits) {
        AslDocument edited = doc.withText(TextEdit.apply(doc.text(), edits));
        edited.graph();
        WorkflowLayouter warm = new WorkflowLayouter();
        warm.layout(doc.graph(), LayoutPins.NONE);
        double[] ms = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            WorkflowLayouter layouter = warm.withSameCache();
            long t0 = System.nanoTime();
            layouter.layout(edited.graph(), LayoutPins.NONE);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        out.println(Timing.of(ms).line(label, 100));
    }
}

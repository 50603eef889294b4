package stepwise.app.editor;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;

/**
 * What the background pass made of one version of the text: its parse, its problems, its style runs
 * (with squiggles) and fold regions, all in the editor's coordinates. Immutable.
 */
public record Analysis(long version, AslDocument document, List<Diagnostic> diagnostics, StyleRuns runs, FoldRegions folds,
                       LineBreakMap breaks, long startedNanos, long finishedNanos) {
    public Analysis {
        diagnostics = List.copyOf(diagnostics);
    }
}

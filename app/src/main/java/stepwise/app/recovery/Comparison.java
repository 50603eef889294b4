package stepwise.app.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import stepwise.app.WorkflowFiles;
import stepwise.assets.Example;
import stepwise.assets.Examples;

/**
 * What recovered work is compared with, and the difference: the file on disk; for a workflow never saved,
 * the example it was made from, or nothing.
 *
 * @param summary one line on what was compared and what differs
 * @param diff    from the baseline to the recovered text
 */
public record Comparison(String summary, LineDiff diff) {
    static final int CONTEXT = 3;

    /** Reads the baseline and compares (reads a file: call it off the FX thread). */
    public static Comparison of(RecoveredWork work) {
        if (work.file() != null) {
            if (!Files.exists(work.file())) {
                return new Comparison("The file is no longer on disk. Restore it to save it again.", LineDiff.of("", work.text(), CONTEXT));
            }
            String disk;
            try {
                disk = WorkflowFiles.read(work.file()).text();
            } catch (IOException | RuntimeException e) {
                return new Comparison("The file on disk cannot be read (" + e.getMessage() + "); this is the text that was not saved.",
                        LineDiff.of("", work.text(), CONTEXT));
            }
            LineDiff diff = LineDiff.of(disk, work.text(), CONTEXT);
            return new Comparison(diff.isEmpty() ? "The same as the file on disk: it was saved after all."
                    : "Changes not saved to the file on disk: " + counts(diff) + ".", diff);
        }
        Example example = work.exampleId() == null ? null : Examples.find(work.exampleId()).orElse(null);
        if (example != null) {
            LineDiff diff = LineDiff.of(example.workflow(), work.text(), CONTEXT);
            return new Comparison("Made from the example \u201c" + example.title() + "\u201d, never saved"
                    + (diff.isEmpty() ? "; no changes to the example." : ". Changes to the example: " + counts(diff) + "."), diff);
        }
        return new Comparison("A new workflow, never saved to a file.", LineDiff.of("", work.text(), CONTEXT));
    }

    static String counts(LineDiff d) {
        return String.format(Locale.ROOT, "%d %s added, %d removed", d.added(), d.added() == 1 ? "line" : "lines", d.removed());
    }
}

package stepwise.app.recovery;

import java.nio.file.Path;
import java.time.Instant;
import stepwise.model.Syntax;

/**
 * The unsaved text of one open workflow, as the autosave wrote it to the recovery folder.
 *
 * @param recoveryFile where it is kept (null before it is written)
 * @param file         the workflow's file, or null for a workflow never saved
 * @param syntax       JSON or YAML
 * @param savedAt      when it was written
 * @param exampleId    the bundled example it was made from, or null
 * @param text         the text exactly as it was in the editor
 */
public record RecoveredWork(Path recoveryFile, Path file, Syntax syntax, Instant savedAt, String exampleId, String text) {

    /** The name to show: the file's, or "Untitled". */
    public String displayName() {
        return file == null ? "Untitled" : file.getFileName().toString();
    }

    RecoveredWork at(Path where) {
        return new RecoveredWork(where, file, syntax, savedAt, exampleId, text);
    }
}

package stepwise.app.recovery;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Stage;
import stepwise.model.edit.WorkflowSession;

/** A window editing a workflow, as the autosave and the restore prompt see it. */
public interface WorkWindow {
    /** The open workflow's session; replaced when another file is opened. */
    ReadOnlyObjectProperty<WorkflowSession> sessionProperty();

    /** The open file, or null for a workflow not saved yet. */
    Path file();

    /** The bundled example the open workflow was made from, or null. */
    String exampleId();

    Stage stage();

    /** Shows recovered text as the window's workflow: unsaved, with the file it belonged to. */
    void restore(RecoveredWork work);
}

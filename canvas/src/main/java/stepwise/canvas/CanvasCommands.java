package stepwise.canvas;

import java.util.List;
import java.util.function.Consumer;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.EditException;
import stepwise.model.edit.WorkflowSession;

/**
 * Where a gesture on the canvas becomes an edit of the workflow: every gesture that changes the ASL
 * builds one {@link EditCommand} and hands it here; it runs on the session as one undo step, marked as
 * coming from the canvas. The canvas then updates from the session like every other view. A command the
 * document refuses is reported in the user's words, and nothing changes.
 */
public final class CanvasCommands {
    private final WorkflowCanvas canvas;
    private final Consumer<String> report;

    CanvasCommands(WorkflowCanvas canvas, Consumer<String> report) {
        this.canvas = canvas;
        this.report = report;
    }

    /**
     * Runs {@code command} on the canvas's session.
     * @return true when the workflow changed
     */
    public boolean execute(EditCommand command) {
        WorkflowSession session = canvas.getSession();
        if (session == null) {
            return false;
        }
        try {
            return session.execute(command, WorkflowCanvas.ORIGIN);
        } catch (EditException e) {
            report.accept(command.description() + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Runs several commands as one undo step called {@code description} (deleting a selection): each is
     * computed on the workflow the previous one left. When one is refused nothing changes.
     * @return true when the workflow changed
     */
    public boolean execute(String description, List<? extends EditCommand> commands) {
        if (commands.size() == 1) {
            return execute(commands.get(0));
        }
        WorkflowSession session = canvas.getSession();
        if (session == null || commands.isEmpty()) {
            return false;
        }
        try {
            return session.execute(description, commands, WorkflowCanvas.ORIGIN);
        } catch (EditException e) {
            report.accept(description + ": " + e.getMessage());
            return false;
        }
    }
}

package stepwise.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Tells the user that a save failed and why, and offers to save somewhere else. */
public final class SaveFailureDialog {
    /** What the user chose. */
    public enum Choice { SAVE_AS, CLOSE }

    static final ButtonType SAVE_AS = new ButtonType("Save As\u2026", ButtonBar.ButtonData.YES);

    private SaveFailureDialog() {
    }

    /** The dialog, not shown yet (tests take its picture). */
    public static Alert of(Window owner, SaveFailure failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", SAVE_AS, ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Stepwise");
        alert.setHeaderText(failure.title());
        Label reason = new Label(failure.reason());
        reason.getStyleClass().add("save-failure-reason");
        Label advice = new Label(failure.advice());
        Label kept = new Label(SaveFailure.KEPT);
        kept.getStyleClass().add("save-failure-kept");
        for (Label l : new Label[] {reason, advice, kept}) {
            l.setWrapText(true);
            l.setMaxWidth(460);
        }
        VBox content = new VBox(10, reason, advice, kept);
        content.getStyleClass().add("save-failure");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStylesheets().setAll(owner != null && owner.getScene() != null
                ? owner.getScene().getStylesheets() : java.util.List.of());
        return alert;
    }

    /** Shows the dialog and waits for the answer. */
    public static Choice ask(Window owner, SaveFailure failure) {
        return of(owner, failure).showAndWait().filter(b -> b == SAVE_AS).isPresent() ? Choice.SAVE_AS : Choice.CLOSE;
    }
}

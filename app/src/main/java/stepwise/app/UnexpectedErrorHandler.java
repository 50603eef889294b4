package stepwise.app;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * Catches exceptions no one else handled, on any thread: logs them and shows a dialog with a copyable
 * report, and the application keeps running. While one dialog is open, further errors are only logged.
 */
public final class UnexpectedErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorHandler.class.getName());
    private final AtomicBoolean showing = new AtomicBoolean();
    private final java.util.function.Supplier<Window> owner;

    public UnexpectedErrorHandler(java.util.function.Supplier<Window> owner) {
        this.owner = owner;
    }

    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error);
        CrashReport report = CrashReport.of(thread, error);
        if (showing.compareAndSet(false, true)) {
            if (Platform.isFxApplicationThread()) {
                show(report);
            } else {
                try {
                    Platform.runLater(() -> show(report));
                } catch (IllegalStateException toolkitGone) {
                    showing.set(false);
                }
            }
        }
    }

    private void show(CrashReport report) {
        try {
            ButtonType copy = new ButtonType("Copy report", ButtonBar.ButtonData.LEFT);
            Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, ButtonType.OK);
            alert.setTitle("Stepwise");
            alert.setHeaderText("Something went wrong: " + report.summary());
            alert.setContentText("Your work is still open. The details below are also in the log file; "
                    + "copy them into a bug report if you like.");
            TextArea details = new TextArea(report.text());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(details);
            Window w = owner.get();
            if (w != null && w.isShowing()) {
                alert.initOwner(w);
            }
            alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(report.text());
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            });
            alert.showAndWait();
        } finally {
            showing.set(false);
        }
    }
}

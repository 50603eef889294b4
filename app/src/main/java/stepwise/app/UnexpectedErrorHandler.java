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
    private final java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
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

    /**
     * Reports a failure that background work caught (so that its thread goes on) to the current thread's
     * uncaught-exception handler: in the application, this handler.
     */
    public static void report(String what, Throwable error) {
        LOG.log(Level.FINE, what, error);
        Thread t = Thread.currentThread();
        Thread.UncaughtExceptionHandler handler = t.getUncaughtExceptionHandler();
        if (handler != null) {
            handler.uncaughtException(t, error);
        } else {
            LOG.log(Level.SEVERE, what, error);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error);
        CrashReport report = CrashReport.of(thread, error);
        if (!reported.add(signature(error))) {
            return; // the same failure again (each keystroke may repeat it): logged, shown once
        }
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

    /** What makes two failures the same: the exception's class and where it was thrown. */
    static String signature(Throwable error) {
        StringBuilder sb = new StringBuilder(error.getClass().getName());
        StackTraceElement[] trace = error.getStackTrace();
        for (int i = 0; i < Math.min(4, trace.length); i++) {
            sb.append('|').append(trace[i]);
        }
        return sb.toString();
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

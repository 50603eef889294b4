package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UnexpectedErrorHandlerTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("work"), 300, 200));
        stage.show();
    }

    @Test
    void error_on_fx_thread_shows_report_and_app_keeps_running(FxRobot robot) throws Exception {
        UnexpectedErrorHandler handler = new UnexpectedErrorHandler(() -> stage);
        // The handler blocks in the dialog, as it would in the app, so post it rather than wait for it.
        Platform.runLater(() -> handler.uncaughtException(Thread.currentThread(), new IllegalStateException("boom")));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("boom"));
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        assertTrue(stage.isShowing());
        assertTrue(Window.getWindows().contains(stage));
    }

    @Test
    void the_same_failure_again_is_logged_but_not_shown_twice(FxRobot robot) throws Exception {
        UnexpectedErrorHandler handler = new UnexpectedErrorHandler(() -> stage);
        IllegalStateException first = new IllegalStateException("again and again");
        IllegalStateException again = new IllegalStateException("again and again");
        again.setStackTrace(first.getStackTrace());
        Platform.runLater(() -> handler.uncaughtException(Thread.currentThread(), first));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> handler.uncaughtException(Thread.currentThread(), again));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "the same failure is not shown a second time");
        Platform.runLater(() -> handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("another")));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.interact(() -> ((Stage) robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow()).close());
    }
}

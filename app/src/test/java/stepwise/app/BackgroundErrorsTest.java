package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Failures in background work (parsing, validation) reach the unexpected-error handler instead of vanishing. */
@ExtendWith(ApplicationExtension.class)
class BackgroundErrorsTest {
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, Settings.inMemory());
        stage.show();
    }

    @BeforeEach
    void record() {
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> reported.add(e));
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void a_validator_that_fails_in_the_background_is_reported_and_the_editor_keeps_working(FxRobot robot) throws Exception {
        robot.interact(() -> window.setDiagnoser(doc -> {
            throw new IllegalStateException("validator bug");
        }));
        robot.interact(() -> window.session().replaceAll("{\"StartAt\": ", "Edit", null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reported.isEmpty());
        assertEquals("validator bug", reported.get(0).getMessage());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !window.editor().diagnostics().isEmpty();
        });
        assertTrue(window.editor().diagnostics().get(0).isError(), "the syntax problem is still shown");
    }
}

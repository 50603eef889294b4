package stepwise.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.app.MainWindow;
import stepwise.app.Settings;
import stepwise.assets.Example;
import stepwise.assets.Examples;
import stepwise.model.validate.Validator;

/** Opening each example in the window (editor, validation, canvas layout and drawing) stays inside what the user chose. */
@ExtendWith(ApplicationExtension.class)
class WindowSafetyTest {
    @TempDir
    Path chosen;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, Settings.inMemory());
        window.setDiagnoser(Validator::validate);
        stage.show();
    }

    @Test
    void opening_every_example_in_the_window_stays_inside_what_the_user_chose(FxRobot robot) throws Exception {
        for (Example e : Examples.list()) {
            e.writeTo(chosen.resolve(e.id()));
        }
        List<String> caught = SafetyGuard.watch(List.of(chosen), () -> {
            for (Example e : Examples.list()) {
                Path file = chosen.resolve(e.id()).resolve(e.workflowFileName());
                robot.interact(() -> assertTrue(window.open(file)));
                window.canvas().whenLaidOut().get(20, TimeUnit.SECONDS);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.editor().diagnostics().isEmpty());
                WaitForAsyncUtils.waitForFxEvents();
            }
        });
        assertEquals(List.of(), caught);
    }
}

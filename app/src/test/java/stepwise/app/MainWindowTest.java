package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage);
        stage.show();
    }

    @Test
    void new_window_shows_untitled_in_title(FxRobot robot) {
        assertEquals("Untitled \u2014 Stepwise", window.stage().getTitle());
    }

    @Test
    void canvas_draws_the_window_workflow(FxRobot robot) throws Exception {
        window.canvas().whenLaidOut().get(10, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Start", window.canvas().stateView("/States/Start").shownTitle());
    }

    @Test
    void editing_marks_title_dirty(FxRobot robot) {
        robot.interact(() -> window.session().replaceAll("{}", "Clear", null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.stage().getTitle().startsWith("\u2022 "));
    }
}

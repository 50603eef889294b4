package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
    void editing_marks_title_dirty(FxRobot robot) {
        robot.interact(() -> window.session().replaceAll("{}", "Clear", null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.stage().getTitle().startsWith("\u2022 "));
    }

    @Test
    void the_selected_state_shows_in_the_inspector_and_its_edits_in_the_json(FxRobot robot) {
        robot.interact(() -> window.selection().select("/States/Start", "test"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup((Node n) -> "field:name".equals(n.getId())).query();
        assertEquals("Start", name.getText());
        TextField comment = robot.lookup((Node n) -> "field:/Comment".equals(n.getId())).query();
        robot.interact(() -> {
            comment.requestFocus();
            comment.setText("First step");
            comment.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextArea editor = robot.lookup(".json-editor").query();
        assertTrue(editor.getText().contains("\"Comment\": \"First step\""), editor.getText());
        assertTrue(window.session().text().contains("\"Comment\": \"First step\""));
    }
}

package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.Point;

/** The canvas's editing in the window: its changes show in the JSON editor at once, and undo on the one stack. */
@ExtendWith(ApplicationExtension.class)
class CanvasEditingInWindowTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, Settings.inMemory());
        window.setErrorReporter((header, message) -> {
            throw new AssertionError(header + ": " + message);
        });
        stage.show();
    }

    private void laidOut() throws Exception {
        window.canvas().whenLaidOut().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(double x, double y) {
        return window.canvas().localToScreen(window.canvas().viewport().toViewport(x, y));
    }

    private static Point2D center(javafx.scene.Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void a_state_dropped_from_the_palette_shows_in_the_json_and_undoes_from_the_canvas(FxRobot robot) throws Exception {
        laidOut();
        PlacedEdge end = window.canvas().getLayout().edge("/States/Start>end");
        Point a = end.points().get(0);
        Point b = end.points().get(1);
        robot.drag(center(window.palette().entry("wait")), MouseButton.PRIMARY).moveTo(screen((a.x() + b.x()) / 2, (a.y() + b.y()) / 2));
        Snapshots.saveWindow(stage, "window-drop-from-palette");
        robot.drop();
        laidOut();
        String after = MainWindow.NEW_WORKFLOW.replace("""
                      "Type": "Pass",
                      "End": true
                    }
                """, """
                      "Type": "Pass",
                      "Next": "Wait"
                    },
                    "Wait": {
                      "Type": "Wait",
                      "Seconds": 5,
                      "End": true
                    }
                """);
        assertEquals(after, window.session().text());
        assertEquals(after, window.editor().area().getText(), "the JSON editor shows it at once");
        assertEquals("/States/Wait", window.selection().getPrimary());
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> window.canvas().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(MainWindow.NEW_WORKFLOW, window.session().text(), "one undo, with the canvas focused");
        assertEquals(MainWindow.NEW_WORKFLOW, window.editor().area().getText());
        assertTrue(window.session().canRedo());
    }

    @Test
    void a_move_on_the_canvas_takes_one_place_on_the_undo_stack(FxRobot robot) throws Exception {
        laidOut();
        Box start = window.canvas().getLayout().state("/States/Start").box();
        robot.drag(screen(start.x() + 40, start.y() + 20), MouseButton.PRIMARY).moveBy(60, 80).drop();
        laidOut();
        assertEquals("Move state Start", window.session().undoDescription());
        assertTrue(!window.stage().getTitle().startsWith("\u2022"), "moving does not make the workflow unsaved");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        laidOut();
        assertEquals(start, window.canvas().getLayout().state("/States/Start").box());
        Snapshots.saveWindow(stage, "window-after-undo-move");
    }
}

package stepwise.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.Point;

/**
 * Pictures of the editing gestures as the user sees them (palette, a drop onto a line with its
 * feedback, the connect menu, renaming in place), written to {@code target/canvas-shots/editing-*.png}
 * for looking at; each also checks that what it shows is there.
 */
@ExtendWith(ApplicationExtension.class)
class EditingPicturesTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private CanvasFixture fixture(FxRobot robot) {
        CanvasFixture f = new CanvasFixture(robot, stage, Workflows.document("order"), 1200, 760, true);
        robot.interact(() -> f.canvas.fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        return f;
    }

    private static Point2D center(javafx.scene.Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private void shoot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.write(Pictures.window(stage.getScene()), "editing-" + name));
    }

    @Test
    void palette_drop_on_a_line_and_renaming(FxRobot robot) {
        CanvasFixture f = fixture(robot);
        shoot(robot, "palette");
        robot.clickOn(f.palette.searchField()).write("queue");
        assertEquals(1, f.palette.shown().size());
        shoot(robot, "palette-search");
        robot.eraseText(5);
        Point first = f.canvas.getLayout().edge("/States/ValidateOrder#next").points().get(0);
        Point second = f.canvas.getLayout().edge("/States/ValidateOrder#next").points().get(1);
        Point2D onLine = f.screen((first.x() + second.x()) / 2, (first.y() + second.y()) / 2);
        robot.drag(center(f.palette.entry("pass")), MouseButton.PRIMARY).moveTo(onLine);
        assertTrue(f.canvas.diagram().edgeView("/States/ValidateOrder#next").getPseudoClassStates().toString().contains("drop-target"));
        shoot(robot, "drop-on-line");
        robot.drop();
        f.laidOut();
        WaitForAsyncUtils.waitForFxEvents();
        WorkflowCanvasSkin skin = (WorkflowCanvasSkin) f.canvas.getSkin();
        assertTrue(skin.renaming().isOpen());
        robot.write("Audit order");
        shoot(robot, "rename");
        assertEquals("Audit order", skin.renaming().field().getText());
    }

    @Test
    void the_connect_menu(FxRobot robot) {
        CanvasFixture f = fixture(robot);
        Box from = f.canvas.getLayout().state("/States/NotifyCustomer").box();
        Box to = f.canvas.getLayout().state("/States/RejectOrder").box();
        robot.moveTo(f.screen(from.centerX(), from.maxY() - 10));
        shoot(robot, "port");
        robot.drag(f.screen(from.centerX(), from.maxY()), MouseButton.PRIMARY).moveTo(f.screen(to.centerX(), to.centerY()));
        shoot(robot, "connecting");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("Catch errors").tryQuery().orElse(null));
        shoot(robot, "connect-menu");
        robot.clickOn("Catch errors");
    }

    @Test
    void the_context_menu_of_a_state(FxRobot robot) {
        CanvasFixture f = fixture(robot);
        robot.clickOn(f.stateCenter("/States/ReserveItems"), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("Duplicate").tryQuery().orElse(null));
        shoot(robot, "context-menu");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertTrue(stage.getScene().getAccelerators().isEmpty(), "the menu's shortcuts act only on the canvas, not in the whole window");
    }

    @Test
    void the_shortcuts_sheet_lists_the_editing_keys(FxRobot robot) {
        CanvasFixture f = fixture(robot);
        robot.type(javafx.scene.input.KeyCode.F1);
        assertNotNull(robot.lookup("Rename in place").tryQuery().orElse(null));
        shoot(robot, "shortcuts");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void the_palette_and_a_drop_in_the_dark_theme(FxRobot robot) {
        CanvasFixture f = fixture(robot);
        robot.interact(() -> f.canvas.setTheme(stepwise.canvas.diagram.ThemePalette.Theme.DARK));
        Point first = f.canvas.getLayout().edge("/States/IsInStock#default").points().get(0);
        robot.drag(center(f.palette.entry("choice")), MouseButton.PRIMARY).moveTo(f.screen(first.x(), first.y() + 12));
        assertTrue(f.palette.getStylesheets().get(0).contains("dark"), "the palette follows the canvas's theme");
        shoot(robot, "dark");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.drop();
    }
}

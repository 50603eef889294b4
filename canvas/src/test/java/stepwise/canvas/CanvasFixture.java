package stepwise.canvas;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.model.AslDocument;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.TextEdit;
import stepwise.model.edit.WorkflowSession;

/** A canvas on a stage, over a session of one sample workflow, and the helpers the UI tests share. */
final class CanvasFixture {
    final FxRobot robot;
    final WorkflowSession session;
    final WorkflowSelection selection = new WorkflowSelection();
    WorkflowCanvas canvas;
    StatePalette palette;

    CanvasFixture(FxRobot robot, Stage stage, AslDocument document, double width, double height) {
        this(robot, stage, document, width, height, false);
    }

    /** With {@code withPalette}, the palette stands left of the canvas, as in the window. */
    CanvasFixture(FxRobot robot, Stage stage, AslDocument document, double width, double height, boolean withPalette) {
        this.robot = robot;
        this.session = new WorkflowSession(document);
        robot.interact(() -> {
            canvas = new WorkflowCanvas(session, selection);
            if (withPalette) {
                palette = new StatePalette(canvas);
                stage.setScene(new Scene(new javafx.scene.layout.BorderPane(canvas, null, null, null, palette), width, height));
            } else {
                stage.setScene(new Scene(canvas, width, height));
            }
            stage.show();
            canvas.requestFocus();
        });
        laidOut();
    }

    /** Waits until the newest layout is on show. */
    WorkflowLayout laidOut() {
        try {
            WorkflowLayout l = canvas.whenLaidOut().get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return l;
        } catch (Exception e) {
            throw new AssertionError("the canvas was not laid out", e);
        }
    }

    /** Where a point of the drawing is on the screen. */
    Point2D screen(double x, double y) {
        Point2D inViewport = canvas.viewport().toViewport(x, y);
        return canvas.localToScreen(inViewport);
    }

    /** The screen point in the middle of a state's header. */
    Point2D stateCenter(String id) {
        Box b = canvas.getLayout().state(id).box();
        return screen(b.x() + 100, b.y() + 26);
    }

    /** Runs an edit as a canvas command: replaces the first {@code find} in the text by {@code replace}. */
    void edit(String find, String replace) {
        EditCommand command = new EditCommand() {
            @Override
            public String description() {
                return "Replace " + find;
            }

            @Override
            public List<TextEdit> edits(AslDocument document) {
                int at = document.text().indexOf(find);
                if (at < 0) {
                    throw new AssertionError("no " + find + " in the document");
                }
                return List.of(new TextEdit(at, at + find.length(), replace));
            }
        };
        robot.interact(() -> canvas.commands().execute(command));
        laidOut();
    }
}

package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.app.run.RunPanel;
import stepwise.canvas.view.StateView;
import stepwise.engine.ExecutionStatus;
import stepwise.engine.HistoryEventType;
import stepwise.engine.replay.Replay;

/** The run panel in the window drives the canvas: each state's pseudo-class, the tokens, stepping forward and back. */
@ExtendWith(ApplicationExtension.class)
class ExecutionOnCanvasTest {
    @TempDir
    static Path dir;

    private static final String ORDER = """
            {
              "Comment": "Order processing",
              "StartAt": "Validate",
              "States": {
                "Validate": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:validate",
                  "ResultPath": "$.validation", "Next": "Amount?",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Rejected", "ResultPath": "$.error"}]},
                "Amount?": {"Type": "Choice",
                  "Choices": [{"Variable": "$.amount", "NumericGreaterThan": 1000, "Next": "Approve"}], "Default": "Fulfil"},
                "Approve": {"Type": "Wait", "Seconds": 3600, "Next": "Fulfil"},
                "Fulfil": {"Type": "Parallel", "Next": "Done", "Branches": [
                    {"StartAt": "Ship", "States": {"Ship": {"Type": "Pass", "End": true}}},
                    {"StartAt": "Items", "States": {"Items": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                      "ItemProcessor": {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}}}}}
                  ]},
                "Done": {"Type": "Succeed"},
                "Rejected": {"Type": "Fail", "Error": "Rejected", "Cause": "The order is not valid"}
              }
            }
            """;
    static final Path OUT = Path.of("target", "run-screens");

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, Settings.inMemory());
        Path file = dir.resolve("order.asl.json");
        Files.writeString(file, ORDER);
        window.open(file);
        stage.show();
    }

    private boolean shows(FxRobot robot, String id, String status) {
        AtomicReference<Boolean> has = new AtomicReference<>();
        robot.interact(() -> {
            StateView v = window.canvas().diagram().stateView(id);
            has.set(v != null && v.getPseudoClassStates().contains(PseudoClass.getPseudoClass(status)));
        });
        return has.get();
    }

    private static int index(Replay r, HistoryEventType type) {
        for (int i = 0; i < r.size(); i++) {
            if (r.event(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type);
    }

    @Test
    void stepping_forward_and_back_colours_the_canvas_states_by_status(FxRobot robot) throws Exception {
        window.canvas().whenLaidOut().get(20, TimeUnit.SECONDS);
        RunPanel run = window.runPanel();
        robot.interact(() -> {
            run.setInput("{\"amount\": 1200, \"items\": [1, 2, 3]}");
            run.setStateMock("Validate", "{\"Return\": {\"valid\": true}}");
            run.runWorkflow();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> run.executionProperty().get() != null
                && !run.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ExecutionStatus.SUCCEEDED, run.executionProperty().get().status());
        assertTrue(shows(robot, "/States/Validate", "succeeded"));
        assertTrue(shows(robot, "/States/Done", "succeeded"));
        assertTrue(shows(robot, "/States/Rejected", "not-run"));

        Replay r = run.player().getReplay();
        int inMap = index(r, HistoryEventType.MapIterationStarted) + 2;
        robot.interact(() -> run.player().seek(inMap));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows(robot, "/States/Fulfil", "running"));
        assertTrue(shows(robot, "/States/Fulfil/Branches/1/States/Items", "running"));
        assertTrue(shows(robot, "/States/Done", "not-run"));
        assertFalse(robot.lookup(".execution-token").queryAll().isEmpty());
        assertFalse(robot.lookup(".map-progress").queryAll().isEmpty());
        shoot(robot, "window-execution.png");

        int validating = index(r, HistoryEventType.TaskStateEntered) + 1;
        robot.interact(() -> run.player().seek(validating));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows(robot, "/States/Validate", "running"));
        assertFalse(shows(robot, "/States/Validate", "succeeded"));
        assertTrue(shows(robot, "/States/Fulfil", "not-run"));
        robot.interact(() -> run.player().seek(inMap));
        assertTrue(shows(robot, "/States/Validate", "succeeded"));
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(window.stage().getScene().getRoot().snapshot(null, null)));
        BufferedImage png = SwingFXUtils.fromFXImage(image.get(), null);
        Files.createDirectories(OUT);
        ImageIO.write(png, "png", OUT.resolve(name).toFile());
    }
}

package stepwise.app.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.table.TableRowExpanderColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.ExecutionOverlay;
import stepwise.canvas.WorkflowSelection;
import stepwise.engine.HistoryEventType;
import stepwise.engine.replay.Replay;
import stepwise.model.AslDocument;
import stepwise.model.edit.WorkflowSession;

/**
 * Renders the run panel's views to PNG in {@code app/target/run-screens/} so that people can look at
 * them: the panel after a run, the event table with a row expanded, the step details of a Choice and
 * of a Task with retries, the timeline, the teaching caption and the presenter view.
 */
@ExtendWith(ApplicationExtension.class)
class RunPanelPicturesTest {
    static final Path OUT = Path.of("target", "run-screens");

    @TempDir
    static Path dir;

    private RunPanel panel;
    private WorkflowSession session;
    private final WorkflowSelection selection = new WorkflowSelection();
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path workflow = dir.resolve("order.asl.json");
        Files.writeString(workflow, RunPanelTest.ORDER);
        Files.writeString(dir.resolve("mocks.json"), RunPanelTest.MOCKS);
        session = new WorkflowSession(AslDocument.of(RunPanelTest.ORDER));
        panel = new RunPanel(() -> session, selection, () -> workflow, ExecutionOverlay.NONE);
        stage.setScene(new Scene(panel, 1280, 600));
        stage.show();
    }

    @Test
    void the_run_panel_views_render_for_review(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        robot.interact(() -> {
            panel.inputArea().setText("{\n  \"orderId\": \"A-1017\",\n  \"amount\": 1200,\n  \"items\": [\"book\", \"lamp\", \"mug\"]\n}");
            robot.lookup("#scenario").queryAs(ChoiceBox.class).setValue("Mock file");
            robot.lookup("#mock-file").queryAs(TextField.class).setText(dir.resolve("mocks.json").toString());
        });
        robot.interact(() -> robot.lookup("#test-case").queryAs(ComboBox.class).setValue("retryThenPass"));
        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel.liveRun().executionProperty().get() != null
                && !panel.liveRun().runningProperty().get());
        Replay r = panel.player().getReplay();
        int choiceExit = index(r, HistoryEventType.ChoiceStateExited);
        robot.interact(() -> panel.player().seek(choiceExit + 1));
        shoot(robot, panel, "run-panel.png");

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableRowExpanderColumn<Integer> expander = (TableRowExpanderColumn<Integer>) panel.eventTable().table().getColumns().get(0);
            expander.getExpandedProperty(index(r, HistoryEventType.LambdaFunctionFailed)).set(true);
            panel.eventTable().table().scrollTo(0);
        });
        shoot(robot, panel.tabs(), "event-table-expanded.png");

        robot.interact(() -> {
            selection.select("/States/Amount?", this);
            panel.tabs().getSelectionModel().select(1);
        });
        shoot(robot, panel.tabs(), "step-details-choice.png");

        robot.interact(() -> selection.select("/States/Validate", this));
        shoot(robot, panel.tabs(), "step-details-task-retries.png");

        robot.interact(() -> {
            selection.clear(this);
            panel.player().toEnd();
            panel.tabs().getSelectionModel().select(2);
        });
        shoot(robot, panel.tabs(), "timeline.png");

        robot.interact(() -> {
            panel.player().seek(index(r, HistoryEventType.MapIterationStarted) + 2);
            panel.tabs().getSelectionModel().select(3);
        });
        shoot(robot, panel.tabs(), "states.png");

        robot.interact(() -> {
            panel.teachingToggle().setSelected(true);
            panel.player().seek(index(r, HistoryEventType.LambdaFunctionFailed) + 1);
            panel.tabs().getSelectionModel().select(5);
        });
        shoot(robot, panel, "teaching-caption-and-cost.png");

        AtomicReference<PresenterView> presenter = new AtomicReference<>();
        robot.interact(() -> {
            panel.player().seek(choiceExit + 1);
            PresenterView view = new PresenterView(panel.player());
            Stage s = new Stage();
            s.setScene(new Scene(view, 1100, 380));
            s.show();
            presenter.set(view);
        });
        shoot(robot, presenter.get(), "presenter-view.png");
    }

    @Test
    void a_pending_callback_and_a_map_render_for_review(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        robot.interact(() -> {
            session = new WorkflowSession(AslDocument.of(RunPanelTest.APPROVAL));
            panel.inputArea().setText("{\"orderId\": \"A-1017\", \"amount\": 1200}");
        });
        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !panel.liveRun().pending().isEmpty());
        shoot(robot, panel, "callback-pending.png");
        robot.clickOn("#callback-approve");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !panel.liveRun().runningProperty().get());

        robot.interact(() -> {
            session = new WorkflowSession(AslDocument.of(RunPanelTest.ORDER));
            panel.inputArea().setText("{\"amount\": 20, \"items\": [1, 2, 3, 4, 5]}");
            robot.lookup("#scenario").queryAs(ChoiceBox.class).setValue("Mock each Task");
        });
        robot.interact(() -> robot.lookup("#mock-Validate").queryAs(TextField.class).setText("{\"Return\": {\"valid\": true}}"));
        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel.liveRun().executionProperty().get() != null
                && !panel.liveRun().runningProperty().get());
        Replay r = panel.player().getReplay();
        robot.interact(() -> {
            panel.player().seek(index(r, HistoryEventType.MapIterationSucceeded) + 3);
            selection.select("/States/Fulfil/Branches/1/States/Items", this);
            panel.tabs().getSelectionModel().select(1);
        });
        shoot(robot, panel, "step-details-map.png");
    }

    private static int index(Replay r, HistoryEventType type) {
        for (int i = 0; i < r.size(); i++) {
            if (r.event(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type);
    }

    private static void shoot(FxRobot robot, Node node, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            node.applyCss();
            image.set(node.snapshot(null, null));
        });
        BufferedImage png = SwingFXUtils.fromFXImage(image.get(), null);
        ImageIO.write(png, "png", OUT.resolve(name).toFile());
        int first = png.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < png.getHeight() && !varied; y += 7) {
            for (int x = 0; x < png.getWidth() && !varied; x += 7) {
                varied = png.getRGB(x, y) != first;
            }
        }
        assertTrue(varied, name + " is blank");
    }
}

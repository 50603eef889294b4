package stepwise.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.ExecutionOverlay;
import stepwise.canvas.WorkflowSelection;
import stepwise.engine.ExecutionStatus;
import stepwise.engine.HistoryEventType;
import stepwise.engine.replay.ExecutionPicture;
import stepwise.engine.replay.Replay;
import stepwise.engine.replay.StateStatus;
import stepwise.model.AslDocument;
import stepwise.model.edit.WorkflowSession;

@ExtendWith(ApplicationExtension.class)
class RunPanelTest {
    static final String ORDER = """
            {
              "Comment": "Order processing",
              "StartAt": "Validate",
              "States": {
                "Validate": {"Type": "Task", "Comment": "We check the order is complete.",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:validate", "ResultPath": "$.validation",
                  "Next": "Amount?",
                  "Retry": [{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2}],
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Rejected", "ResultPath": "$.error"}]},
                "Amount?": {"Type": "Choice", "Comment": "Big orders need a manager.",
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
    static final String MOCKS = """
            {"StateMachines": {"order": {"TestCases": {"retryThenPass": {"Validate": "failOnce"}}}},
             "MockedResponses": {"failOnce": {"0": {"Throw": {"Error": "States.TaskFailed", "Cause": "the service is busy"}},
                                              "1": {"Return": {"valid": true}}}}}
            """;
    static final String APPROVAL = """
            {
              "StartAt": "AskManager",
              "States": {
                "AskManager": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals", "MessageBody": {"token.$": "$$.Task.Token"}},
                  "ResultPath": "$.decision", "Next": "Approved?"},
                "Approved?": {"Type": "Choice", "Choices": [{"Variable": "$.decision.approved", "BooleanEquals": true, "Next": "Ship"}],
                  "Default": "Refuse"},
                "Ship": {"Type": "Succeed"},
                "Refuse": {"Type": "Fail", "Error": "Refused"}
              }
            }
            """;

    @TempDir
    static Path dir;

    private RunPanel panel;
    private WorkflowSession session;
    private final WorkflowSelection selection = new WorkflowSelection();
    private final AtomicReference<Path> file = new AtomicReference<>();
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path workflow = dir.resolve("order.asl.json");
        Files.writeString(workflow, ORDER);
        Files.writeString(dir.resolve("mocks.json"), MOCKS);
        file.set(workflow);
        session = new WorkflowSession(AslDocument.of(ORDER));
        panel = new RunPanel(() -> session, selection, file::get, ExecutionOverlay.NONE);
        Scene scene = new Scene(panel, 1280, 560);
        panel.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Runs the order workflow with the mock file's retry-then-pass case, to the end. */
    private void runOrder(FxRobot robot, String input) throws Exception {
        robot.interact(() -> {
            panel.inputArea().setText(input);
            ((javafx.scene.control.ChoiceBox<String>) robot.lookup("#scenario").query()).setValue("Mock file");
            ((javafx.scene.control.TextField) robot.lookup("#mock-file").query()).setText(dir.resolve("mocks.json").toString());
        });
        robot.interact(() -> ((javafx.scene.control.ComboBox<String>) robot.lookup("#test-case").query()).setValue("retryThenPass"));
        robot.clickOn("#run-button");
        waitForEnd();
    }

    private void waitForEnd() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel.liveRun().executionProperty().get() != null
                && !panel.liveRun().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int firstIndexOf(Replay r, HistoryEventType type) {
        for (int i = 0; i < r.size(); i++) {
            if (r.event(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type);
    }

    @Test
    void a_run_fills_the_player_and_ends_succeeded(FxRobot robot) throws Exception {
        runOrder(robot, "{\"amount\": 1200, \"items\": [1, 2, 3]}");
        assertEquals(ExecutionStatus.SUCCEEDED, panel.liveRun().executionProperty().get().status());
        Player player = panel.player();
        assertEquals(player.getReplay().size(), player.getPosition());
        assertEquals(StateStatus.SUCCEEDED, player.getPicture().statusOf("/States/Validate"));
        assertEquals(player.getReplay().size(), panel.eventTable().table().getItems().size());
    }

    @Test
    void stepping_forward_and_back_with_the_keys_gives_the_same_picture(FxRobot robot) throws Exception {
        runOrder(robot, "{\"amount\": 1200, \"items\": [1, 2, 3]}");
        Player player = panel.player();
        int failed = firstIndexOf(player.getReplay(), HistoryEventType.LambdaFunctionFailed) + 1;
        robot.interact(() -> player.seek(failed));
        ExecutionPicture atFailure = player.getPicture();
        assertEquals(StateStatus.RUNNING, atFailure.statusOf("/States/Validate"));
        robot.clickOn("#player-position");
        robot.type(javafx.scene.input.KeyCode.RIGHT, 5);
        assertEquals(failed + 5, player.getPosition());
        robot.type(javafx.scene.input.KeyCode.LEFT, 5);
        assertEquals(failed, player.getPosition());
        assertEquals(atFailure, player.getPicture());
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertEquals(0, player.getPosition());
        robot.type(javafx.scene.input.KeyCode.END);
        assertEquals(player.getReplay().size(), player.getPosition());
    }

    private static javafx.scene.control.ListCell<?> stateRow(FxRobot robot, String id) {
        for (javafx.scene.control.ListCell<?> cell : robot.lookup(".state-row").queryAllAs(javafx.scene.control.ListCell.class)) {
            if (id.equals(cell.getItem())) {
                return cell;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    private static boolean shows(javafx.scene.control.ListCell<?> cell, String pseudoClass) {
        return cell.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void the_states_show_their_status_as_pseudo_classes_stepping_forward_and_back(FxRobot robot) throws Exception {
        runOrder(robot, "{\"amount\": 1200, \"items\": [1, 2]}");
        Player player = panel.player();
        int failed = firstIndexOf(player.getReplay(), HistoryEventType.LambdaFunctionFailed) + 1;
        robot.interact(() -> {
            panel.tabs().getSelectionModel().select(3);
            player.seek(failed);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows(stateRow(robot, "/States/Validate"), "running"));
        assertTrue(shows(stateRow(robot, "/States/Amount?"), "not-run"));
        robot.interact(player::toEnd);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows(stateRow(robot, "/States/Validate"), "succeeded"));
        assertTrue(shows(stateRow(robot, "/States/Done"), "succeeded"));
        assertTrue(shows(stateRow(robot, "/States/Rejected"), "not-run"));
        robot.interact(() -> player.seek(failed));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows(stateRow(robot, "/States/Validate"), "running"));
        assertFalse(shows(stateRow(robot, "/States/Validate"), "succeeded"));
    }

    @Test
    void scrubbing_to_a_choice_shows_the_rule_that_held(FxRobot robot) throws Exception {
        runOrder(robot, "{\"amount\": 1200, \"items\": [1]}");
        Player player = panel.player();
        int exited = firstIndexOf(player.getReplay(), HistoryEventType.ChoiceStateExited) + 1;
        robot.interact(() -> {
            robot.lookup("#player-scrub").queryAs(javafx.scene.control.Slider.class).setValue(exited);
            selection.select("/States/Amount?", this);
            panel.tabs().getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(exited, player.getPosition());
        Label held = robot.lookup("#choice-rule-held").queryAs(Label.class);
        assertEquals("\u2713 Rule 1:  $.amount = 1200 > 1000  \u2192  Approve", held.getText());
        assertEquals("Amount?", robot.lookup("#step-title").queryAs(Label.class).getText());
    }

    @Test
    void selecting_an_event_row_moves_the_player_and_selects_its_state(FxRobot robot) throws Exception {
        runOrder(robot, "{\"amount\": 10, \"items\": []}");
        Replay r = panel.player().getReplay();
        int entered = firstIndexOf(r, HistoryEventType.ChoiceStateEntered);
        robot.interact(() -> panel.eventTable().table().getSelectionModel().clearAndSelect(entered));
        assertEquals(entered + 1, panel.player().getPosition());
        assertEquals("/States/Amount?", selection.getPrimary());
    }

    @Test
    void approving_a_pending_callback_lets_the_run_finish(FxRobot robot) throws Exception {
        robot.interact(() -> {
            session = new WorkflowSession(AslDocument.of(APPROVAL));
            file.set(null);
        });
        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !panel.liveRun().pending().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("AskManager", panel.liveRun().pending().get(0).stateName());
        robot.clickOn("#callback-approve");
        waitForEnd();
        assertEquals(ExecutionStatus.SUCCEEDED, panel.liveRun().executionProperty().get().status());
        assertEquals(StateStatus.SUCCEEDED, panel.player().getPicture().statusOf("/States/Ship"));
    }

    @Test
    void stopping_a_waiting_run_aborts_it_and_its_state(FxRobot robot) throws Exception {
        robot.interact(() -> {
            session = new WorkflowSession(AslDocument.of(APPROVAL));
            file.set(null);
        });
        robot.clickOn("#run-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !panel.liveRun().pending().isEmpty());
        robot.clickOn("#stop-button");
        waitForEnd();
        assertEquals(ExecutionStatus.ABORTED, panel.liveRun().executionProperty().get().status());
        assertEquals(StateStatus.ABORTED, panel.player().getPicture().statusOf("/States/AskManager"));
        assertTrue(panel.liveRun().pending().isEmpty());
    }

    @Test
    void a_ten_thousand_item_map_runs_to_the_end_with_every_event_in_the_table(FxRobot robot) throws Exception {
        String map = """
                {"StartAt": "Items", "States": {"Items": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                  "ItemProcessor": {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}}}}}
                """;
        StringBuilder items = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 10_000; i++) {
            items.append(i == 0 ? "" : ",").append(i);
        }
        robot.interact(() -> {
            session = new WorkflowSession(AslDocument.of(map));
            file.set(null);
            panel.inputArea().setText(items.append("]}").toString());
            robot.lookup("#scenario").queryAs(javafx.scene.control.ChoiceBox.class).setValue("No mocks");
        });
        robot.clickOn("AWS limits");
        robot.clickOn("#run-button");
        waitForEnd();
        assertEquals(ExecutionStatus.SUCCEEDED, panel.liveRun().executionProperty().get().status());
        Player player = panel.player();
        assertEquals(panel.liveRun().executionProperty().get().history().size(), player.getReplay().size());
        assertEquals(player.getReplay().size(), panel.eventTable().table().getItems().size());
        assertEquals(new stepwise.engine.replay.MapProgress(10_000, 10_000, 10_000, 0, 0),
                player.getPicture().mapProgress("/States/Items"));
        assertTrue(robot.lookup("#run-status").queryAs(Label.class).getText().startsWith("Execution succeeded"));
    }

    @Test
    void a_recorded_aws_history_is_imported_and_replayed(FxRobot robot) throws Exception {
        Path history = copy("checks-aws-history.json");
        String checks = new String(resource("checks.asl.json"), StandardCharsets.UTF_8);
        robot.interact(() -> session = new WorkflowSession(AslDocument.of(checks)));
        AtomicReference<javafx.concurrent.Task<Replay>> task = new AtomicReference<>();
        robot.interact(() -> task.set(panel.importHistory(history)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        Player player = panel.player();
        assertEquals(20, player.getReplay().size());
        assertEquals(0, player.getPosition());
        robot.interact(() -> player.seek(9));
        assertEquals(StateStatus.RUNNING, player.getPicture().statusOf("/States/Checks/Branches/0/States/CreditCheck"));
        assertEquals(StateStatus.RUNNING, player.getPicture().statusOf("/States/Checks/Branches/1/States/StockCheck"));
        robot.interact(player::toEnd);
        assertEquals(StateStatus.SUCCEEDED, player.getPicture().statusOf("/States/Ship"));
        assertTrue(robot.lookup("#run-status").queryAs(Label.class).getText().startsWith("Imported 20 events"));
    }

    @Test
    void teaching_mode_narrates_each_step(FxRobot robot) throws Exception {
        runOrder(robot, "{\"amount\": 1200, \"items\": [1]}");
        robot.clickOn("#teaching-toggle");
        Player player = panel.player();
        int entered = firstIndexOf(player.getReplay(), HistoryEventType.TaskStateEntered) + 1;
        robot.interact(() -> player.seek(entered));
        assertTrue(panel.teachingCaption().isVisible());
        assertEquals("We check the order is complete.", robot.lookup("#caption-headline").queryAs(Label.class).getText());
        int exited = firstIndexOf(player.getReplay(), HistoryEventType.ChoiceStateExited) + 1;
        robot.interact(() -> player.seek(exited));
        assertEquals("$.amount = 1200 > 1000, so the execution goes to Approve.",
                robot.lookup("#caption-headline").queryAs(Label.class).getText());
    }

    @Test
    void playing_pauses_at_a_chosen_state(FxRobot robot) throws Exception {
        runOrder(robot, "{\"amount\": 1200, \"items\": [1]}");
        Player player = panel.player();
        robot.interact(() -> {
            player.toStart();
            player.pauseAt().add("/States/Approve");
            player.speedProperty().set(16);
            player.play();
            player.advance(100);
        });
        assertFalse(player.isPlaying());
        Replay r = player.getReplay();
        assertEquals(firstIndexOf(r, HistoryEventType.WaitStateEntered) + 1, player.getPosition());
    }

    @Test
    void named_inputs_are_saved_in_the_sidecar(FxRobot robot) throws Exception {
        robot.interact(() -> {
            panel.inputArea().setText("{\"amount\": 5000}");
            panel.saveInputAs("big order");
        });
        Path sidecar = WorkflowSidecar.sidecarOf(file.get());
        assertTrue(Files.readString(sidecar).contains("big order"));
        assertEquals("{\"amount\":5000}", WorkflowSidecar.of(file.get()).inputs().get("big order").replaceAll("\\s", ""));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RunPanelTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private static Path copy(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, resource(name));
        return p;
    }
}

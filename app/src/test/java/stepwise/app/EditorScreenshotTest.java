package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.app.editor.ParseState;

/** Drives the window into the states people see most and saves a picture of each. */
@ExtendWith(ApplicationExtension.class)
class EditorScreenshotTest {
    private static final String ORDER = """
            {
              "Comment": "Order fulfilment: charge, reserve stock in parallel, ship",
              "StartAt": "ValidateOrder",
              "States": {
                "ValidateOrder": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {
                    "FunctionName": "validate-order",
                    "Payload.$": "$"
                  },
                  "ResultSelector": {"order.$": "$.Payload"},
                  "Retry": [
                    {
                      "ErrorEquals": ["States.TaskFailed"],
                      "IntervalSeconds": 2,
                      "MaxAttempts": 3,
                      "BackoffRate": 2,
                      "JitterStrategy": "FULL"
                    }
                  ],
                  "Catch": [{"ErrorEquals": ["InvalidOrder"], "ResultPath": "$.error", "Next": "Rejected"}],
                  "Next": "IsExpress"
                },
                "IsExpress": {
                  "Type": "Choice",
                  "Choices": [
                    {"Variable": "$.order.express", "BooleanEquals": true, "Next": "ShipToday"}
                  ],
                  "Default": "WaitForBatch"
                },
                "WaitForBatch": {"Type": "Wait", "Seconds": 3600, "Next": "ShipToday"},
                "ShipToday": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::sns:publish",
                  "Parameters": {"Message.$": "States.Format('Order {} ships today', $.order.id)"},
                  "End": true
                },
                "Rejected": {"Type": "Fail", "Error": "InvalidOrder", "Cause": "The order failed validation"}
              }
            }
            """;

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, Settings.inMemory());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private void waitParsed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.editor().parseStateProperty().get() != ParseState.PARSING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_workflow_with_a_syntax_error_completion_and_find(FxRobot robot) throws Exception {
        Path file = dir.resolve("order.asl.json");
        Files.writeString(file, ORDER);
        robot.interact(() -> window.open(file));
        waitParsed(robot);
        robot.interact(() -> window.editor().area().requestFocus());
        Snapshots.saveWindow(window.stage(), "editor-workflow");

        // A syntax error: a missing comma.
        robot.interact(() -> {
            String text = window.session().text();
            int at = text.indexOf("\"Next\": \"IsExpress\"") - 1;
            int comma = text.lastIndexOf(',', at);
            window.editor().area().replaceText(comma, comma + 1, "");
        });
        waitParsed(robot);
        assertTrue(window.editor().parseStateProperty().get() == ParseState.SYNTAX_ERROR);
        Snapshots.saveWindow(window.stage(), "editor-syntax-error");
        robot.interact(() -> window.editor().undo());
        waitParsed(robot);

        // Completion of a Next value.
        robot.interact(() -> {
            String text = window.session().text();
            int at = text.indexOf("\"Next\": \"ShipToday\"}") + 9;
            window.editor().area().replaceText(at, at + "ShipToday".length(), "");
            window.editor().area().moveTo(at);
            window.editor().area().requestFocus();
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.SPACE)
                .release(javafx.scene.input.KeyCode.SPACE).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.editor().completionShowing(), "completion is open");
        Snapshots.saveWindow(window.stage(), "editor-completion");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> window.editor().undo());

        // Find.
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F).release(javafx.scene.input.KeyCode.CONTROL);
        robot.write("Next");
        waitParsed(robot);
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.saveWindow(window.stage(), "editor-find");
        assertFalse(window.session().text().isEmpty());
    }

    @Test
    void a_yaml_workflow_with_a_fold_and_a_hover(FxRobot robot) throws Exception {
        String yaml = """
                # Nightly export: one Map over the customers
                Comment: Export every customer's orders
                StartAt: ListCustomers
                States:
                  ListCustomers:
                    Type: Task
                    Resource: arn:aws:states:::aws-sdk:dynamodb:scan
                    Parameters:
                      TableName: customers
                    ResultSelector:
                      items.$: $.Items
                    Next: ExportEach
                  ExportEach:
                    Type: Map
                    ItemsPath: $.items
                    MaxConcurrency: 10
                    ItemProcessor:
                      ProcessorConfig:
                        Mode: INLINE
                      StartAt: Export
                      States:
                        Export:
                          Type: Task
                          Resource: arn:aws:states:::lambda:invoke
                          Retry:
                            - ErrorEquals: [States.TaskFailed]
                              MaxAttempts: 3
                              BackoffRate: 2
                          End: true
                    Next: Done
                  Done:
                    Type: Succeed
                """;
        Path file = dir.resolve("export.asl.yaml");
        Files.writeString(file, yaml);
        robot.interact(() -> window.open(file));
        waitParsed(robot);
        robot.interact(() -> {
            var area = window.editor().area();
            int key = area.getText().indexOf("ItemsPath");
            assertTrue(area.getStyleAtPosition(key + 1).contains("tok-asl-key"));
            area.foldParagraphs(4, 11);
            int at = area.getText().indexOf("BackoffRate") + 3;
            area.moveTo(at);
            var bounds = area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow();
            area.fireEvent(org.fxmisc.richtext.event.MouseOverTextEvent.beginAt(
                    new javafx.geometry.Point2D(bounds.getMinX(), bounds.getMinY()), at));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.saveWindow(window.stage(), "editor-yaml-fold-hover");
    }

    @Test
    void problems_from_a_plugged_in_checker_are_listed_and_marked(FxRobot robot) throws Exception {
        Path file = dir.resolve("order.asl.json");
        Files.writeString(file, ORDER);
        // What the validator will do through this one line: here, a warning about a task without a timeout.
        robot.interact(() -> window.setDiagnoser(doc -> {
            java.util.List<stepwise.model.Diagnostic> out = new java.util.ArrayList<>();
            if (doc.machine() != null) {
                for (stepwise.model.asl.State st : doc.machine().allStates()) {
                    if (st instanceof stepwise.model.asl.TaskState && st.raw().get("TimeoutSeconds") == null) {
                        out.add(stepwise.model.Diagnostic.warning("TASK_NO_TIMEOUT", "Task " + st.name()
                                + " has no TimeoutSeconds: a stuck call waits as long as the execution", st.pointer().toString(),
                                st.raw().member("Type").span()));
                    }
                }
            }
            return out;
        }));
        robot.interact(() -> window.open(file));
        waitParsed(robot);
        assertEquals(2, window.editor().diagnostics().stream().filter(d -> d.code().equals("TASK_NO_TIMEOUT")).count());
        robot.interact(() -> window.editor().goToLine(60, 1));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.saveWindow(window.stage(), "editor-problems");
    }
}

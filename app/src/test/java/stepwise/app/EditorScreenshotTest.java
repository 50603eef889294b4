package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
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
        window = new MainWindow(stage, new RecentFiles(Preferences.userRoot().node("dev/stepwise/test/screens")));
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
}

package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.assets.Example;
import stepwise.assets.Examples;
import stepwise.engine.ExecutionStatus;

/** An example opened from the start page runs at once with its own inputs and test cases. */
@ExtendWith(ApplicationExtension.class)
class ExampleRunTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, Settings.inMemory());
        stage.show();
    }

    @Test
    void an_opened_example_runs_its_default_test_case_with_no_set_up(FxRobot robot) throws Exception {
        Example example = Examples.find("trip-booking-saga").orElseThrow();
        robot.interact(() -> window.openExample(example, null));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> testCase = robot.lookup("#test-case").queryComboBox();
        assertEquals(example.defaultTestCase(), testCase.getValue());
        String expectedInput = example.input(example.testCase(example.defaultTestCase()).input()).json();
        assertEquals(expectedInput, robot.lookup("#run-input").queryAs(TextArea.class).getText());
        robot.interact(() -> window.runPanel().runWorkflow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.runPanel().executionProperty().get() != null
                && !window.runPanel().runningProperty().get());
        ExecutionStatus expected = ExecutionStatus.valueOf(example.testCase(example.defaultTestCase()).expectedStatus());
        assertEquals(expected, window.runPanel().executionProperty().get().status());

        // watching it: the run's middle on the canvas, with the run panel beside it (the README's picture)
        robot.interact(() -> {
            for (TabPane tabs : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
                tabs.getTabs().stream().filter(t -> t.getText().equals("Run")).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            }
            robot.lookup(".split-pane").queryAllAs(javafx.scene.control.SplitPane.class).stream()
                    .filter(p -> p.getOrientation() == javafx.geometry.Orientation.VERTICAL).findFirst()
                    .ifPresent(p -> p.setDividerPositions(0.6));
            window.runPanel().player().seek(window.runPanel().player().sizeProperty().get() / 2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".execution-token").queryAll().isEmpty(), "a token on the canvas halfway through the run");
        Snapshots.saveWindow(window.stage(), "window-example-run");
        javafx.scene.control.Button run = robot.lookup("#run-button").queryButton();
        assertFalse(run.isNeedsLayout() || !run.getText().equals(((javafx.scene.text.Text) run.lookup(".text")).getText()),
                "the Run button shows its whole label beside a long status line");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_another_test_case_takes_its_input(FxRobot robot) {
        Example example = Examples.find("order-processing").orElseThrow();
        robot.interact(() -> window.openExample(example, null));
        WaitForAsyncUtils.waitForFxEvents();
        String other = example.testCases().keySet().stream().filter(t -> !example.testCase(t).input().equals(example.defaultInput()))
                .findFirst().orElseThrow();
        ComboBox<String> testCase = robot.lookup("#test-case").queryAs(ComboBox.class);
        robot.interact(() -> testCase.setValue(other));
        String text = robot.lookup("#run-input").queryAs(TextArea.class).getText();
        assertTrue(text.equals(example.input(example.testCase(other).input()).json()), text);
    }
}

package stepwise.canvas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.model.edit.WorkflowSession;

@ExtendWith(ApplicationExtension.class)
class CanvasLookTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void looks(FxRobot robot) throws Exception {
        for (String name : new String[] {"order", "nested"}) {
            WorkflowCanvas[] canvas = new WorkflowCanvas[1];
            robot.interact(() -> {
                canvas[0] = new WorkflowCanvas(new WorkflowSession(Workflows.document(name)), new WorkflowSelection());
                stage.setScene(new Scene(canvas[0], 1100, 800));
                stage.show();
            });
            canvas[0].whenLaidOut().get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> canvas[0].fitToWindow());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> Snapshots.write(canvas[0], "look-" + name));
        }
        assertTrue(true);
    }
}

package stepwise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the inspector for one state of each kind to PNG files, to look at:
 * {@code ./mvnw -B -q -pl app -am test -Dtest=InspectorSnapshots -Dinspector.snapshots=/tmp/inspector -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "inspector.snapshots", matches = ".+")
class InspectorSnapshots {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void renders_one_state_of_each_kind(FxRobot robot) throws IOException {
        Path dir = Path.of(System.getProperty("inspector.snapshots"));
        Files.createDirectories(dir);
        String orders = InspectorHarness.resource("orders.asl.json");
        String signup = InspectorHarness.resource("signup.asl.json");
        shoot(robot, dir.resolve("task-retry-catch.png"), orders, "/States/Charge card", 1420);
        shoot(robot, dir.resolve("choice-nested.png"), orders, "/States/Check stock", 1000);
        shoot(robot, dir.resolve("wait.png"), orders, "/States/Wait for stock", 460);
        shoot(robot, dir.resolve("map-distributed.png"), orders, "/States/Ship items", 1300);
        shoot(robot, dir.resolve("jsonata-task.png"), signup, "/States/Create account", 1300);
        shoot(robot, dir.resolve("jsonata-choice.png"), signup, "/States/Paid plan?", 600);
        shoot(robot, dir.resolve("fail.png"), orders, "/States/Reject", 420);
        shoot(robot, dir.resolve("nothing-selected.png"), orders, null, 300);
        String parallel = """
                {
                  "StartAt": "Fan out",
                  "States": {
                    "Fan out": {
                      "Type": "Parallel",
                      "Branches": [
                        {"StartAt": "Email", "States": {"Email": {"Type": "Pass", "End": true}}},
                        {"StartAt": "Sms", "States": {"Sms": {"Type": "Pass", "Next": "Log"}, "Log": {"Type": "Pass", "End": true}}}
                      ],
                      "ResultPath": "$.sent",
                      "End": true
                    }
                  }
                }
                """;
        shoot(robot, dir.resolve("parallel.png"), parallel, "/States/Fan out", 760);
        InspectorHarness h = InspectorHarness.open(robot, stage, orders, "/States/Charge card", 420, 700);
        robot.interact(() -> {
            TextInputControl interval = (TextInputControl) h.field("field:/Retry/0/IntervalSeconds").control();
            interval.setText("two");
            ((TextBinding) h.field("field:/Retry/0/IntervalSeconds")).commit();
            TextBinding next = (TextBinding) h.field("field:/ResultPath");
            next.input().setText("$.charge[*]");
            next.commit();
            TextBinding parameters = (TextBinding) h.field("field:/Parameters");
            parameters.input().setText("{\n  \"FunctionName\": \"charge-card\"\n  \"Payload.$\": \"$.order\"\n}");
            parameters.commit();
        });
        render(robot, h, dir.resolve("invalid-input.png"), 1420);
        InspectorHarness collapsed = InspectorHarness.open(robot, stage, orders, "/States/Charge card", 420, 700);
        robot.interact(() -> collapsed.inspector.sections().stream()
                .filter(sec -> !sec.title().equals("State") && !sec.title().equals("Retry"))
                .forEach(sec -> sec.node().setExpanded(false)));
        render(robot, collapsed, dir.resolve("collapsed.png"), 640);
        robot.interact(() -> collapsed.inspector.sections().forEach(sec -> sec.node().setExpanded(true)));
    }

    private void shoot(FxRobot robot, Path file, String text, String state, double height) throws IOException {
        InspectorHarness h = InspectorHarness.open(robot, stage, text, state, 420, 700);
        render(robot, h, file, height);
    }

    private void render(FxRobot robot, InspectorHarness h, Path file, double height) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            // Taller than the headless screen: render in a scene of its own, off the stage.
            h.inspector.getScene().setRoot(new Pane());
            image[0] = new Scene(h.inspector, 420, height).snapshot(null);
        });
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(png, "png", file.toFile());
        assertTrue(Files.size(file) > 0, "wrote " + file);
    }
}

package stepwise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The inspector edits YAML workflows as it edits JSON ones: only the value changes, comments stay. */
class InspectorYamlTest extends InspectorTestBase {
    private static final String YAML = """
            # Nightly report
            StartAt: Build
            States:
              Build:
                Type: Task
                Resource: arn:aws:states:::lambda:invoke   # the report builder
                TimeoutSeconds: 300
                Retry:
                  - ErrorEquals: [States.TaskFailed]
                    MaxAttempts: 2
                Next: Done
              Done:
                Type: Succeed
            """;

    @Test
    void a_yaml_field_changes_in_place_keeping_comments(FxRobot robot) {
        open(robot, YAML, "/States/Build");
        enter("field:/Retry/0/MaxAttempts", "5");
        assertChanged(YAML, List.of("-MaxAttempts: 2", "+MaxAttempts: 5"));
    }

    @Test
    void a_yaml_integration_pattern_keeps_the_comment_after_the_value(FxRobot robot) {
        open(robot, YAML, "/States/Build");
        robot.interact(() -> ((javafx.scene.control.ToggleButton) h.node(robot, "pattern:CALLBACK")).fire());
        assertEquals(List.of("-Resource: arn:aws:states:::lambda:invoke   # the report builder",
                "+Resource: arn:aws:states:::lambda:invoke.waitForTaskToken   # the report builder"), changedLines(YAML, h.text()));
    }
}

package stepwise.app.inspector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.WorkflowSelection;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.edit.WorkflowSession;

/** An inspector on a workflow in a stage, validating on the FX thread's queue so that tests need not wait on time. */
final class InspectorHarness {
    final WorkflowSession session;
    final WorkflowSelection selection = new WorkflowSelection();
    final Inspector inspector;
    final Stage stage;

    private InspectorHarness(Stage stage, String text, double width, double height) {
        this.stage = stage;
        boolean yaml = !text.stripLeading().startsWith("{");
        this.session = new WorkflowSession(AslDocument.of(text, yaml ? Syntax.YAML : Syntax.JSON));
        this.inspector = new Inspector(session, selection, Runnable::run);
        stage.setScene(new Scene(inspector, width, height));
        stage.show();
    }

    /** Opens {@code text} (YAML when it does not start with a brace) and selects the state at {@code state} ("/States/Charge card"). */
    static InspectorHarness open(FxRobot robot, Stage stage, String text, String state) {
        return open(robot, stage, text, state, 420, 900);
    }

    static InspectorHarness open(FxRobot robot, Stage stage, String text, String state, double width, double height) {
        InspectorHarness[] h = new InspectorHarness[1];
        robot.interact(() -> {
            h[0] = new InspectorHarness(stage, text, width, height);
            h[0].selection.select(state, "test");
        });
        WaitForAsyncUtils.waitForFxEvents();
        return h[0];
    }

    static String resource(String name) {
        try (InputStream in = InspectorHarness.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field of the state at {@code id} ("field:/Retry/0/MaxAttempts", "field:name"). */
    FieldBinding field(String id) {
        return inspector.fields().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + id + " among " + inspector.fields().stream().map(FieldBinding::id).toList()));
    }

    <T extends Node> T node(FxRobot robot, String id) {
        return robot.lookup((Node n) -> id.equals(n.getId())).query();
    }

    String text() {
        return session.text();
    }

    List<String> stateProblems() {
        return inspector.stateProblems();
    }
}

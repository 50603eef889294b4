package stepwise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What the inspector tests share: a stage, the sample workflows, and moves of the user in the form. */
@ExtendWith(ApplicationExtension.class)
abstract class InspectorTestBase {
    static final String ORDERS = InspectorHarness.resource("orders.asl.json");
    static final String SIGNUP = InspectorHarness.resource("signup.asl.json");

    protected Stage stage;
    protected FxRobot robot;
    protected InspectorHarness h;

    InspectorHarness open(FxRobot robot, String text, String state) {
        this.robot = robot;
        try {
            stage = FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new AssertionError("the JavaFX toolkit did not start", e);
        }
        h = InspectorHarness.open(robot, stage, text, state, 420, 780);
        return h;
    }

    TextInputControl input(String id) {
        FieldBinding f = h.field(id);
        return (TextInputControl) f.control();
    }

    /** Puts {@code text} in the field as if typed (without committing it). */
    void typeInto(String id, String text) {
        TextInputControl input = input(id);
        robot.interact(() -> {
            input.requestFocus();
            input.setText(text);
        });
    }

    void press(String id, KeyCode key) {
        Node node = h.field(id).control();
        robot.interact(() -> Event.fireEvent(node, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types {@code text} into the field and presses Enter. */
    void enter(String id, String text) {
        typeInto(id, text);
        press(id, KeyCode.ENTER);
    }

    /** Picks {@code value} in the combo box of field {@code id}. */
    void pick(String id, String value) {
        @SuppressWarnings("unchecked")
        ComboBox<String> combo = (ComboBox<String>) h.field(id).control();
        robot.interact(() -> combo.setValue(value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the menu {@code menuId} and chooses {@code item}. */
    void choose(String menuId, String item) {
        MenuButton menu = h.node(robot, menuId);
        robot.interact(() -> {
            menu.show();
            MenuItem found = menu.getItems().stream().filter(i -> item.equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + item + " in " + menu.getItems().stream().map(MenuItem::getText).toList()));
            menu.hide();
            found.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void undo() {
        robot.interact(() -> h.session.undo());
        WaitForAsyncUtils.waitForFxEvents();
    }

    String shown(String id) {
        return input(id).getText();
    }

    /** Asserts that the edit changed exactly {@code changes} ("-old line", "+new line") and nothing else, and that undo restores it. */
    void assertChanged(String before, List<String> changes) {
        String after = h.text();
        assertEquals(changes, changedLines(before, after));
        undo();
        assertEquals(before, h.text(), "undo restores the text");
    }

    /** The lines removed ("-") and added ("+") between two texts, in order. */
    static List<String> changedLines(String before, String after) {
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<String> out = new ArrayList<>();
        for (String s : a.subList(start, endA)) {
            out.add("-" + s.strip());
        }
        for (String s : b.subList(start, endB)) {
            out.add("+" + s.strip());
        }
        return out;
    }
}

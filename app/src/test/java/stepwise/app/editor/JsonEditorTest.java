package stepwise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.WorkflowSelection;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.TextEdit;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

@ExtendWith(ApplicationExtension.class)
class JsonEditorTest {
    static final String WORKFLOW = """
            {
              "Comment": "Orders",
              "StartAt": "Validate",
              "States": {
                "Validate": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Next": "Charge"
                },
                "Charge": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Next": "Ship"
                },
                "Ship": {
                  "Type": "Pass",
                  "End": true
                }
              }
            }
            """;

    /** What the canvas does: a command that replaces one string value at a pointer. */
    private record SetString(String pointer, String value) implements EditCommand {
        @Override
        public String description() {
            return "Set " + pointer;
        }

        @Override
        public List<TextEdit> edits(AslDocument document) {
            JsonValue v = document.at(JsonPointer.parse(pointer));
            return List.of(new TextEdit(v.span().start(), v.span().end(), "\"" + value + "\""));
        }
    }

    private static final WorkflowSession.Origin CANVAS = new WorkflowSession.Origin() {
    };

    private JsonEditor editor;
    private WorkflowSession session;
    private final WorkflowSelection selection = new WorkflowSelection();

    @Start
    void start(Stage stage) {
        editor = new JsonEditor();
        session = new WorkflowSession(AslDocument.of(WORKFLOW));
        editor.setSession(session, Syntax.JSON);
        editor.setSelection(selection);
        stage.setScene(new Scene(editor.node(), 700, 500));
        stage.show();
        editor.area().requestFocus();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.parseStateProperty().get() != ParseState.PARSING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int offsetOf(String needle) {
        int i = session.text().indexOf(needle);
        assertTrue(i >= 0, needle);
        return i;
    }

    @Test
    void typing_updates_the_sessions_parsed_document_after_a_pause(FxRobot robot) throws Exception {
        settle();
        int at = offsetOf("\"Orders\"") + "\"Orders".length();
        robot.interact(() -> editor.area().moveTo(at));
        robot.write(" and refunds");
        settle();
        AslDocument parsed = session.parsedDocument();
        assertNotNull(parsed, "the parse of the typed text reached the session");
        assertEquals("Orders and refunds", parsed.machine().comment());
        assertEquals(ParseState.PARSED, editor.parseStateProperty().get());
        assertEquals(editor.area().getText(), session.text());
    }

    @Test
    void typing_a_word_is_one_undo_step(FxRobot robot) throws Exception {
        settle();
        int at = offsetOf("\"Orders\"") + "\"Orders".length();
        robot.interact(() -> editor.area().moveTo(at));
        robot.write("Extra");
        settle();
        assertTrue(session.text().contains("OrdersExtra"));
        robot.interact(() -> editor.undo());
        assertEquals(WORKFLOW, session.text());
        assertEquals(WORKFLOW, editor.area().getText());
    }

    @Test
    void a_command_changes_only_its_lines_and_keeps_the_caret(FxRobot robot) throws Exception {
        settle();
        int caret = offsetOf("\"Ship\": {") + 3;
        robot.interact(() -> editor.area().selectRange(caret, caret));
        String before = editor.area().getText();
        robot.interact(() -> {
            try {
                session.execute(new SetString("/States/Validate/Next", "Ship"), CANVAS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        settle();
        String after = editor.area().getText();
        assertEquals(session.text(), after);
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertEquals(a.size(), b.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(i);
            }
        }
        assertEquals(List.of(7), changed, "only the Next line of Validate changed");
        int shift = "\"Ship\"".length() - "\"Charge\"".length();
        assertEquals(caret + shift, editor.area().getCaretPosition(), "the caret stays on the same character");
    }

    @Test
    void invalid_json_keeps_the_last_good_document_and_shows_the_error(FxRobot robot) throws Exception {
        settle();
        AslDocument good = session.parsedDocument();
        int comma = offsetOf("\"Next\": \"Charge\"") - 1;
        int at = session.text().lastIndexOf(',', comma);
        robot.interact(() -> editor.area().replaceText(at, at + 1, ""));
        settle();
        assertEquals(ParseState.SYNTAX_ERROR, editor.parseStateProperty().get());
        assertSame(good, session.lastGoodDocument(), "views keep the last good parse");
        assertTrue(session.parsedDocument().hasSyntaxErrors());
        assertFalse(editor.diagnostics().isEmpty());
        assertEquals("SYNTAX", editor.diagnostics().get(0).code());
        assertEquals(8, editor.diagnostics().get(0).line(), "the error is at the line after the missing comma");
        assertTrue(editor.area().getText().equals(session.text()), "no text is lost");
        List<String> styles = new ArrayList<>(editor.area().getStyleAtPosition(session.text().indexOf("\"Next\": \"Charge\"") + 1));
        assertTrue(styles.contains(Mark.ERROR), "the error is squiggled: " + styles);
    }

    @Test
    void undo_steps_back_through_typing_and_commands_in_order(FxRobot robot) throws Exception {
        settle();
        int at = offsetOf("\"Orders\"") + "\"Orders".length();
        robot.interact(() -> editor.area().moveTo(at));
        robot.write("X");
        settle();
        robot.interact(() -> {
            try {
                session.execute(new SetString("/States/Charge/Next", "Validate"), CANVAS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        settle();
        String afterBoth = session.text();
        assertTrue(afterBoth.contains("OrdersX") && afterBoth.contains("\"Next\": \"Validate\""));
        robot.interact(() -> editor.undo());
        assertTrue(session.text().contains("OrdersX"));
        assertTrue(session.text().contains("\"Next\": \"Ship\""));
        robot.interact(() -> editor.undo());
        assertEquals(WORKFLOW, session.text());
        assertEquals(WORKFLOW, editor.area().getText());
        robot.interact(() -> editor.redo());
        robot.interact(() -> editor.redo());
        assertEquals(afterBoth, editor.area().getText());
    }

    @Test
    void ctrl_z_in_the_editor_undoes_on_the_shared_stack(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> {
            try {
                session.execute(new SetString("/States/Charge/Next", "Validate"), CANVAS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WORKFLOW, session.text());
    }

    @Test
    void selecting_a_state_elsewhere_selects_its_json(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> selection.select("/States/Charge", CANVAS));
        String selected = editor.area().getSelectedText();
        assertTrue(selected.startsWith("\"Charge\": {"), selected);
        assertTrue(selected.endsWith("}"), selected);
        assertTrue(selected.contains("\"Next\": \"Ship\""));
    }

    @Test
    void moving_the_caret_into_a_state_selects_it(FxRobot robot) throws Exception {
        settle();
        int at = offsetOf("\"Type\": \"Pass\"");
        robot.interact(() -> {
            editor.area().requestFocus();
            editor.area().moveTo(at);
        });
        assertEquals("/States/Ship", selection.getPrimary());
        assertSame(editor, selection.sourceProperty().get());
    }

    @Test
    void enter_keeps_indentation_and_braces_close_themselves(FxRobot robot) throws Exception {
        settle();
        int at = offsetOf("\"End\": true") + "\"End\": true".length();
        robot.interact(() -> editor.area().moveTo(at));
        robot.write(",");
        robot.type(KeyCode.ENTER);
        robot.write("\"Extra\": {");
        robot.type(KeyCode.ENTER);
        settle();
        String text = session.text();
        assertTrue(text.contains("\"End\": true,\n      \"Extra\": {\n        \n      }\n"), text);
    }

    @Test
    void completion_offers_state_names_and_inserts_the_chosen_one(FxRobot robot) throws Exception {
        settle();
        int at = offsetOf("\"Next\": \"Ship\"") + "\"Next\": \"".length();
        robot.interact(() -> {
            editor.area().replaceText(at, at + 4, "");
            editor.area().moveTo(at);
        });
        settle();
        robot.press(KeyCode.CONTROL).press(KeyCode.SPACE).release(KeyCode.SPACE).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.completionShowing());
        assertEquals(List.of("Validate", "Ship"), editor.completionItems().stream().map(Completion::label).toList());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.text().contains("\"Next\": \"Ship\"\n    },\n    \"Ship\""), session.text());
        assertFalse(editor.completionShowing());
    }

    @Test
    void find_counts_matches_and_replace_all_is_one_undo_step(FxRobot robot) throws Exception {
        settle();
        robot.press(KeyCode.CONTROL).press(KeyCode.H).release(KeyCode.H).release(KeyCode.CONTROL);
        robot.write("lambda:invoke");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            editor.findBar().replaceField().setText("sqs:sendMessage");
            editor.findBar().replaceAllForTest();
        });
        settle();
        assertFalse(session.text().contains("lambda:invoke"));
        assertEquals(2, session.text().split("sqs:sendMessage", -1).length - 1);
        assertEquals(session.text(), editor.area().getText());
        robot.interact(() -> editor.undo());
        assertEquals(WORKFLOW, session.text());
    }

    @Test
    void a_state_folds_to_one_line_and_unfolds(FxRobot robot) throws Exception {
        settle();
        int inside = offsetOf("\"Type\": \"Pass\"");
        robot.interact(() -> {
            editor.area().moveTo(inside);
            editor.foldAtCaret();
        });
        int line = editor.area().getCurrentParagraph();
        assertEquals(14, line, "the caret goes to the folded line, the state's first");
        assertTrue(editor.area().isFolded(15));
        assertTrue(editor.area().isFolded(17));
        assertFalse(editor.area().isFolded(18));
        robot.interact(() -> editor.unfoldAtCaret());
        assertFalse(editor.area().isFolded(15));
        assertEquals(WORKFLOW, session.text(), "folding does not change the text");
    }

    @Test
    void find_matches_follow_the_text_after_a_pause(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> editor.findBar().open(false));
        robot.write("Next");
        settle();
        int at = offsetOf("\"End\": true");
        robot.interact(() -> editor.area().insertText(at, "\"Next\": \"Validate\", "));
        settle();
        long hits = editor.area().getStyleSpans(0, editor.area().getLength()).stream()
                .filter(span -> span.getStyle().contains("search-hit")).count();
        assertEquals(3, hits, "each Next is marked, the new one too");
    }
}

package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonPointer;

class WorkflowSessionTest {
    private static EditCommand replace(String from, String to) {
        return new EditCommand() {
            @Override
            public String description() {
                return "Replace " + from;
            }

            @Override
            public List<TextEdit> edits(AslDocument d) {
                int at = d.text().indexOf(from);
                return List.of(new TextEdit(at, at + from.length(), to));
            }
        };
    }

    @Test
    void command_is_one_undo_step() throws EditException {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{\"a\": 1, \"b\": 2}"));
        s.execute(replace("1", "10"), null);
        assertEquals("{\"a\": 10, \"b\": 2}", s.text());
        assertTrue(s.undo());
        assertEquals("{\"a\": 1, \"b\": 2}", s.text());
        assertTrue(s.redo());
        assertEquals("{\"a\": 10, \"b\": 2}", s.text());
    }

    @Test
    void typing_with_one_merge_key_undoes_at_once() {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{}"));
        s.edit(List.of(TextEdit.insert(1, "\"")), "Typing", null, "typing");
        s.edit(List.of(TextEdit.insert(2, "a")), "Typing", null, "typing");
        s.edit(List.of(TextEdit.insert(3, "\"")), "Typing", null, "typing");
        assertEquals("{\"a\"}", s.text());
        s.undo();
        assertEquals("{}", s.text());
    }

    @Test
    void dirty_follows_the_saved_point_through_undo() throws EditException {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{\"a\": 1}"));
        assertFalse(s.isDirty());
        s.execute(replace("1", "2"), null);
        assertTrue(s.isDirty());
        s.markSaved();
        assertFalse(s.isDirty());
        s.undo();
        assertTrue(s.isDirty());
        s.redo();
        assertFalse(s.isDirty());
    }

    @Test
    void stale_parse_is_refused() {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{}"));
        long v = s.version();
        AslDocument parsedEarly = AslDocument.of("{}");
        s.edit(List.of(TextEdit.insert(1, " ")), "Typing", null, null);
        assertFalse(s.offerParse(v, parsedEarly));
        assertEquals("{ }", s.document().text());
    }

    @Test
    void syntax_error_keeps_last_good_document() {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{\"StartAt\": \"A\"}"));
        s.replaceAll("{\"StartAt\": ", "Typing", null);
        assertTrue(s.document().hasSyntaxErrors());
        assertEquals("{\"StartAt\": \"A\"}", s.lastGoodDocument().text());
    }

    @Test
    void inverse_edits_restore_text() {
        String text = "abcdef";
        List<TextEdit> edits = List.of(new TextEdit(1, 2, "XYZ"), new TextEdit(4, 6, ""));
        String after = TextEdit.apply(text, edits);
        assertEquals("aXYZcd", after);
        assertEquals(text, TextEdit.apply(after, TextEdit.inverse(text, edits)));
    }

    @Test
    void mark_unsaved_makes_a_clean_session_dirty_until_the_next_save() {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{}"));
        assertFalse(s.isDirty());
        s.markUnsaved();
        assertTrue(s.isDirty());
        s.markSaved();
        assertFalse(s.isDirty());
    }

    private static final String THREE = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "B"},
                "B": {"Type": "Pass", "Next": "C"},
                "C": {"Type": "Succeed"}
              }
            }
            """;

    @Test
    void several_commands_are_one_undo_step_each_computed_on_the_previous_result() throws EditException {
        WorkflowSession s = new WorkflowSession(AslDocument.of(THREE));
        List<WorkflowSession.Change> changes = new java.util.ArrayList<>();
        s.addListener(changes::add);
        assertTrue(s.execute("Delete 2 states", List.of(new DeleteState(JsonPointer.parse("/States/A")),
                new DeleteState(JsonPointer.parse("/States/B"))), null));
        assertEquals("""
                {
                  "StartAt": "C",
                  "States": {
                    "C": {"Type": "Succeed"}
                  }
                }
                """, s.text());
        assertEquals(1, changes.size(), "one notification");
        assertEquals(s.text(), TextEdit.apply(changes.get(0).before(), changes.get(0).edits()), "the change's edits make the new text");
        assertEquals("Delete 2 states", s.undoDescription());
        assertEquals(s.text(), s.document().text(), "the result is parsed");
        assertTrue(s.undo());
        assertEquals(THREE, s.text());
        assertFalse(s.canUndo());
        assertTrue(s.redo());
        assertEquals("{\n  \"StartAt\": \"C\",\n  \"States\": {\n    \"C\": {\"Type\": \"Succeed\"}\n  }\n}\n", s.text());
    }

    @Test
    void a_refused_command_among_several_changes_nothing() {
        WorkflowSession s = new WorkflowSession(AslDocument.of(THREE));
        EditException e = org.junit.jupiter.api.Assertions.assertThrows(EditException.class, () -> s.execute("Rename two",
                List.of(new RenameState(JsonPointer.parse("/States/A"), "X"), new RenameState(JsonPointer.parse("/States/B"), "X")), null));
        assertTrue(e.getMessage().startsWith("Rename state B to X: "), e.getMessage());
        assertEquals(THREE, s.text());
        assertFalse(s.canUndo());
    }

    @Test
    void composed_edits_equal_the_edits_applied_one_after_the_other() {
        String text = "abcdefghij";
        List<TextEdit> first = List.of(new TextEdit(1, 3, "XYZ"), TextEdit.insert(8, "--"));
        String middle = TextEdit.apply(text, first);
        List<TextEdit> second = List.of(new TextEdit(2, 5, "q"), TextEdit.delete(0, 1), new TextEdit(9, 12, ""));
        String expected = TextEdit.apply(middle, second);
        List<TextEdit> composed = TextEdit.compose(text, first, second);
        assertEquals(expected, TextEdit.apply(text, composed));
        assertEquals(text, TextEdit.apply(expected, TextEdit.inverse(text, composed)));
    }

    /** A change outside the text, as the canvas's pins are: it counts its undos and redos. */
    private static final class Counted implements WorkflowSession.SideChange {
        int value = 1;

        @Override
        public String description() {
            return "Move state A";
        }

        @Override
        public void undo() {
            value = 0;
        }

        @Override
        public void redo() {
            value = 1;
        }
    }

    @Test
    void a_side_change_takes_its_turn_on_the_undo_stack() throws EditException {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{\"a\": 1}"));
        s.execute(replace("1", "2"), null);
        Counted moved = new Counted();
        s.record(moved);
        s.execute(replace("2", "3"), null);
        s.undo();
        assertEquals("{\"a\": 2}", s.text());
        assertEquals(1, moved.value);
        assertEquals("Move state A", s.undoDescription());
        s.undo();
        assertEquals(0, moved.value, "undone");
        assertEquals("{\"a\": 2}", s.text(), "the text is not touched");
        s.undo();
        assertEquals("{\"a\": 1}", s.text());
        s.redo();
        s.redo();
        assertEquals(1, moved.value, "redone");
        assertEquals("Replace 2", s.redoDescription());
    }

    @Test
    void a_side_change_does_not_make_the_workflow_unsaved() throws EditException {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{\"a\": 1}"));
        s.execute(replace("1", "2"), null);
        s.markSaved();
        s.record(new Counted());
        assertFalse(s.isDirty());
        s.undo();
        assertFalse(s.isDirty());
        s.undo();
        assertTrue(s.isDirty());
        s.record(new Counted());
        assertTrue(s.isDirty(), "the saved text cannot come back by redo any more");
    }

    @Test
    void a_side_change_clears_what_could_be_redone() throws EditException {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{\"a\": 1}"));
        s.execute(replace("1", "2"), null);
        s.undo();
        s.record(new Counted());
        assertFalse(s.canRedo());
    }

    @Test
    void an_attached_side_change_is_undone_and_redone_with_the_command_in_one_step() throws EditException {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{\"a\": 1}"));
        s.execute(replace("1", "2"), null);
        Counted pinned = new Counted();
        s.attach(pinned);
        assertEquals("Replace 1", s.undoDescription(), "still the command's step");
        s.undo();
        assertEquals("{\"a\": 1}", s.text());
        assertEquals(0, pinned.value, "undone with the text");
        assertFalse(s.canUndo(), "one step in all");
        s.redo();
        assertEquals("{\"a\": 2}", s.text());
        assertEquals(1, pinned.value, "redone with the text");
    }

    @Test
    void attaching_with_no_text_step_to_join_makes_a_step_of_its_own() {
        WorkflowSession s = new WorkflowSession(AslDocument.of("{\"a\": 1}"));
        Counted pinned = new Counted();
        s.attach(pinned);
        assertEquals("Move state A", s.undoDescription());
        s.undo();
        assertEquals(0, pinned.value);
    }
}

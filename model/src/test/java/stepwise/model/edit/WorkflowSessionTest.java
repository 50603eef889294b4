package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;

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
}

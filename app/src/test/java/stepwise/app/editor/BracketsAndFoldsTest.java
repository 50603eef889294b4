package stepwise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BracketsAndFoldsTest {
    private final String text = "{\n  \"a\": [1, \"]\", {\"b\": 2}],\n  \"c\": {}\n}\n";

    @Test
    void bracket_match_skips_brackets_inside_strings() {
        BracketMatcher m = new BracketMatcher(false);
        int open = text.indexOf('[');
        int close = text.lastIndexOf(']');
        assertEquals(close, m.match(text, open));
        assertEquals(open, m.match(text, close));
        assertEquals(text.lastIndexOf('}'), m.match(text, 0));
        assertEquals(0, m.match(text, text.lastIndexOf('}')));
        assertEquals(-1, m.match(text, text.indexOf("\"]\"") + 1));
        assertEquals(-1, m.match(text, 1));
    }

    @Test
    void unmatched_bracket_has_no_match() {
        assertEquals(-1, new BracketMatcher(false).match("{\"a\": [1, 2}", 6));
    }

    @Test
    void json_folds_span_from_an_opening_line_to_its_closing_line() {
        FoldRegions f = FoldRegions.of(text, false);
        assertEquals(3, f.endOf(0));
        assertEquals(-1, f.endOf(1));
        assertEquals(-1, f.endOf(2));
    }

    @Test
    void yaml_folds_follow_indentation() {
        String yaml = "StartAt: A\nStates:\n  A:\n    Type: Pass\n\n    End: true\n  B:\n    Type: Succeed\n";
        FoldRegions f = FoldRegions.of(yaml, true);
        assertEquals(-1, f.endOf(0));
        assertEquals(7, f.endOf(1));
        assertEquals(5, f.endOf(2));
        assertEquals(7, f.endOf(6));
    }

    @Test
    void typing_in_one_run_is_one_undo_group_and_a_jump_starts_another() {
        TypingGroups g = new TypingGroups();
        String k1 = g.keyFor(10, 0, "a", 0);
        assertEquals(k1, g.keyFor(11, 0, "b", 1_000));
        assertEquals(k1, g.keyFor(12, 0, "c", 2_000));
        String k2 = g.keyFor(40, 0, "d", 3_000);
        assertEquals(false, k1.equals(k2));
        String k3 = g.keyFor(40, 1, "", 4_000);
        assertEquals(false, k2.equals(k3));
        assertEquals(k3, g.keyFor(39, 1, "", 5_000));
        assertEquals(null, g.keyFor(0, 0, "a long paste of text", 6_000));
        String k4 = g.keyFor(5, 0, "x", 7_000);
        assertEquals(false, k4.equals(g.keyFor(6, 0, "y", 7_000 + TypingGroups.PAUSE_NANOS + 1)));
    }
}

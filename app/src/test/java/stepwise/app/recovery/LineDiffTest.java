package stepwise.app.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {
    private static String lines(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append("line ").append(i).append('\n');
        }
        return sb.toString();
    }

    @Test
    void equal_texts_have_no_hunks() {
        assertTrue(LineDiff.of("a\nb\n", "a\nb\n", 3).isEmpty());
    }

    @Test
    void a_changed_line_shows_with_three_lines_of_context_and_both_numbers() {
        String before = lines(1, 20);
        String after = before.replace("line 10\n", "line ten\n");
        LineDiff d = LineDiff.of(before, after, 3);
        assertEquals(1, d.hunks().size());
        assertEquals(1, d.added());
        assertEquals(1, d.removed());
        LineDiff.Hunk h = d.hunks().get(0);
        assertEquals("@@ -7,7 +7,7 @@", h.header());
        assertEquals(new LineDiff.Line(LineDiff.Kind.SAME, 7, 7, "line 7"), h.lines().get(0));
        assertEquals(new LineDiff.Line(LineDiff.Kind.REMOVED, 10, 0, "line 10"), h.lines().get(3));
        assertEquals(new LineDiff.Line(LineDiff.Kind.ADDED, 0, 10, "line ten"), h.lines().get(4));
        assertEquals(new LineDiff.Line(LineDiff.Kind.SAME, 13, 13, "line 13"), h.lines().get(7));
    }

    @Test
    void changes_far_apart_make_separate_hunks_and_near_ones_one() {
        String before = lines(1, 40);
        String far = before.replace("line 5\n", "five\n").replace("line 30\n", "thirty\n");
        assertEquals(2, LineDiff.of(before, far, 3).hunks().size());
        String near = before.replace("line 5\n", "five\n").replace("line 10\n", "ten\n");
        assertEquals(1, LineDiff.of(before, near, 3).hunks().size());
    }

    @Test
    void added_lines_shift_the_new_numbers() {
        LineDiff d = LineDiff.of("a\nb\nc\n", "a\nnew\nb\nc\n", 1);
        assertEquals(List.of(new LineDiff.Line(LineDiff.Kind.SAME, 1, 1, "a"), new LineDiff.Line(LineDiff.Kind.ADDED, 0, 2, "new"),
                new LineDiff.Line(LineDiff.Kind.SAME, 2, 3, "b")), d.hunks().get(0).lines());
    }

    @Test
    void crlf_and_lf_texts_compare_by_their_lines() {
        assertTrue(LineDiff.of("a\r\nb\r\n", "a\nb\n", 3).isEmpty());
    }

    @Test
    void the_unified_text_reads_as_diff_u_does() {
        LineDiff d = LineDiff.of("a\nb\n", "a\nc\n", 3);
        assertEquals("--- disk\n+++ unsaved\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n", d.unified("disk", "unsaved"));
    }
}

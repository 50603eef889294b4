package stepwise.app.recovery;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The difference between two texts, line by line, as people read it: hunks of changed lines with a few
 * unchanged lines around them, each line with its numbers in the old and the new text. Pure; the diff
 * itself is java-diff-utils' Myers algorithm.
 *
 * @param hunks   the changed places, in order
 * @param added   lines only in the new text
 * @param removed lines only in the old text
 */
public record LineDiff(List<Hunk> hunks, int added, int removed) {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r");

    public enum Kind { SAME, ADDED, REMOVED }

    /**
     * One line of a hunk.
     * @param oldNumber its number in the old text (1-based), 0 for an added line
     * @param newNumber its number in the new text, 0 for a removed line
     */
    public record Line(Kind kind, int oldNumber, int newNumber, String text) {
    }

    /** Changed lines and their context; {@code oldStart}/{@code newStart} are 1-based, as in a unified diff. */
    public record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<Line> lines) {
        public Hunk {
            lines = List.copyOf(lines);
        }

        /** The {@code @@ -a,b +c,d @@} header of a unified diff. */
        public String header() {
            return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@";
        }
    }

    public LineDiff {
        hunks = List.copyOf(hunks);
    }

    public boolean isEmpty() {
        return hunks.isEmpty();
    }

    public static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(LINE_BREAK.split(text, -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1); // the break that ends the last line opens no new line
        }
        return out;
    }

    /** The difference from {@code before} to {@code after}, with {@code context} unchanged lines around each change. */
    public static LineDiff of(String before, String after, int context) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        List<Hunk> hunks = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int i = 0;
        while (i < deltas.size()) {
            // the deltas whose context overlaps make one hunk
            int j = i;
            while (j + 1 < deltas.size() && deltas.get(j + 1).getSource().getPosition()
                    - (deltas.get(j).getSource().getPosition() + deltas.get(j).getSource().size()) <= 2 * context) {
                j++;
            }
            AbstractDelta<String> first = deltas.get(i);
            int oldPos = Math.max(0, first.getSource().getPosition() - context);
            int newPos = first.getTarget().getPosition() - (first.getSource().getPosition() - oldPos);
            int oldStart = oldPos;
            int newStart = newPos;
            List<Line> lines = new ArrayList<>();
            for (int k = i; k <= j; k++) {
                AbstractDelta<String> d = deltas.get(k);
                while (oldPos < d.getSource().getPosition()) {
                    lines.add(new Line(Kind.SAME, ++oldPos, ++newPos, a.get(oldPos - 1)));
                }
                for (String s : d.getSource().getLines()) {
                    lines.add(new Line(Kind.REMOVED, ++oldPos, 0, s));
                    removed++;
                }
                for (String s : d.getTarget().getLines()) {
                    lines.add(new Line(Kind.ADDED, 0, ++newPos, s));
                    added++;
                }
            }
            int end = Math.min(a.size(), oldPos + context);
            while (oldPos < end) {
                lines.add(new Line(Kind.SAME, ++oldPos, ++newPos, a.get(oldPos - 1)));
            }
            hunks.add(new Hunk(oldStart + 1, oldPos - oldStart, newStart + 1, newPos - newStart, lines));
            i = j + 1;
        }
        return new LineDiff(hunks, added, removed);
    }

    /** The diff as a unified diff text ({@code diff -u}), for copying. */
    public String unified(String oldName, String newName) {
        StringBuilder sb = new StringBuilder("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        for (Hunk h : hunks) {
            sb.append(h.header()).append('\n');
            for (Line l : h.lines()) {
                sb.append(switch (l.kind()) {
                    case SAME -> ' ';
                    case ADDED -> '+';
                    case REMOVED -> '-';
                }).append(l.text()).append('\n');
            }
        }
        return sb.toString();
    }
}

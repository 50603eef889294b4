package stepwise.model.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replace the text between {@code start} (inclusive) and {@code end} (exclusive) with {@code replacement}. */
public record TextEdit(int start, int end, String replacement) {
    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
        replacement = replacement == null ? "" : replacement;
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text);
    }

    public static TextEdit delete(int start, int end) {
        return new TextEdit(start, end, "");
    }

    /** How much longer the text gets. */
    public int delta() {
        return replacement.length() - (end - start);
    }

    /**
     * Applies non-overlapping edits, all given against the same original text, and returns the new text.
     * @throws IllegalArgumentException when edits overlap or fall outside the text
     */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = sorted(edits);
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.start < at || e.end > text.length()) {
                throw new IllegalArgumentException("edits overlap or fall outside the text: " + e);
            }
            sb.append(text, at, e.start).append(e.replacement);
            at = e.end;
        }
        sb.append(text, at, text.length());
        return sb.toString();
    }

    /** The edits that turn the result of {@code apply(text, edits)} back into {@code text}. */
    public static List<TextEdit> inverse(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = sorted(edits);
        List<TextEdit> out = new ArrayList<>(sorted.size());
        int shift = 0;
        for (TextEdit e : sorted) {
            int newStart = e.start + shift;
            out.add(new TextEdit(newStart, newStart + e.replacement.length(), text.substring(e.start, e.end)));
            shift += e.delta();
        }
        return out;
    }

    static List<TextEdit> sorted(List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        return sorted;
    }
}

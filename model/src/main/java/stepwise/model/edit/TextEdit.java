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

    /**
     * One list of edits against {@code text} that does what {@code first} (against {@code text}) and then
     * {@code second} (against the result of {@code first}) do: where the second touches what the first
     * wrote, the two become one edit; elsewhere each edit stays as small as it was.
     */
    public static List<TextEdit> compose(String text, List<TextEdit> first, List<TextEdit> second) {
        if (first.isEmpty()) {
            return List.copyOf(second);
        }
        String middle = apply(text, first);
        if (second.isEmpty()) {
            return List.copyOf(first);
        }
        // every edit as a range of the middle text: the first's by what they wrote, the second's by what they replace
        List<Range> ranges = new ArrayList<>();
        int shift = 0;
        for (TextEdit e : sorted(first)) {
            ranges.add(new Range(e.start + shift, e.start + shift + e.replacement.length(), e, true));
            shift += e.delta();
        }
        for (TextEdit e : sorted(second)) {
            ranges.add(new Range(e.start, e.end, e, false));
        }
        ranges.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
        List<TextEdit> out = new ArrayList<>();
        int shiftBefore = 0; // how much longer the middle text is than the original before the current cluster
        int i = 0;
        while (i < ranges.size()) {
            int start = ranges.get(i).start;
            int end = ranges.get(i).end;
            int j = i + 1;
            while (j < ranges.size() && ranges.get(j).start <= end) {
                end = Math.max(end, ranges.get(j).end);
                j++;
            }
            int firstDelta = 0;
            List<TextEdit> inside = new ArrayList<>();
            for (Range r : ranges.subList(i, j)) {
                if (r.first) {
                    firstDelta += r.edit.delta();
                } else {
                    inside.add(new TextEdit(r.edit.start - start, r.edit.end - start, r.edit.replacement));
                }
            }
            String written = apply(middle.substring(start, end), inside);
            out.add(new TextEdit(start - shiftBefore, end - shiftBefore - firstDelta, written));
            shiftBefore += firstDelta;
            i = j;
        }
        return out;
    }

    private record Range(int start, int end, TextEdit edit, boolean first) {
    }

    static List<TextEdit> sorted(List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        return sorted;
    }
}

package stepwise.app.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The style of every character of a text as runs (length, CSS classes), made from the highlighter's
 * tokens with marks (squiggles) laid over them. Two runs can be compared to find the only range that
 * changed, so that the editor restyles just that range.
 */
public final class StyleRuns {
    private static final Map<List<String>, List<String>> INTERNED = new ConcurrentHashMap<>();
    private static final List<String> PLAIN = List.of();

    private final int[] lengths;
    private final List<List<String>> styles;
    private final int length;

    private StyleRuns(int[] lengths, List<List<String>> styles, int length) {
        this.lengths = lengths;
        this.styles = styles;
        this.length = length;
    }

    /** Lays {@code marks} (in any order, possibly overlapping) over {@code tokens} for a text of {@code length} characters. */
    public static StyleRuns compose(Tokens tokens, List<Mark> marks, int length) {
        List<String> classes = new ArrayList<>();
        List<int[]> events = new ArrayList<>(marks.size() * 2); // {pos, classIndex, delta}
        for (Mark m : marks) {
            int start = Math.max(0, Math.min(m.start(), length));
            int end = Math.max(start, Math.min(m.end(), length));
            if (end == start) {
                continue;
            }
            int ci = classes.indexOf(m.cssClass());
            if (ci < 0) {
                classes.add(m.cssClass());
                ci = classes.size() - 1;
            }
            events.add(new int[] {start, ci, 1});
            events.add(new int[] {end, ci, -1});
        }
        events.sort(Comparator.comparingInt(e -> e[0]));
        int[] active = new int[classes.size()];
        int[] lens = new int[Math.max(16, tokens.size() * 2 + events.size() + 2)];
        List<List<String>> st = new ArrayList<>(lens.length);
        int count = 0;
        int pos = 0;
        int ti = 0;
        int ei = 0;
        while (pos < length) {
            while (ei < events.size() && events.get(ei)[0] <= pos) {
                int[] e = events.get(ei++);
                active[e[1]] += e[2];
            }
            while (ti < tokens.size() && tokens.end(ti) <= pos) {
                ti++;
            }
            TokenStyle style = null;
            int next = length;
            if (ti < tokens.size()) {
                if (tokens.start(ti) <= pos) {
                    style = tokens.style(ti);
                    next = Math.min(next, tokens.end(ti));
                } else {
                    next = Math.min(next, tokens.start(ti));
                }
            }
            if (ei < events.size()) {
                next = Math.min(next, events.get(ei)[0]);
            }
            List<String> runStyle = intern(style, classes, active);
            int len = next - pos;
            if (count > 0 && st.get(count - 1) == runStyle) {
                lens[count - 1] += len;
            } else {
                if (count == lens.length) {
                    lens = Arrays.copyOf(lens, count * 2);
                }
                lens[count++] = len;
                st.add(runStyle);
            }
            pos = next;
        }
        return new StyleRuns(Arrays.copyOf(lens, count), Collections.unmodifiableList(st), length);
    }

    private static List<String> intern(TokenStyle style, List<String> classes, int[] active) {
        boolean any = false;
        for (int a : active) {
            any |= a > 0;
        }
        if (!any) {
            return style == null ? PLAIN : INTERNED.computeIfAbsent(List.of(style.cssClass()), k -> k);
        }
        List<String> out = new ArrayList<>(3);
        if (style != null) {
            out.add(style.cssClass());
        }
        for (int i = 0; i < active.length; i++) {
            if (active[i] > 0) {
                out.add(classes.get(i));
            }
        }
        return INTERNED.computeIfAbsent(List.copyOf(out), k -> k);
    }

    /** The number of characters styled. */
    public int length() {
        return length;
    }

    public int runCount() {
        return lengths.length;
    }

    public int runLength(int i) {
        return lengths[i];
    }

    public List<String> runStyle(int i) {
        return styles.get(i);
    }

    /** The CSS classes of the character at {@code offset}. */
    public List<String> styleAt(int offset) {
        int pos = 0;
        for (int i = 0; i < lengths.length; i++) {
            pos += lengths[i];
            if (offset < pos) {
                return styles.get(i);
            }
        }
        return PLAIN;
    }

    /** How many characters from the start have the same style here and in {@code other}. */
    public int commonPrefix(StyleRuns other) {
        int i = 0;
        int j = 0;
        int usedA = 0;
        int usedB = 0;
        int pos = 0;
        while (i < lengths.length && j < other.lengths.length) {
            if (!styles.get(i).equals(other.styles.get(j))) {
                return pos;
            }
            int step = Math.min(lengths[i] - usedA, other.lengths[j] - usedB);
            pos += step;
            usedA += step;
            usedB += step;
            if (usedA == lengths[i]) {
                i++;
                usedA = 0;
            }
            if (usedB == other.lengths[j]) {
                j++;
                usedB = 0;
            }
        }
        return pos;
    }

    /** How many characters from the end have the same style here and in {@code other}. */
    public int commonSuffix(StyleRuns other) {
        int i = lengths.length - 1;
        int j = other.lengths.length - 1;
        int usedA = 0;
        int usedB = 0;
        int pos = 0;
        while (i >= 0 && j >= 0) {
            if (!styles.get(i).equals(other.styles.get(j))) {
                return pos;
            }
            int step = Math.min(lengths[i] - usedA, other.lengths[j] - usedB);
            pos += step;
            usedA += step;
            usedB += step;
            if (usedA == lengths[i]) {
                i--;
                usedA = 0;
            }
            if (usedB == other.lengths[j]) {
                j--;
                usedB = 0;
            }
        }
        return pos;
    }

    /** Receives the runs of a range, clipped to it, in order. */
    public interface RunConsumer {
        void run(int length, List<String> style);
    }

    /** Visits the runs between {@code from} and {@code to}. */
    public void forEach(int from, int to, RunConsumer consumer) {
        int pos = 0;
        for (int i = 0; i < lengths.length && pos < to; i++) {
            int end = pos + lengths[i];
            int s = Math.max(pos, from);
            int e = Math.min(end, to);
            if (e > s) {
                consumer.run(e - s, styles.get(i));
            }
            pos = end;
        }
    }
}

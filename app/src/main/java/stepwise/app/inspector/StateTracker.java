package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import stepwise.model.edit.TextEdit;

/**
 * Where the inspected state's JSON object starts in the text, carried through every text change, so
 * that the inspector finds the same state after it was renamed (its key changes, not its object) or
 * moved in the file, whoever made the change. A change that rewrites the object's first character
 * loses it; the inspector then looks the state up by its pointer.
 */
final class StateTracker {
    private int offset = -1;

    void track(int offset) {
        this.offset = offset;
    }

    void forget() {
        offset = -1;
    }

    /** The offset in the new text, or -1 when it is not known. */
    int offset() {
        return offset;
    }

    /** Carries the offset through a change; when one of its edits rewrote the offset, through the change's smallest diff. */
    void apply(List<TextEdit> edits, String before, String after) {
        int mapped = map(offset, edits);
        offset = mapped >= 0 || offset < 0 ? mapped : mapThroughDiff(offset, before, after);
    }

    /** Maps through the one edit that turns {@code before} into {@code after} (their common start and end kept). */
    static int mapThroughDiff(int offset, String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (offset < prefix) {
            return offset;
        }
        if (offset >= before.length() - suffix) {
            return offset + after.length() - before.length();
        }
        return -1;
    }

    static int map(int offset, List<TextEdit> edits) {
        if (offset < 0) {
            return -1;
        }
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        int shift = 0;
        for (TextEdit e : sorted) {
            if (e.end() <= offset) {
                shift += e.delta();
            } else if (e.start() <= offset) {
                return -1;
            } else {
                break;
            }
        }
        return offset + shift;
    }
}

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

    void apply(List<TextEdit> edits) {
        offset = map(offset, edits);
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

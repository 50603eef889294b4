package stepwise.app.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.reactfx.Subscription;
import stepwise.model.TextStyle;
import stepwise.model.edit.TextEdit;
import stepwise.model.edit.WorkflowSession;

/**
 * Keeps the code area and the session's text the same. Typing becomes session edits, grouped into
 * undo steps by {@link TypingGroups}; a change made elsewhere (canvas, inspector, undo) is applied to
 * the area as the smallest replacements, keeping the caret, the selection and the scroll position.
 */
final class SessionBinding implements WorkflowSession.Listener {
    private final CodeArea area;
    private final WorkflowSession.Origin origin;
    private final TypingGroups groups = new TypingGroups();
    private final Subscription subscription;
    private final Runnable onRemoteChange;
    private WorkflowSession session;
    private String newline = "\n";
    private boolean applying;
    private LineBreakMap breaks = LineBreakMap.IDENTITY;
    private long breaksVersion = -1;

    SessionBinding(CodeArea area, WorkflowSession.Origin origin, Runnable onRemoteChange) {
        this.area = area;
        this.origin = origin;
        this.onRemoteChange = onRemoteChange;
        this.subscription = area.plainTextChanges().subscribe(this::areaChanged);
    }

    /** Shows {@code newSession}'s text, replacing the previous session. */
    void attach(WorkflowSession newSession) {
        if (session != null) {
            session.removeListener(this);
        }
        session = newSession;
        breaksVersion = -1;
        newline = TextStyle.detect(session.text()).newline();
        session.addListener(this);
        applying = true;
        try {
            area.replaceText(LineBreakMap.normalize(session.text()));
            area.moveTo(0);
            area.requestFollowCaret();
        } finally {
            applying = false;
        }
        groups.breakRun();
    }

    void detach() {
        if (session != null) {
            session.removeListener(this);
        }
        subscription.unsubscribe();
    }

    WorkflowSession session() {
        return session;
    }

    /** True while the area is being changed to follow the session (not by the user). */
    boolean isApplying() {
        return applying;
    }

    /** The map between session and area offsets for the current text. */
    LineBreakMap breaks() {
        if (breaksVersion != session.version()) {
            breaks = session.text().indexOf('\r') < 0 ? LineBreakMap.IDENTITY : LineBreakMap.of(session.text());
            breaksVersion = session.version();
        }
        return breaks;
    }

    /** Ends the current typing group: the next keystroke starts a new undo step. */
    void breakTyping() {
        groups.breakRun();
        if (session != null) {
            session.breakMerge();
        }
    }

    private void areaChanged(PlainTextChange change) {
        if (applying || session == null) {
            return;
        }
        LineBreakMap map = breaks();
        int start = map.toSession(change.getPosition());
        int end = map.toSession(change.getRemovalEnd());
        String inserted = change.getInserted();
        if (!newline.equals("\n") && inserted.indexOf('\n') >= 0) {
            inserted = inserted.replace("\n", newline);
        }
        String key = groups.keyFor(start, end - start, inserted, System.nanoTime());
        session.edit(List.of(new TextEdit(start, end, inserted)), describe(inserted, end - start), origin, key);
    }

    private static String describe(String inserted, int removed) {
        if (removed == 0) {
            return "Typing";
        }
        return inserted.isEmpty() ? "Delete" : "Replace";
    }

    @Override
    public void textChanged(WorkflowSession.Change change) {
        if (change.origin() == origin) {
            return;
        }
        boolean undo = change.origin() == WorkflowSession.Builtin.UNDO || change.origin() == WorkflowSession.Builtin.REDO;
        LineBreakMap map = change.before().indexOf('\r') < 0 ? LineBreakMap.IDENTITY : LineBreakMap.of(change.before());
        List<int[]> areaEdits = new ArrayList<>(); // {start, end, replacementLength}
        List<String> replacements = new ArrayList<>();
        List<TextEdit> sorted = new ArrayList<>(change.edits());
        sorted.sort(Comparator.comparingInt(TextEdit::start).reversed());
        for (TextEdit e : sorted) {
            TextEdit minimal = minimal(change.before(), e);
            int a1 = map.toArea(minimal.start());
            int a2 = map.toArea(minimal.end());
            String repl = LineBreakMap.normalize(minimal.replacement());
            if (a1 == a2 && repl.isEmpty()) {
                continue;
            }
            areaEdits.add(new int[] {a1, a2, repl.length()});
            replacements.add(repl);
        }
        int caret = area.getCaretPosition();
        int anchor = area.getAnchor();
        int firstVisible = firstVisibleParagraph();
        int topOffset = firstVisible < 0 ? -1 : area.getAbsolutePosition(firstVisible, 0);
        int linesAbove = 0;
        applying = true;
        try {
            for (int i = 0; i < areaEdits.size(); i++) {
                int[] e = areaEdits.get(i);
                String repl = replacements.get(i);
                if (topOffset >= 0 && e[0] < topOffset) {
                    linesAbove += count(repl) - count(area.getText(e[0], Math.min(e[1], area.getLength())));
                }
                area.replaceText(e[0], e[1], repl);
                caret = shift(caret, e);
                anchor = shift(anchor, e);
            }
            if (undo && !areaEdits.isEmpty()) {
                int[] lowest = areaEdits.get(areaEdits.size() - 1);
                int end = Math.min(lowest[0] + lowest[2], area.getLength());
                area.selectRange(end, end);
                area.requestFollowCaret();
            } else {
                area.selectRange(Math.min(anchor, area.getLength()), Math.min(caret, area.getLength()));
                if (firstVisible >= 0 && linesAbove != 0) {
                    area.showParagraphAtTop(Math.max(0, Math.min(area.getParagraphs().size() - 1, firstVisible + linesAbove)));
                }
            }
        } finally {
            applying = false;
        }
        groups.breakRun();
        onRemoteChange.run();
    }

    private int firstVisibleParagraph() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return -1;
        }
        try {
            return area.firstVisibleParToAllParIndex();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Where {@code pos} goes after the edit {start, end, replacementLength}. */
    static int shift(int pos, int[] e) {
        if (pos >= e[1]) {
            return pos + e[2] - (e[1] - e[0]);
        }
        if (pos > e[0]) {
            return Math.min(pos, e[0] + e[2]);
        }
        return pos;
    }

    /** The edit without the characters its replacement keeps at either end. */
    static TextEdit minimal(String before, TextEdit e) {
        String old = before.substring(e.start(), e.end());
        String repl = e.replacement();
        int p = 0;
        int max = Math.min(old.length(), repl.length());
        while (p < max && old.charAt(p) == repl.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < max - p && old.charAt(old.length() - 1 - s) == repl.charAt(repl.length() - 1 - s)) {
            s++;
        }
        // Do not split a \r\n pair between the kept and the replaced text.
        while (p > 0 && e.start() + p < before.length() && before.charAt(e.start() + p - 1) == '\r' && before.charAt(e.start() + p) == '\n') {
            p--;
        }
        while (s > 0 && e.end() - s > 0 && before.charAt(e.end() - s) == '\n' && before.charAt(e.end() - s - 1) == '\r') {
            s--;
        }
        return new TextEdit(e.start() + p, e.end() - s, repl.substring(p, repl.length() - s));
    }
}

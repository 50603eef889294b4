package stepwise.app.editor;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.Subscription;

/**
 * Puts style runs on the code area, touching only what changed: the range where the new runs differ
 * from the last ones applied, widened to cover every edit made since. The lines being typed are
 * restyled at once with the same (line-local) styler, so highlighting never lags behind the caret.
 */
final class Highlighter {
    private static final int QUICK_LINES = 40;
    private static final int QUICK_CHARS = 8_000;

    private final CodeArea area;
    private final Subscription subscription;
    private SyntaxStyler styler = new JsonStyler();
    private StyleRuns applied;
    private int dirtyStart = Integer.MAX_VALUE;
    private int dirtyEnd = -1;

    Highlighter(CodeArea area) {
        this.area = area;
        this.subscription = area.plainTextChanges().subscribe(this::changed);
    }

    void setStyler(SyntaxStyler styler) {
        this.styler = styler;
    }

    /** Forgets what was applied: the next runs are applied whole. */
    void reset() {
        applied = null;
        dirtyStart = Integer.MAX_VALUE;
        dirtyEnd = -1;
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private void changed(PlainTextChange c) {
        int pos = c.getPosition();
        int removedEnd = c.getRemovalEnd();
        int insertedEnd = c.getInsertionEnd();
        int delta = insertedEnd - removedEnd;
        if (dirtyEnd < 0) {
            dirtyStart = pos;
            dirtyEnd = insertedEnd;
        } else {
            int s = dirtyStart <= pos ? dirtyStart : dirtyStart >= removedEnd ? dirtyStart + delta : pos;
            int e = dirtyEnd <= pos ? dirtyEnd : dirtyEnd >= removedEnd ? dirtyEnd + delta : insertedEnd;
            dirtyStart = Math.min(s, pos);
            dirtyEnd = Math.max(e, insertedEnd);
        }
        if (changesTokens(c)) {
            restyleLines(pos, insertedEnd);
        }
    }

    /**
     * False when letters or digits were typed or deleted inside a word: the inserted text took the
     * style of the character before it, which is already right, and the area is spared a restyle.
     */
    private boolean changesTokens(PlainTextChange c) {
        if (!isWord(c.getInserted()) || !isWord(c.getRemoved())) {
            return true;
        }
        int pos = c.getPosition();
        if (pos == 0) {
            return true;
        }
        String before = area.getText(pos - 1, pos);
        return !isWord(before) || before.isEmpty();
    }

    private static boolean isWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isLetterOrDigit(ch) && ch != '_' && ch != '-') {
                return false;
            }
        }
        return true;
    }

    /** Styles the lines from {@code from} to {@code to} at once, when they are few. */
    private void restyleLines(int from, int to) {
        int firstPar = area.offsetToPosition(from, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int lastPar = area.offsetToPosition(Math.min(to, area.getLength()), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        if (lastPar - firstPar > QUICK_LINES) {
            return;
        }
        int start = area.getAbsolutePosition(firstPar, 0);
        int end = area.getAbsolutePosition(lastPar, area.getParagraphLength(lastPar));
        if (end <= start || end - start > QUICK_CHARS) {
            return; // a minified file's one long line waits for the background pass
        }
        String lines = area.getText(start, end);
        StyleRuns runs = StyleRuns.compose(styler.style(lines), List.of(), lines.length());
        area.setStyleSpans(start, spans(runs, 0, lines.length()));
    }

    /** Applies {@code runs} (made for the area's current text) where they differ from what is shown. */
    void apply(StyleRuns runs) {
        int length = area.getLength();
        if (runs.length() != length) {
            return;
        }
        int from;
        int to;
        if (applied == null) {
            from = 0;
            to = length;
        } else {
            from = applied.commonPrefix(runs);
            to = length - applied.commonSuffix(runs);
            if (dirtyEnd >= 0) {
                from = Math.min(from, dirtyStart);
                to = Math.max(to, Math.min(dirtyEnd, length));
            }
            from = Math.max(0, Math.min(from, length));
        }
        if (to > from) {
            area.setStyleSpans(from, spans(runs, from, to));
        }
        applied = runs;
        dirtyStart = Integer.MAX_VALUE;
        dirtyEnd = -1;
    }

    static StyleSpans<Collection<String>> spans(StyleRuns runs, int from, int to) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        boolean[] any = {false};
        runs.forEach(from, to, (len, style) -> {
            b.add(style, len);
            any[0] = true;
        });
        if (!any[0]) {
            b.add(List.of(), 0);
        }
        return b.create();
    }
}

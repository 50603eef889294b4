package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Inserting and removing members or items of a collection written with brackets and commas (JSON, and
 * YAML's flow style): a new entry gets its siblings' indentation when they stand one per line, or the
 * file's comma spacing when they share a line; a removed entry takes its comma and, when it had its own
 * lines, those lines.
 */
final class FlowCollections {
    private final String text;
    private final WriteStyle style;

    FlowCollections(String text, WriteStyle style) {
        this.text = text;
        this.style = style;
    }


    /** Writes one member or item at an indentation, or on one line. */
    interface Piece {
        String write(String indent, boolean inline);
    }

    TextEdit insert(int open, int closeEnd, List<Integer> starts, List<Integer> ends, int index, List<Piece> pieces) {
        int close = closeEnd - 1;
        int n = starts.size();
        if (n == 0) {
            if (style.compact()) {
                return new TextEdit(open + 1, close, join(pieces, null, true, style.comma()));
            }
            String base = TextLines.indentOf(text, open);
            String inner = base + style.indent();
            String nl = style.newline();
            return new TextEdit(open + 1, close, nl + inner + join(pieces, inner, false, "," + nl + inner) + nl + base);
        }
        boolean multiline = !style.compact() && TextLines.breaksBetween(text, open + 1, starts.get(0));
        if (multiline) {
            int first = starts.get(0);
            String inner = TextLines.startsLine(text, first) ? TextLines.indentOf(text, first)
                    : TextLines.indentOf(text, open) + style.indent();
            String sep = "," + style.newline() + inner;
            String body = join(pieces, inner, false, sep);
            if (index >= n) {
                return TextEdit.insert(ends.get(n - 1), sep + body);
            }
            return TextEdit.insert(starts.get(index), body + sep);
        }
        String sep = n >= 2 ? commaAfter(ends.get(0), starts.get(1)) : style.comma();
        String body = join(pieces, null, true, sep);
        if (index >= n) {
            return TextEdit.insert(ends.get(n - 1), sep + body);
        }
        return TextEdit.insert(starts.get(index), body + sep);
    }

    List<TextEdit> remove(int open, int closeEnd, List<Integer> starts, List<Integer> ends, boolean[] removed) {
        int n = starts.size();
        int lastKept = -1;
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                lastKept = i;
            }
        }
        List<TextEdit> edits = new ArrayList<>();
        if (lastKept < 0) {
            edits.add(TextEdit.delete(open + 1, closeEnd - 1));
            return edits;
        }
        for (int i = 0; i < lastKept; i++) {
            if (removed[i]) {
                int a = starts.get(i);
                int b = starts.get(i + 1);
                if (TextLines.startsLine(text, a) && TextLines.startsLine(text, b)) {
                    edits.add(TextEdit.delete(TextLines.lineStart(text, a), TextLines.lineStart(text, b)));
                } else {
                    edits.add(TextEdit.delete(a, b));
                }
            }
        }
        if (lastKept < n - 1) {
            edits.add(TextEdit.delete(ends.get(lastKept), ends.get(n - 1)));
        }
        return edits;
    }

    private String commaAfter(int end, int nextStart) {
        String between = text.substring(end, nextStart);
        int comma = between.indexOf(',');
        return comma < 0 ? style.comma() : between.substring(comma);
    }

    private static String join(List<Piece> pieces, String indent, boolean inline, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(pieces.get(i).write(indent, inline));
        }
        return sb.toString();
    }

}

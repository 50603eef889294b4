package stepwise.app.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import stepwise.model.asl.QueryLanguage;

/**
 * Reads block-style YAML up to the caret line by indentation, keeping a stack of the mappings and
 * sequences the caret is in, to tell where the caret stands ({@link CompletionContext}); the members
 * of the caret's mapping written after it are read too.
 */
public final class YamlContextScanner {

    private static final class Frame {
        final boolean mapping;
        final int indent;
        final String inParent;
        final Map<String, String> members = new HashMap<>();
        String key;
        int index = -1;

        Frame(boolean mapping, int indent, String inParent) {
            this.mapping = mapping;
            this.indent = indent;
            this.inParent = inParent;
        }
    }

    private YamlContextScanner() {
    }

    public static CompletionContext scan(CharSequence text, int offset) {
        int n = text.length();
        offset = Math.max(0, Math.min(offset, n));
        List<Frame> stack = new ArrayList<>();
        stack.add(new Frame(true, 0, null));
        int caretLine = BracketMatcher.lineStart(text, offset);
        int blockIndent = -1;
        int start = 0;
        while (start < caretLine) {
            int end = BracketMatcher.lineEnd(text, start);
            int col = indent(text, start, end);
            int at = start + col;
            boolean blank = at >= end || text.charAt(at) == '#';
            if (blockIndent >= 0 && (blank || col > blockIndent)) {
                start = next(text, end);
                continue;
            }
            blockIndent = -1;
            if (!blank && !isMarker(text, start, end)) {
                blockIndent = line(text, stack, start, end, col);
            }
            start = next(text, end);
        }
        return atCaret(text, stack, caretLine, offset);
    }

    /** Reads one complete line into the stack; answers the indentation that starts a block scalar, or -1. */
    private static int line(CharSequence text, List<Frame> stack, int start, int end, int col) {
        int at = start + col;
        while (at < end && text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ')) {
            item(stack, at - start);
            at = skipSpaces(text, at + 1, end);
            if (at >= end) {
                return -1;
            }
        }
        int keyCol = at - start;
        int colon = keyColon(text, at, end);
        if (colon < 0) {
            return -1;
        }
        String key = unquote(text.subSequence(at, colon).toString().strip());
        Frame object = mappingAt(stack, keyCol);
        object.key = key;
        int v = skipSpaces(text, colon + 1, end);
        String value = valueText(text, v, end);
        if (value.isEmpty()) {
            object.members.putIfAbsent(key, "");
            return -1;
        }
        if (value.startsWith("|") || value.startsWith(">")) {
            object.members.put(key, "");
            return col;
        }
        object.members.put(key, unquote(value));
        return -1;
    }

    /** A sequence item at {@code col}: the next item of the sequence there, or the first of a new one. */
    private static void item(List<Frame> stack, int col) {
        while (stack.size() > 1 && (top(stack).indent > col || (top(stack).indent == col && top(stack).mapping && stack.size() > 1
                && !isPendingParent(stack, col)))) {
            stack.remove(stack.size() - 1);
        }
        Frame top = top(stack);
        if (!top.mapping && top.indent == col) {
            top.index++;
            return;
        }
        Frame seq = new Frame(false, col, top.mapping ? top.key : Integer.toString(top.index));
        seq.index = 0;
        stack.add(seq);
    }

    private static boolean isPendingParent(List<Frame> stack, int col) {
        Frame top = top(stack);
        return top.mapping && top.indent == col && top.key != null && "".equals(top.members.get(top.key));
    }

    /** The mapping whose keys stand at {@code col}, made when the line opens a new one. */
    private static Frame mappingAt(List<Frame> stack, int col) {
        while (stack.size() > 1 && (top(stack).indent > col || (top(stack).indent == col && !top(stack).mapping))) {
            stack.remove(stack.size() - 1);
        }
        Frame top = top(stack);
        if (top.mapping && top.indent == col) {
            return top;
        }
        Frame map = new Frame(true, col, top.mapping ? top.key : Integer.toString(top.index));
        stack.add(map);
        return map;
    }

    private static CompletionContext atCaret(CharSequence text, List<Frame> stack, int lineStart, int offset) {
        int end = BracketMatcher.lineEnd(text, offset);
        int col = indent(text, lineStart, end);
        int at = lineStart + col;
        if (at > offset) {
            at = offset;
            col = offset - lineStart;
        }
        boolean item = false;
        while (at + 1 <= offset && at < end && text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ')) {
            item(stack, at - lineStart);
            item = true;
            at = skipSpaces(text, at + 1, end);
        }
        String indent = text.subSequence(lineStart, lineStart + indent(text, lineStart, end)).toString();
        int keyCol = at - lineStart;
        int colon = keyColon(text, at, offset);
        Frame root = stack.get(0);
        QueryLanguage rootLanguage = QueryLanguage.fromAsl(root.members.get("QueryLanguage"));
        if (colon >= 0) {
            String key = unquote(text.subSequence(at, colon).toString().strip());
            Frame object = mappingAt(stack, keyCol);
            int v = skipSpaces(text, colon + 1, end);
            if (v < end && text.charAt(v) == '[') {
                int itemStart = v + 1;
                for (int k = v + 1; k < offset; k++) {
                    if (text.charAt(k) == ',' || text.charAt(k) == '[') {
                        itemStart = k + 1;
                    }
                }
                itemStart = skipSpaces(text, itemStart, offset);
                int itemEnd = offset;
                while (itemEnd < end && ",]".indexOf(text.charAt(itemEnd)) < 0) {
                    itemEnd++;
                }
                return build(text, stack, object, CompletionContext.Position.ARRAY_ITEM, key, itemStart, itemEnd, offset, rootLanguage, indent);
            }
            int valueEnd = end;
            String rest = valueText(text, v, end);
            valueEnd = Math.max(offset, v + rest.length());
            return build(text, stack, object, CompletionContext.Position.VALUE, key, Math.min(v, offset), valueEnd, offset, rootLanguage, indent);
        }
        int wordEnd = offset;
        while (wordEnd < end && text.charAt(wordEnd) != ':' && text.charAt(wordEnd) != ' ') {
            wordEnd++;
        }
        Frame top = top(stack);
        if (item && !top.mapping && isListOfValues(stack)) {
            Frame object = stack.size() >= 2 ? stack.get(stack.size() - 2) : root;
            return build(text, stack, object, CompletionContext.Position.ARRAY_ITEM, top.inParent, at, wordEnd, offset, rootLanguage, indent);
        }
        Frame object = mappingAt(stack, keyCol);
        readRest(text, object, keyCol, end);
        return build(text, stack, object, CompletionContext.Position.KEY, null, at, wordEnd, offset, rootLanguage, indent);
    }

    private static boolean isListOfValues(List<Frame> stack) {
        String key = top(stack).inParent;
        return "ErrorEquals".equals(key) || "CSVHeaders".equals(key);
    }

    private static CompletionContext build(CharSequence text, List<Frame> stack, Frame object, CompletionContext.Position position,
                                           String key, int start, int end, int offset, QueryLanguage rootLanguage, String indent) {
        List<String> path = new ArrayList<>();
        int depth = stack.indexOf(object);
        for (int k = 1; k <= depth; k++) {
            path.add(stack.get(k).inParent == null ? "" : stack.get(k).inParent);
        }
        boolean quoted = start < text.length() && start < offset && (text.charAt(start) == '"' || text.charAt(start) == '\'');
        String prefix = text.subSequence(quoted ? start + 1 : start, Math.max(quoted ? start + 1 : start, offset)).toString();
        Map<String, String> members = new HashMap<>(object.members);
        members.remove(null);
        if (position == CompletionContext.Position.KEY) {
            members.remove(prefix);
        }
        return new CompletionContext(List.copyOf(path), position, key, prefix, start, Math.max(end, offset), quoted, Map.copyOf(members),
                rootLanguage, indent);
    }

    /** Reads the keys of the caret's mapping written below the caret line. */
    private static void readRest(CharSequence text, Frame object, int keyCol, int caretLineEnd) {
        int start = next(text, caretLineEnd);
        int lines = 0;
        while (start < text.length() && lines++ < 5000) {
            int end = BracketMatcher.lineEnd(text, start);
            int col = indent(text, start, end);
            int at = start + col;
            if (at < end && text.charAt(at) != '#') {
                if (col < keyCol) {
                    return;
                }
                if (col == keyCol) {
                    if (text.charAt(at) == '-') {
                        return;
                    }
                    int colon = keyColon(text, at, end);
                    if (colon >= 0) {
                        String key = unquote(text.subSequence(at, colon).toString().strip());
                        String value = valueText(text, skipSpaces(text, colon + 1, end), end);
                        object.members.putIfAbsent(key, unquote(value));
                    }
                }
            }
            start = next(text, end);
        }
    }

    private static Frame top(List<Frame> stack) {
        return stack.get(stack.size() - 1);
    }

    private static int keyColon(CharSequence text, int at, int end) {
        if (at >= end) {
            return -1;
        }
        char first = text.charAt(at);
        if (first == '"' || first == '\'') {
            int k = at + 1;
            while (k < end && text.charAt(k) != first) {
                k++;
            }
            int after = skipSpaces(text, k + 1, end);
            return after < end && text.charAt(after) == ':' ? after : -1;
        }
        for (int k = at; k < end; k++) {
            char c = text.charAt(k);
            if (c == ':' && (k + 1 >= end || text.charAt(k + 1) == ' ' || k + 1 == text.length() || text.charAt(k + 1) == '\n'
                    || text.charAt(k + 1) == '\r')) {
                return k;
            }
            if (c == '#' && k > at && text.charAt(k - 1) == ' ') {
                return -1;
            }
        }
        return -1;
    }

    private static String valueText(CharSequence text, int v, int end) {
        int e = v;
        boolean quote = false;
        char q = 0;
        while (e < end) {
            char c = text.charAt(e);
            if (quote) {
                if (c == q) {
                    quote = false;
                }
            } else if (c == '"' || c == '\'') {
                quote = true;
                q = c;
            } else if (c == '#' && e > v && text.charAt(e - 1) == ' ') {
                break;
            }
            e++;
        }
        return text.subSequence(v, e).toString().strip();
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static boolean isMarker(CharSequence text, int start, int end) {
        return end - start >= 3 && (text.subSequence(start, start + 3).toString().equals("---")
                || text.subSequence(start, start + 3).toString().equals("..."));
    }

    private static int indent(CharSequence text, int start, int end) {
        int k = 0;
        while (start + k < end && text.charAt(start + k) == ' ') {
            k++;
        }
        return k;
    }

    private static int skipSpaces(CharSequence text, int i, int end) {
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int next(CharSequence text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}

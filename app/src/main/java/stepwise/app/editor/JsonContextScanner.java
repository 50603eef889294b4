package stepwise.app.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import stepwise.model.asl.QueryLanguage;

/**
 * Reads JSON text up to the caret, tolerating the half-written text around it, to tell where the
 * caret stands ({@link CompletionContext}); then reads on to the end of the enclosing object to learn
 * the members written after the caret too.
 */
public final class JsonContextScanner {
    private static final int LOOKAHEAD = 400_000;

    private static final class Frame {
        final boolean object;
        final String inParent;
        final Map<String, String> members = new HashMap<>();
        String key;
        boolean expectValue;
        int index;

        Frame(boolean object, String inParent) {
            this.object = object;
            this.inParent = inParent;
        }
    }

    private JsonContextScanner() {
    }

    public static CompletionContext scan(CharSequence text, int offset) {
        List<Frame> stack = new ArrayList<>();
        int i = 0;
        int n = text.length();
        offset = Math.max(0, Math.min(offset, n));
        while (i < offset) {
            char c = text.charAt(i);
            if (c == '"') {
                int lineEnd = BracketMatcher.lineEnd(text, i);
                int close = JsonStyler.stringEnd(text, i, lineEnd);
                boolean closed = JsonStyler.isClosed(text, i, close);
                if (close > offset || (!closed && close >= offset) || (close == offset && !closed)) {
                    return atString(text, stack, i, close, closed, offset);
                }
                string(stack, unescape(text, i + 1, closed ? close - 1 : close));
                i = close;
                continue;
            }
            i = structural(text, stack, i, c);
        }
        // Between tokens: a bare word may be half-typed before the caret.
        int wordStart = offset;
        while (wordStart > 0 && isBare(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = offset;
        while (wordEnd < n && isBare(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (stack.isEmpty()) {
            return CompletionContext.none(offset);
        }
        Frame top = stack.get(stack.size() - 1);
        String prefix = text.subSequence(wordStart, offset).toString();
        if (top.object && !top.expectValue && top.key != null && wordStart == offset) {
            return CompletionContext.none(offset); // a key is written, its colon is not
        }
        return context(text, stack, top, prefix, wordStart, wordEnd, false, offset);
    }

    private static CompletionContext atString(CharSequence text, List<Frame> stack, int open, int close, boolean closed, int offset) {
        if (stack.isEmpty()) {
            return CompletionContext.none(offset);
        }
        Frame top = stack.get(stack.size() - 1);
        String prefix = unescape(text, open + 1, offset);
        return context(text, stack, top, prefix, open, closed ? close : close, true, offset);
    }

    private static CompletionContext context(CharSequence text, List<Frame> stack, Frame top, String prefix, int start, int end,
                                             boolean quoted, int offset) {
        CompletionContext.Position position;
        Frame object;
        String key = null;
        if (top.object) {
            position = top.expectValue ? CompletionContext.Position.VALUE : CompletionContext.Position.KEY;
            object = top;
            key = top.expectValue ? top.key : null;
        } else {
            position = CompletionContext.Position.ARRAY_ITEM;
            object = stack.size() >= 2 ? stack.get(stack.size() - 2) : null;
            key = top.inParent;
            if (object == null || !object.object) {
                return CompletionContext.none(offset);
            }
        }
        int depth = stack.indexOf(object);
        List<String> path = new ArrayList<>();
        for (int k = 1; k <= depth; k++) {
            path.add(stack.get(k).inParent);
        }
        Map<String, String> root = stack.get(0).members;
        readRest(text, stack, end, object);
        return new CompletionContext(List.copyOf(path), position, key, prefix, start, end, quoted, Map.copyOf(object.members),
                QueryLanguage.fromAsl(root.get("QueryLanguage")), indentOf(text, offset));
    }

    /** Reads on from {@code from} until {@code target} closes, collecting its members. */
    private static void readRest(CharSequence text, List<Frame> stack, int from, Frame target) {
        int i = from;
        int n = Math.min(text.length(), from + LOOKAHEAD);
        if (!target.expectValue) {
            target.key = null;
        }
        while (i < n && stack.contains(target)) {
            char c = text.charAt(i);
            if (c == '"') {
                int lineEnd = BracketMatcher.lineEnd(text, i);
                int close = JsonStyler.stringEnd(text, i, lineEnd);
                boolean closed = JsonStyler.isClosed(text, i, close);
                string(stack, unescape(text, i + 1, closed ? close - 1 : close));
                i = Math.max(close, i + 1);
                continue;
            }
            i = structural(text, stack, i, c);
        }
    }

    private static void string(List<Frame> stack, String s) {
        if (stack.isEmpty()) {
            return;
        }
        Frame top = stack.get(stack.size() - 1);
        if (top.object) {
            if (top.expectValue) {
                if (top.key != null) {
                    top.members.put(top.key, s);
                }
                top.expectValue = false;
            } else {
                top.key = s;
                top.members.putIfAbsent(s, "");
            }
        }
    }

    /** Handles one non-string character; answers where to go on. */
    private static int structural(CharSequence text, List<Frame> stack, int i, char c) {
        Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        switch (c) {
            case '{', '[' -> {
                String inParent = top == null ? null : top.object ? top.key : Integer.toString(top.index);
                stack.add(new Frame(c == '{', inParent));
            }
            case '}', ']' -> {
                if (!stack.isEmpty()) {
                    stack.remove(stack.size() - 1);
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).expectValue = false;
                    }
                }
            }
            case ':' -> {
                if (top != null && top.object) {
                    top.expectValue = true;
                }
            }
            case ',' -> {
                if (top != null) {
                    if (top.object) {
                        top.expectValue = false;
                        top.key = null;
                    } else {
                        top.index++;
                    }
                }
            }
            default -> {
                if (isBare(c)) {
                    int e = i;
                    while (e < text.length() && isBare(text.charAt(e))) {
                        e++;
                    }
                    if (top != null && top.object && top.expectValue && top.key != null) {
                        top.members.put(top.key, text.subSequence(i, e).toString());
                        top.expectValue = false;
                    }
                    return e;
                }
            }
        }
        return i + 1;
    }

    private static boolean isBare(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_' || c == '$';
    }

    static String indentOf(CharSequence text, int offset) {
        int s = BracketMatcher.lineStart(text, offset);
        int e = s;
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
            e++;
        }
        return text.subSequence(s, e).toString();
    }

    private static String unescape(CharSequence text, int start, int end) {
        StringBuilder sb = new StringBuilder(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < end) {
                char d = text.charAt(++i);
                switch (d) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (i + 4 < end) {
                            try {
                                sb.append((char) Integer.parseInt(text.subSequence(i + 1, i + 5).toString(), 16));
                                i += 4;
                            } catch (NumberFormatException e) {
                                sb.append('u');
                            }
                        } else {
                            sb.append('u');
                        }
                    }
                    default -> sb.append(d);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

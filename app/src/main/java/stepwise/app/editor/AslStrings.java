package stepwise.app.editor;

import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.StateType;

/** What a key or a string value means in a workflow, for highlighting (JSON and YAML alike). */
final class AslStrings {
    private AslStrings() {
    }

    /** The style of a key, from its unquoted text. */
    static TokenStyle keyStyle(CharSequence text, int start, int end) {
        int n = end - start;
        if (n >= 2 && text.charAt(end - 2) == '.' && text.charAt(end - 1) == '$') {
            return TokenStyle.PATH_KEY;
        }
        return FieldCatalog.isKnownName(text.subSequence(start, end).toString()) ? TokenStyle.ASL_KEY : TokenStyle.KEY;
    }

    /** The style of a string value (unquoted text from start to end), given the key it belongs to (or null). */
    static TokenStyle valueStyle(String key, CharSequence text, int start, int end) {
        if (end > start) {
            char c = text.charAt(start);
            if (c == '$') {
                return end - start > 1 && text.charAt(start + 1) == '{' ? TokenStyle.PLACEHOLDER : TokenStyle.PATH;
            }
            if (c == '{' && end - start > 1 && text.charAt(start + 1) == '%') {
                return TokenStyle.JSONATA;
            }
            if (c == 'S' && startsWith(text, start, end, "States.") && indexOf(text, start, end, '(') > 0) {
                return TokenStyle.INTRINSIC;
            }
        }
        if (key != null) {
            switch (key) {
                case "Next", "Default", "StartAt" -> {
                    return TokenStyle.STATE_REF;
                }
                case "Type" -> {
                    if (StateType.fromAsl(text.subSequence(start, end).toString()) != null) {
                        return TokenStyle.STATE_TYPE;
                    }
                }
                default -> {
                }
            }
        }
        return TokenStyle.STRING;
    }

    private static boolean startsWith(CharSequence text, int start, int end, String prefix) {
        if (end - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(start + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence text, int start, int end, char c) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                return i - start;
            }
        }
        return -1;
    }
}

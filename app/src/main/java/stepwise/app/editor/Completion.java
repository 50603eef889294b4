package stepwise.app.editor;

/**
 * One completion: what the list shows ({@code label}, {@code detail}), the text that replaces the
 * context's range, where the caret goes in it, and whether to offer completions again right after
 * (a field whose value has choices of its own).
 */
public record Completion(Kind kind, String label, String detail, String insertText, int caret, boolean retrigger) {

    public enum Kind { FIELD, STATE, VALUE, ERROR, FUNCTION, RESOURCE, PATH, SNIPPET }

    public Completion {
        caret = Math.max(0, Math.min(caret, insertText.length()));
    }

    public static Completion plain(Kind kind, String label, String detail, String insertText) {
        return new Completion(kind, label, detail, insertText, insertText.length(), false);
    }
}

package stepwise.app.editor;

/**
 * Finds the tokens of workflow text for highlighting. Pure and thread-safe: the editor runs it on a
 * copy of the text off the FX thread, and on a few changed lines at once while typing.
 */
public interface SyntaxStyler {
    /** The tokens of the whole text. */
    default Tokens style(CharSequence text) {
        return style(text, 0, text.length());
    }

    /** The tokens of the lines between {@code from} and {@code to} (both at line boundaries), as offsets into {@code text}. */
    Tokens style(CharSequence text, int from, int to);
}

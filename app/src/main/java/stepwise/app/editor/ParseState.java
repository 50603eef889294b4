package stepwise.app.editor;

/** Where the editor's text stands with its parse. */
public enum ParseState {
    /** The text changed and its parse is on its way. */
    PARSING,
    /** The views show the current text. */
    PARSED,
    /** The text does not parse; the views keep the last good version. */
    SYNTAX_ERROR
}

package stepwise.app.editor;

/** A range of text that carries an extra CSS class over its highlighting: a squiggle, a search hit. */
public record Mark(int start, int end, String cssClass) {
    public static final String ERROR = "squiggle-error";
    public static final String WARNING = "squiggle-warning";
    public static final String INFO = "squiggle-info";
}

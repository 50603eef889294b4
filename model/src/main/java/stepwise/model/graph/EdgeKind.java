package stepwise.model.graph;

/** What a transition is written as: {@code Next}, a Choice's {@code Default}, a Choice rule, or a {@code Catch}. */
public enum EdgeKind {
    NEXT, DEFAULT, CHOICE, CATCH;

    /** As the SVG export and CSS name it: next, default, choice, catch. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

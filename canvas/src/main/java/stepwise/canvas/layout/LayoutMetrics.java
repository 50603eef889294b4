package stepwise.canvas.layout;

/**
 * The fixed sizes and spacings of the drawing. Node sizes do not depend on fonts, so the layout is the
 * same on every machine, headless or not; text that does not fit is shortened by the view. Edge labels
 * are measured by their length in characters ({@link #labelWidth}), shortened past {@link #labelMaxChars()}.
 * In a scope of at least {@code jumpScopeSize} states, an edge to a state more than {@code jumpSpan}
 * states away (in written order) is drawn as a jump connector: readable, and it keeps ELK's work small.
 */
public record LayoutMetrics(
        double stateWidth, double stateHeight,
        double markerWidth, double markerHeight,
        double headerHeight, double laneTitleHeight, double lanePadding, double laneGap, double containerPadding,
        double scopePadding, double nodeSpacing, double layerSpacing, double edgeNodeSpacing, double edgeEdgeSpacing,
        double labelCharWidth, double labelHeight, double labelPadding, int labelMaxChars,
        double emptyLaneWidth, double emptyLaneHeight,
        int jumpScopeSize, int jumpSpan, double jumpHeight) {

    public static final LayoutMetrics DEFAULT = new LayoutMetrics(
            216, 52,
            72, 28,
            52, 22, 10, 14, 10,
            14, 28, 40, 14, 10,
            6.4, 18, 6, 30,
            160, 56,
            40, 10, 22);

    /** The label as drawn: at most {@link #labelMaxChars()} characters, an ellipsis marking a cut. */
    public String shorten(String label) {
        if (label == null) {
            return null;
        }
        String oneLine = label.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= labelMaxChars) {
            return oneLine;
        }
        return oneLine.substring(0, labelMaxChars - 1).stripTrailing() + "\u2026";
    }

    /** The width reserved for a (shortened) edge label. */
    public double labelWidth(String shortened) {
        return Math.ceil(shortened.length() * labelCharWidth + 2 * labelPadding);
    }
}

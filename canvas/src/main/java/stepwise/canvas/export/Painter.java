package stepwise.canvas.export;

import java.util.List;
import java.util.Map;
import stepwise.canvas.diagram.EdgePath;
import stepwise.canvas.diagram.Rgba;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.Point;

/** Where {@link DiagramRenderer} draws: an SVG document or a Java2D image. Colours come resolved from the theme. */
interface Painter {
    enum Anchor { START, MIDDLE }

    void begin(Box bounds, Rgba background);

    /** Opens a group (an SVG {@code <g>}); Java2D ignores groups. */
    void group(String cssClass, Map<String, String> data);

    void endGroup();

    /** A tooltip for the current group. */
    void tooltip(String text);

    void rect(Box box, double corner, Rgba fill, Rgba stroke, double strokeWidth, boolean dashed);

    void circle(Point center, double radius, Rgba fill);

    void path(EdgePath path, Rgba stroke, double width, boolean dashed);

    void polygon(List<Point> points, Rgba fill);

    void text(String text, double x, double baseline, TextRole role, Rgba fill, Anchor anchor);

    /** An icon from {@code StateIcons}, {@code size} units square, drawn as round strokes. */
    void icon(String pathData, double x, double y, double size, Rgba stroke);

    /** How wide {@code text} is drawn, to shorten what does not fit. */
    double textWidth(String text, TextRole role);
}

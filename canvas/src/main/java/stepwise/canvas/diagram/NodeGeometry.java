package stepwise.canvas.diagram;

/**
 * Where the parts of a state are drawn inside its box, in canvas units; the JavaFX skins and the
 * exporters share these so that the canvas and its exported pictures look the same.
 */
public final class NodeGeometry {
    public static final double CORNER = 6;
    public static final double CONTAINER_CORNER = 8;
    public static final double TILE_X = 10;
    public static final double TILE_Y = 12;
    public static final double TILE_SIZE = 28;
    public static final double TILE_CORNER = 6;
    public static final double ICON_SIZE = 16;
    public static final double TEXT_X = 48;
    public static final double TEXT_RIGHT_PADDING = 10;
    public static final double TITLE_BASELINE = 23;
    public static final double SUBTITLE_BASELINE = 39;
    public static final double BADGE_SIZE = 13;
    public static final double BADGE_INSET = 7;
    public static final double PROBLEM_RADIUS = 8;
    public static final double LANE_CORNER = 6;
    public static final double LANE_TITLE_X = 10;
    public static final double LANE_TITLE_BASELINE = 15;
    public static final double LABEL_CORNER = 4;
    public static final double ARROW_LENGTH = 8;
    public static final double ARROW_HALF_WIDTH = 4.5;
    public static final double EDGE_WIDTH = 1.5;
    public static final double EDGE_CORNER = 6;
    public static final double ICON_STROKE = 2;

    public static final double TITLE_FONT_SIZE = 12.5;
    public static final double SUBTITLE_FONT_SIZE = 11;
    public static final double LABEL_FONT_SIZE = 11;
    public static final double LANE_TITLE_FONT_SIZE = 10.5;
    public static final double MARKER_FONT_SIZE = 11.5;

    private NodeGeometry() {
    }
}

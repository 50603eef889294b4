package stepwise.canvas.export;

import stepwise.canvas.diagram.NodeGeometry;

/** The kinds of text in a picture, each with its size and weight. */
enum TextRole {
    TITLE(NodeGeometry.TITLE_FONT_SIZE, true),
    SUBTITLE(NodeGeometry.SUBTITLE_FONT_SIZE, false),
    LABEL(NodeGeometry.LABEL_FONT_SIZE, false),
    LANE_TITLE(NodeGeometry.LANE_TITLE_FONT_SIZE, true),
    MARKER(NodeGeometry.MARKER_FONT_SIZE, true),
    BADGE(10, true);

    final double size;
    final boolean bold;

    TextRole(double size, boolean bold) {
        this.size = size;
        this.bold = bold;
    }
}

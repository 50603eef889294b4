package stepwise.canvas.view;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import stepwise.canvas.diagram.NodeGeometry;

/** The fonts of the canvas: sizes are part of the geometry (text is fitted to fixed boxes), colours are in CSS. */
final class Fonts {
    static final Font TITLE = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, NodeGeometry.TITLE_FONT_SIZE);
    static final Font SUBTITLE = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, NodeGeometry.SUBTITLE_FONT_SIZE);
    static final Font LABEL = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, NodeGeometry.LABEL_FONT_SIZE);
    static final Font LANE_TITLE = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, NodeGeometry.LANE_TITLE_FONT_SIZE);
    static final Font MARKER = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, NodeGeometry.MARKER_FONT_SIZE);
    static final Font BADGE = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 10);

    private Fonts() {
    }
}

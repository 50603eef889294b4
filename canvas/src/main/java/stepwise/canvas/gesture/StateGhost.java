package stepwise.canvas.gesture;

import static stepwise.canvas.diagram.NodeGeometry.ICON_SIZE;
import static stepwise.canvas.diagram.NodeGeometry.SUBTITLE_BASELINE;
import static stepwise.canvas.diagram.NodeGeometry.TEXT_X;
import static stepwise.canvas.diagram.NodeGeometry.TILE_SIZE;
import static stepwise.canvas.diagram.NodeGeometry.TILE_X;
import static stepwise.canvas.diagram.NodeGeometry.TILE_Y;
import static stepwise.canvas.diagram.NodeGeometry.TITLE_BASELINE;

import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import stepwise.canvas.diagram.NodeGeometry;
import stepwise.canvas.diagram.StateIcons;
import stepwise.canvas.layout.LayoutMetrics;
import stepwise.model.asl.StateType;

/**
 * The state being dragged from the palette, drawn as it will look (at the drawing's size) beside the
 * pointer, so that the line or branch under the pointer stays in sight; under it a chip says what
 * dropping it here does. Marked refused where it cannot go.
 */
final class StateGhost extends Region {
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    /** Where the ghost's top-left corner stands from the pointer, in screen pixels. */
    private static final double OFFSET = 14;

    private final Text title = new Text();
    private final Text kind = new Text();
    private final Label hint = new Label();

    StateGhost(StateType type, String name, String caption) {
        getStyleClass().addAll("state", type.cssName(), "drop-ghost");
        setManaged(false);
        setMouseTransparent(true);
        LayoutMetrics m = LayoutMetrics.DEFAULT;
        resize(m.stateWidth(), m.stateHeight());
        Region tile = new Region();
        tile.getStyleClass().add("tile");
        tile.resizeRelocate(TILE_X, TILE_Y, TILE_SIZE, TILE_SIZE);
        SVGPath icon = new SVGPath();
        icon.getStyleClass().add("icon");
        icon.setContent(StateIcons.of(type));
        double s = ICON_SIZE / StateIcons.GRID;
        icon.getTransforms().add(new Scale(s, s, 0, 0));
        icon.setLayoutX(TILE_X + (TILE_SIZE - ICON_SIZE) / 2);
        icon.setLayoutY(TILE_Y + (TILE_SIZE - ICON_SIZE) / 2);
        title.getStyleClass().add("title");
        title.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, NodeGeometry.TITLE_FONT_SIZE));
        title.setTextOrigin(VPos.BASELINE);
        title.setLayoutX(TEXT_X);
        title.setLayoutY(TITLE_BASELINE);
        title.setText(name);
        kind.getStyleClass().add("subtitle");
        kind.setFont(Font.font(Font.getDefault().getFamily(), NodeGeometry.SUBTITLE_FONT_SIZE));
        kind.setTextOrigin(VPos.BASELINE);
        kind.setLayoutX(TEXT_X);
        kind.setLayoutY(SUBTITLE_BASELINE);
        kind.setText(caption);
        hint.getStyleClass().add("drop-hint");
        hint.setManaged(false);
        getChildren().addAll(tile, icon, title, kind, hint);
    }

    /**
     * Puts the ghost beside the pointer at ({@code x}, {@code y}) of the drawing, at {@code zoom}, and says
     * what a drop there does.
     */
    void show(double x, double y, double zoom, String what, boolean refused) {
        relocate(x + OFFSET / zoom, y + OFFSET / zoom);
        if (!what.equals(hint.getText())) {
            hint.setText(what);
            hint.applyCss();
            hint.autosize();
        }
        hint.relocate(0, getHeight() + 6);
        pseudoClassStateChanged(REFUSED, refused);
    }

    String hint() {
        return hint.getText();
    }

    @Override
    protected void layoutChildren() {
        // parts stay where the constructor put them
    }
}

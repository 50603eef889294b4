package stepwise.canvas.view;

import static stepwise.canvas.diagram.NodeGeometry.LANE_TITLE_BASELINE;
import static stepwise.canvas.diagram.NodeGeometry.LANE_TITLE_X;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedLane;

/** One Parallel branch or a Map's item processor, drawn inside its container with its caption. */
public final class LaneView extends Region {
    private final String scopeId;
    private final Text title = new Text();
    private Box box = Box.EMPTY;

    LaneView(PlacedLane lane) {
        this.scopeId = lane.scopeId();
        getStyleClass().addAll("lane", lane.kind().name().toLowerCase(Locale.ROOT));
        setManaged(false);
        setMouseTransparent(true);
        title.getStyleClass().add("lane-title");
        title.setFont(Fonts.LANE_TITLE);
        title.setTextOrigin(VPos.BASELINE);
        title.setLayoutX(LANE_TITLE_X);
        title.setLayoutY(LANE_TITLE_BASELINE);
        title.setManaged(false);
        getChildren().add(title);
    }

    public String scopeId() {
        return scopeId;
    }

    public String title() {
        return title.getText();
    }

    /** Places the lane; {@code container} is its container's box, which the lane is drawn relative to. */
    void update(PlacedLane lane, Box container) {
        if (!lane.title().equals(title.getText())) {
            title.setText(lane.title());
        }
        Box relative = lane.box().translate(-container.x(), -container.y());
        if (!relative.equals(box)) {
            box = relative;
            resizeRelocate(box.x(), box.y(), box.width(), box.height());
        }
    }

    @Override
    protected void layoutChildren() {
        // the title stays at its fixed place
    }
}

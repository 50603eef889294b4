package stepwise.canvas.view;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedMarker;

/** The Start or End marker of the workflow. */
public final class MarkerView extends Region {
    private final Text text = new Text();
    private Box box = Box.EMPTY;

    MarkerView(PlacedMarker marker) {
        String word = marker.kind() == PlacedMarker.Kind.START ? "Start" : "End";
        getStyleClass().addAll("marker", word.toLowerCase(Locale.ROOT));
        setManaged(false);
        text.getStyleClass().add("marker-text");
        text.setFont(Fonts.MARKER);
        text.setTextOrigin(VPos.CENTER);
        text.setText(word);
        text.setManaged(false);
        getChildren().add(text);
    }

    void update(PlacedMarker marker) {
        if (!marker.box().equals(box)) {
            box = marker.box();
            resizeRelocate(box.x(), box.y(), box.width(), box.height());
            text.setLayoutX((box.width() - text.getLayoutBounds().getWidth()) / 2);
            text.setLayoutY(box.height() / 2);
        }
    }

    @Override
    protected void layoutChildren() {
        // the text is placed when the box changes
    }
}

package stepwise.app.run;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import stepwise.engine.replay.StateStatus;

/** The colours of the states' statuses, as the AWS console names them. */
public final class StatusLegend extends HBox {
    public StatusLegend() {
        getStyleClass().add("status-legend");
        for (StateStatus s : StateStatus.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().add("legend-swatch");
            swatch.pseudoClassStateChanged(StatusChip.pseudoClass(s), true);
            Label label = new Label(s.label(), swatch);
            label.getStyleClass().add("legend-label");
            label.setGraphicTextGap(4);
            label.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(label);
        }
        setMinWidth(Region.USE_PREF_SIZE);
    }
}

package stepwise.app.run;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import stepwise.engine.replay.Narration;
import stepwise.engine.replay.Replay;

/**
 * Teaching mode's caption: the player's event told in plain language, under the canvas (or large, in the
 * presenter view). Follows the player.
 */
final class TeachingCaption extends VBox {
    private final Player player;
    private final Label headline = new Label();
    private final Label detail = new Label();
    private Narration.Caption caption;

    TeachingCaption(Player player, String styleClass) {
        this.player = player;
        getStyleClass().add(styleClass);
        headline.getStyleClass().add("caption-headline");
        headline.setId("caption-headline");
        detail.getStyleClass().add("caption-detail");
        detail.setId("caption-detail");
        headline.setWrapText(true);
        detail.setWrapText(true);
        getChildren().addAll(headline, detail);
        ShownUpdates updates = new ShownUpdates(visibleProperty(), this::update);
        player.pictureProperty().addListener((obs, before, after) -> updates.request());
        updates.now();
    }

    Narration.Caption caption() {
        return caption;
    }

    private void update() {
        Replay r = player.getReplay();
        caption = r == null ? new Narration.Caption("Nothing to narrate yet.", "Run the workflow or import a history.", null)
                : Narration.caption(r, player.getPosition());
        headline.setText(caption.headline());
        detail.setText(caption.detail());
        detail.setManaged(!caption.detail().isEmpty());
        detail.setVisible(!caption.detail().isEmpty());
    }
}

package stepwise.app.run;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import stepwise.engine.replay.Replay;
import stepwise.engine.replay.StateStatus;

/**
 * The presenter view: the caption in large type on a dark background, with the step and the state's
 * status, for a projector. The arrow keys and Space drive the same player.
 */
final class PresenterView extends VBox {
    private final Player player;
    private final Label step = new Label();
    private final StatusChip chip = new StatusChip();
    private final Label state = new Label();

    PresenterView(Player player) {
        this.player = player;
        getStyleClass().addAll("run-panel", "presenter-view");
        setId("presenter-view");
        step.getStyleClass().add("presenter-step");
        state.getStyleClass().add("presenter-step");
        TeachingCaption caption = new TeachingCaption(player, "presenter-caption");
        caption.setId("presenter-caption");
        HBox top = new HBox(16, step, state, chip);
        top.setStyle("-fx-alignment: center-left;");
        getChildren().addAll(top, caption);
        getStylesheets().add(RunPanel.STYLESHEET);
        player.pictureProperty().addListener((obs, before, after) -> update());
        update();
    }

    private void update() {
        Replay r = player.getReplay();
        int k = player.getPosition();
        step.setText(r == null ? "" : "Step " + k + " of " + r.size());
        String node = r == null || k == 0 ? null : r.nodeIdOf(k - 1);
        if (node == null || player.getPicture() == null) {
            state.setText("");
            chip.setVisible(false);
            return;
        }
        state.setText(r.stepNameOf(k - 1));
        StateStatus s = player.getPicture().statusOf(node);
        chip.show(s);
        chip.setVisible(true);
    }

    /** Opens the presenter view in its own window. */
    static Stage open(Player player, Window owner) {
        PresenterView view = new PresenterView(player);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Presenter \u2014 Stepwise");
        Scene scene = new Scene(view, 1100, 420);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                player.togglePlay();
            } else if (e.getCode() == KeyCode.RIGHT) {
                player.stepForward();
            } else if (e.getCode() == KeyCode.LEFT) {
                player.stepBack();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}

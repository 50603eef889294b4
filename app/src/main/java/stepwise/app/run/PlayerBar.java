package stepwise.app.run;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.SVGPath;
import javafx.util.StringConverter;
import stepwise.engine.replay.Narration;
import stepwise.engine.replay.Replay;

/** The player's controls: start, step back, play/pause, step forward, end, the scrub bar, the position and the speed. */
final class PlayerBar extends HBox {
    private static final String PLAY = "M1 0 L11 6 L1 12z";
    private static final String PAUSE = "M1 0 h3.5 v12 h-3.5z M7.5 0 h3.5 v12 h-3.5z";
    static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0);

    private final Player player;
    private final Button playButton = button(PLAY, "Play (Space)");
    private final Slider scrub = new Slider(0, 1, 0);
    private final Label position = new Label();
    private boolean scrubbing;

    PlayerBar(Player player) {
        this.player = player;
        getStyleClass().add("player-bar");
        Button start = button("M0 0 h2 v12 h-2z M11 0 L3 6 L11 12z", "Jump to the start (Home)");
        Button back = button("M9 0 L1 6 L9 12z M10 0 h2 v12 h-2z", "Step back (\u2190)");
        Button forward = button("M0 0 h2 v12 h-2z M3 0 L11 6 L3 12z", "Step forward (\u2192)");
        Button end = button("M0 0 L8 6 L0 12z M9 0 h2 v12 h-2z", "Jump to the end (End)");
        start.setOnAction(e -> player.toStart());
        back.setOnAction(e -> player.stepBack());
        playButton.setOnAction(e -> player.togglePlay());
        forward.setOnAction(e -> player.stepForward());
        end.setOnAction(e -> player.toEnd());
        start.setId("player-start");
        back.setId("player-back");
        playButton.setId("player-play");
        forward.setId("player-forward");
        end.setId("player-end");

        scrub.getStyleClass().add("scrub");
        scrub.setId("player-scrub");
        scrub.setFocusTraversable(false);
        scrub.setTooltip(new Tooltip("Drag to any event"));
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.setMaxWidth(Double.MAX_VALUE);
        scrub.valueProperty().addListener((obs, before, after) -> {
            if (!scrubbing) {
                player.pause();
                player.seek((int) Math.round(after.doubleValue()));
            }
        });
        position.getStyleClass().add("player-position");
        position.setId("player-position");

        ComboBox<Double> speed = new ComboBox<>();
        speed.getItems().setAll(SPEEDS);
        speed.setValue(1.0);
        speed.setId("player-speed");
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip("Playback speed"));
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : (d == Math.rint(d) ? Integer.toString(d.intValue()) : d.toString()) + "\u00d7";
            }

            @Override
            public Double fromString(String s) {
                return Double.parseDouble(s.replace("\u00d7", "").trim());
            }
        });
        speed.valueProperty().addListener((obs, before, after) -> {
            if (after != null) {
                player.speedProperty().set(after);
            }
        });
        player.speedProperty().addListener((obs, before, after) -> speed.setValue(after.doubleValue()));

        scrub.setMinWidth(160);
        StatusLegend legend = new StatusLegend();
        legend.visibleProperty().bind(player.replayProperty().isNotNull());
        legend.managedProperty().bind(legend.visibleProperty());
        Label speedLabel = new Label("Speed");
        speed.setMinWidth(Region.USE_PREF_SIZE);
        for (Labeled l : List.of(position, speedLabel)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(start, back, playButton, forward, end, scrub, position, speedLabel, speed, legend);
        player.playingProperty().addListener((obs, before, after) -> {
            ((SVGPath) playButton.getGraphic()).setContent(after ? PAUSE : PLAY);
            playButton.getTooltip().setText(after ? "Pause (Space)" : "Play (Space)");
        });
        player.positionProperty().addListener((obs, before, after) -> update());
        player.sizeProperty().addListener((obs, before, after) -> update());
        update();
    }

    private void update() {
        int size = player.sizeProperty().get();
        int k = player.getPosition();
        scrubbing = true;
        try {
            scrub.setMax(Math.max(1, size));
            scrub.setValue(k);
            scrub.setDisable(size == 0);
        } finally {
            scrubbing = false;
        }
        position.setText(text(player.getReplay(), k, size));
    }

    /** {@code Event 12 / 34 · +2.000 s}. */
    static String text(Replay replay, int k, int size) {
        if (replay == null || size == 0) {
            return "No execution";
        }
        String when = k == 0 ? "" : "  \u00b7  +" + Narration.words(Duration.ofMillis(replay.event(k - 1).epochMillis()
                - replay.event(0).epochMillis()));
        return String.format(Locale.ROOT, "Event %,d / %,d", k, size) + when;
    }

    private static Button button(String path, String tip) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("player-icon");
        Button b = new Button(null, icon);
        b.getStyleClass().add("player-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }
}

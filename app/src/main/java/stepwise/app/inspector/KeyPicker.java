package stepwise.app.inspector;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SegmentedButton;

/** Picks which of several exclusive fields holds a value (Seconds or TimestampPath, TimeoutSeconds or TimeoutSecondsPath). */
interface KeyPicker {
    Node node();

    /** Shows {@code key} as picked, without telling the listener. */
    void select(String key);

    /** Called when the user picks a key. */
    void onPick(Consumer<String> action);

    void setDisable(boolean disable);

    /** A row of segments, one per key, labelled in words. */
    static KeyPicker segments(List<String> keys, Map<String, String> labels) {
        return new Segments(keys, labels);
    }

    /** A {@code $} toggle between a value ({@code keys[0]}) and a path to it in the input ({@code keys[1]}). */
    static KeyPicker pathToggle(List<String> keys) {
        return new PathToggle(keys);
    }

    final class Segments implements KeyPicker {
        private final SegmentedButton bar = new SegmentedButton();
        private final List<String> keys;
        private Consumer<String> action = k -> { };
        private boolean selecting;

        Segments(List<String> keys, Map<String, String> labels) {
            this.keys = List.copyOf(keys);
            for (String key : keys) {
                ToggleButton b = new ToggleButton(labels.getOrDefault(key, key));
                b.setUserData(key);
                b.setTooltip(new Tooltip(key));
                b.setId("pick:" + key);
                bar.getButtons().add(b);
            }
            bar.getStyleClass().add("key-segments");
            bar.getToggleGroup().selectedToggleProperty().addListener((obs, before, after) -> {
                if (after == null) {
                    if (before != null) {
                        before.setSelected(true);
                    }
                    return;
                }
                if (!selecting) {
                    action.accept((String) after.getUserData());
                }
            });
        }

        @Override
        public Node node() {
            return bar;
        }

        @Override
        public void select(String key) {
            selecting = true;
            try {
                for (Toggle t : bar.getButtons()) {
                    t.setSelected(key.equals(t.getUserData()));
                }
            } finally {
                selecting = false;
            }
        }

        @Override
        public void onPick(Consumer<String> action) {
            this.action = action;
        }

        @Override
        public void setDisable(boolean disable) {
            bar.setDisable(disable);
        }

        List<String> keys() {
            return keys;
        }
    }

    final class PathToggle implements KeyPicker {
        private final ToggleButton toggle = new ToggleButton("$");
        private final List<String> keys;
        private Consumer<String> action = k -> { };
        private boolean selecting;

        PathToggle(List<String> keys) {
            this.keys = List.copyOf(keys);
            toggle.getStyleClass().add("path-toggle");
            toggle.setTooltip(new Tooltip("Read the value from a path in the input (" + keys.get(1) + ")"));
            toggle.setId("pick:" + keys.get(1));
            toggle.setFocusTraversable(false);
            toggle.selectedProperty().addListener((obs, was, is) -> {
                if (!selecting) {
                    action.accept(is ? keys.get(1) : keys.get(0));
                }
            });
        }

        @Override
        public Node node() {
            return toggle;
        }

        @Override
        public void select(String key) {
            selecting = true;
            try {
                toggle.setSelected(key.equals(keys.get(1)));
            } finally {
                selecting = false;
            }
        }

        @Override
        public void onPick(Consumer<String> action) {
            this.action = action;
        }

        @Override
        public void setDisable(boolean disable) {
            toggle.setDisable(disable);
        }
    }
}

package stepwise.app.inspector;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;

/**
 * When a combo box's value counts as picked: at once when it changes with the list closed (Enter, a
 * click), and when the list closes if it changed while open, so that arrowing through the list
 * makes one command, not one per item passed.
 */
final class Picks {
    private Picks() {
    }

    /** Calls {@code action} with each picked value; {@code quiet} says when a change is the program's own (an update). */
    static <T> void onPick(ComboBox<T> combo, java.util.function.BooleanSupplier quiet, Consumer<T> action) {
        Object[] opened = new Object[1];
        combo.setOnShowing(e -> opened[0] = combo.getValue());
        combo.valueProperty().addListener((obs, before, after) -> {
            if (!quiet.getAsBoolean() && !combo.isShowing()) {
                action.accept(after);
            }
        });
        combo.setOnHidden(e -> {
            if (!quiet.getAsBoolean() && !Objects.equals(opened[0], combo.getValue())) {
                action.accept(combo.getValue());
            }
        });
    }
}

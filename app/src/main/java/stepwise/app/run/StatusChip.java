package stepwise.app.run;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import stepwise.canvas.StatusPseudoClasses;
import stepwise.engine.replay.StateStatus;

/** A small coloured label saying a status: "In progress", "Caught error"... coloured by pseudo-class. */
final class StatusChip extends Label {
    private static final PseudoClass[] ALL = {StatusPseudoClasses.NOT_RUN, StatusPseudoClasses.RUNNING, StatusPseudoClasses.SUCCEEDED,
        StatusPseudoClasses.FAILED, StatusPseudoClasses.CAUGHT, StatusPseudoClasses.ABORTED};

    StatusChip() {
        getStyleClass().add("status-chip");
        show(StateStatus.NOT_RUN);
    }

    void show(StateStatus status) {
        setText(status.label());
        for (StateStatus s : StateStatus.values()) {
            pseudoClassStateChanged(pseudoClass(s), s == status);
        }
    }

    /** The canvas's pseudo-class for a status. */
    static PseudoClass pseudoClass(StateStatus s) {
        return ALL[s.ordinal()];
    }
}

package stepwise.app.run;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Updates a view at most once per pulse, and only while it is shown: a view in a hidden tab marks
 * itself stale and catches up when its tab is selected. Scrubbing through a 100,000-event history thus
 * costs one update of the views in sight per frame. FX thread only.
 */
final class ShownUpdates {
    private final Runnable update;
    private final ObservableBooleanValue shown;
    private boolean stale;
    private boolean scheduled;

    ShownUpdates(ObservableBooleanValue shown, Runnable update) {
        this.update = update;
        this.shown = shown;
        shown.addListener((obs, before, after) -> {
            if (after && stale) {
                request();
            }
        });
    }

    /** Something the view shows changed. */
    void request() {
        if (!shown.get()) {
            stale = true;
            return;
        }
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                stale = false;
                update.run();
            });
        }
    }

    /** Updates now (tests, and the first showing). */
    void now() {
        stale = false;
        update.run();
    }
}

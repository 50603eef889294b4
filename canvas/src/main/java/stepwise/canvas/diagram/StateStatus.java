package stepwise.canvas.diagram;

import java.util.Locale;

/** How a state fared in an execution, for pictures of a run; the CSS class and pseudo-class share the name. */
public enum StateStatus {
    RUNNING, SUCCEEDED, FAILED, CAUGHT, ABORTED, NOT_RUN;

    /** running, succeeded, failed, caught, aborted, not-run. */
    public String cssName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The theme colour of this status. */
    public String colorName() {
        return "-sw-status-" + cssName();
    }
}

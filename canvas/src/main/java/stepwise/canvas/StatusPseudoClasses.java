package stepwise.canvas;

import javafx.css.PseudoClass;

/** The pseudo-classes that show a state's selection and execution status; the theme CSS colours them. */
public final class StatusPseudoClasses {
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass SUCCEEDED = PseudoClass.getPseudoClass("succeeded");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass CAUGHT = PseudoClass.getPseudoClass("caught");
    public static final PseudoClass ABORTED = PseudoClass.getPseudoClass("aborted");
    public static final PseudoClass NOT_RUN = PseudoClass.getPseudoClass("not-run");

    /** The pseudo-class of an execution status. */
    public static PseudoClass of(stepwise.canvas.diagram.StateStatus status) {
        return switch (status) {
            case RUNNING -> RUNNING;
            case SUCCEEDED -> SUCCEEDED;
            case FAILED -> FAILED;
            case CAUGHT -> CAUGHT;
            case ABORTED -> ABORTED;
            case NOT_RUN -> NOT_RUN;
        };
    }

    private StatusPseudoClasses() {
    }
}

package stepwise.engine.replay;

/**
 * What a state looks like at one moment of an execution, as the AWS console colours it. The CSS class
 * ({@link #cssClass()}) is the name the canvas's pseudo-classes and the exported SVG use.
 */
public enum StateStatus {
    NOT_RUN("not-run", "Not run"),
    RUNNING("running", "In progress"),
    SUCCEEDED("succeeded", "Succeeded"),
    FAILED("failed", "Failed"),
    CAUGHT("caught", "Caught error"),
    ABORTED("aborted", "Aborted");

    private static final StateStatus[] VALUES = values();

    private final String cssClass;
    private final String label;

    StateStatus(String cssClass, String label) {
        this.cssClass = cssClass;
        this.label = label;
    }

    /** {@code running}, {@code succeeded}, {@code not-run}... */
    public String cssClass() {
        return cssClass;
    }

    /** The words the console uses: "In progress", "Caught error"... */
    public String label() {
        return label;
    }

    static StateStatus of(byte ordinal) {
        return VALUES[ordinal];
    }
}

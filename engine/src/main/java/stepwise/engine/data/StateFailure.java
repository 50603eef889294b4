package stepwise.engine.data;

/**
 * An ASL error raised while a state runs: an error name ({@code States.Runtime}, a task's own error...)
 * and a cause text, as AWS reports them. It is control flow, not a bug, so it carries no stack trace.
 * {@link #evaluation()} marks a failure of a JSONata expression, which AWS records with an
 * {@code EvaluationFailed} event naming the field ({@link #location()}).
 */
public final class StateFailure extends RuntimeException {
    private final String error;
    private final String cause;
    private final boolean evaluation;
    private final String location;
    private final boolean aboutState;

    /** A failure with exactly this error and cause (a task's error, a Fail state's). */
    public StateFailure(String error, String cause) {
        this(error, cause, false, null, false);
    }

    private StateFailure(String error, String cause, boolean evaluation, String location, boolean aboutState) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.cause = cause;
        this.evaluation = evaluation;
        this.location = location;
        this.aboutState = aboutState;
    }

    /**
     * A failure the interpreter itself raises about the state it runs; AWS prefixes such causes with
     * "An error occurred while executing the state 'X' (entered at the event id #N)."
     */
    public static StateFailure ofState(String error, String cause) {
        return new StateFailure(error, cause, false, null, true);
    }

    /** {@code States.Runtime} about the running state. */
    public static StateFailure runtime(String cause) {
        return ofState(ErrorNames.RUNTIME, cause);
    }

    /** A JSONata evaluation failure ({@code States.QueryEvaluationError}) for the field at {@code location}. */
    public static StateFailure queryEvaluation(String cause, String location) {
        return new StateFailure(ErrorNames.QUERY_EVALUATION_ERROR, cause, true, location, true);
    }

    /** The same failure, recorded as an evaluation failure of {@code location}. */
    public StateFailure asEvaluation(String location) {
        return new StateFailure(error, cause, true, location, aboutState);
    }

    /** True when the cause is about the running state and gets AWS's "An error occurred while executing..." prefix. */
    public boolean aboutState() {
        return aboutState;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }

    public boolean evaluation() {
        return evaluation;
    }

    public String location() {
        return location;
    }
}

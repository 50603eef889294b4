package stepwise.model.asl;

/** The error names Step Functions itself raises, for {@code ErrorEquals} and {@code Fail}. */
public enum PredefinedError {
    ALL("States.ALL", "Matches any error name; alone in its ErrorEquals and in the last retrier or catcher."),
    TASK_FAILED("States.TaskFailed", "Matches any error of a Task except States.Timeout."),
    TIMEOUT("States.Timeout", "The state ran longer than its TimeoutSeconds, or the execution longer than its own."),
    HEARTBEAT_TIMEOUT("States.HeartbeatTimeout", "The task sent no heartbeat within HeartbeatSeconds."),
    PERMISSIONS("States.Permissions", "The execution's role may not run the task."),
    RESULT_PATH_MATCH_FAILURE("States.ResultPathMatchFailure", "ResultPath cannot place the result in the state's input."),
    PARAMETER_PATH_FAILURE("States.ParameterPathFailure", "A path in the state's parameters matches nothing in the input."),
    QUERY_EVALUATION_ERROR("States.QueryEvaluationError", "A JSONata expression failed or gave a value of the wrong type."),
    BRANCH_FAILED("States.BranchFailed", "A branch of a Parallel state failed."),
    NO_CHOICE_MATCHED("States.NoChoiceMatched", "No rule of a Choice state matched and it has no Default."),
    INTRINSIC_FAILURE("States.IntrinsicFailure", "An intrinsic function failed."),
    EXCEED_TOLERATED_FAILURE_THRESHOLD("States.ExceedToleratedFailureThreshold",
            "More items of a Map failed than its tolerated failure count or percentage allow."),
    ITEM_READER_FAILED("States.ItemReaderFailed", "A Map's ItemReader could not read the items."),
    RESULT_WRITER_FAILED("States.ResultWriterFailed", "A Map's ResultWriter could not write the results."),
    RUNTIME("States.Runtime", "A runtime error that no retrier or catcher can handle, such as a bad path in the input.");

    private final String aslName;
    private final String doc;

    PredefinedError(String aslName, String doc) {
        this.aslName = aslName;
        this.doc = doc;
    }

    /** As ASL writes it: {@code States.Timeout}. */
    public String aslName() {
        return aslName;
    }

    /** One line of documentation. */
    public String doc() {
        return doc;
    }

    /** The error named {@code name}, or null when it is not one of these. */
    public static PredefinedError fromAsl(String name) {
        for (PredefinedError e : values()) {
            if (e.aslName.equals(name)) {
                return e;
            }
        }
        return null;
    }
}

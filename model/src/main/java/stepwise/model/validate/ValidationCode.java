package stepwise.model.validate;

import stepwise.model.Severity;

/**
 * The stable codes of the validator's diagnostics, each with its severity. The names are part of
 * the CLI's output and of what the editor shows, so they never change meaning; new checks get new codes.
 */
public enum ValidationCode {
    // Shape of the document and of each object in it.
    MISSING_FIELD(Severity.ERROR, "a required field is missing"),
    UNKNOWN_FIELD(Severity.ERROR, "a field that this object does not have"),
    WRONG_TYPE(Severity.ERROR, "a value of the wrong JSON type"),
    INVALID_VALUE(Severity.ERROR, "a value outside what the field allows"),
    EXCLUSIVE_FIELDS(Severity.ERROR, "fields that cannot be used together"),
    DUPLICATE_FIELD(Severity.ERROR, "the same field written twice in one object"),
    INVALID_TIMESTAMP(Severity.ERROR, "a timestamp that is not RFC 3339"),
    INVALID_RESOURCE(Severity.WARNING, "a Task Resource that does not look like an ARN"),
    NOT_IN_EXPRESS(Severity.ERROR, "a .sync or .waitForTaskToken integration, or an activity, in an Express workflow"),

    // Structure and transitions.
    UNKNOWN_TARGET(Severity.ERROR, "StartAt, Next, Default or a Catch names a state that does not exist"),
    TRANSITION_OUT_OF_SCOPE(Severity.ERROR, "a transition leaves its Parallel branch or Map processor"),
    UNREACHABLE_STATE(Severity.ERROR, "no transition leads to the state"),
    NO_TERMINAL_STATE(Severity.ERROR, "a machine with no End, Succeed or Fail"),
    MISSING_TRANSITION(Severity.ERROR, "a state with neither Next nor End"),
    DUPLICATE_STATE_NAME(Severity.ERROR, "two states with the same name"),
    STATE_NAME_TOO_LONG(Severity.ERROR, "a state name over 80 characters"),

    // Paths and intrinsic functions.
    INVALID_PATH(Severity.ERROR, "a JSONPath that does not parse"),
    INVALID_REFERENCE_PATH(Severity.ERROR, "a reference path with wildcards, filters or other multi-node syntax"),
    INVALID_INTRINSIC(Severity.ERROR, "an intrinsic function call that does not parse"),
    UNKNOWN_INTRINSIC(Severity.ERROR, "an intrinsic function that does not exist"),
    INTRINSIC_ARITY(Severity.ERROR, "an intrinsic function called with the wrong number of arguments"),

    // Choice, Retry/Catch, Map/Parallel.
    INVALID_CHOICE_RULE(Severity.ERROR, "a Choice rule of the wrong shape"),
    STATES_ALL_MISPLACED(Severity.ERROR, "States.ALL not alone or not in the last Retry/Catch entry"),
    DISTRIBUTED_ONLY_FIELD(Severity.ERROR, "a field of Distributed Map used in an inline Map"),
    INVALID_LABEL(Severity.ERROR, "a Map Label that is empty, too long or has forbidden characters"),

    // Query languages and variables.
    JSONATA_SYNTAX(Severity.ERROR, "a JSONata expression that does not parse"),
    QUERY_LANGUAGE_MISMATCH(Severity.ERROR, "a field of the other query language"),
    QUERY_LANGUAGE_DOWNGRADE(Severity.ERROR, "a JSONPath state in a JSONata workflow"),
    INVALID_VARIABLE_NAME(Severity.ERROR, "an Assign name that is not a valid variable name"),
    UNASSIGNED_VARIABLE(Severity.WARNING, "a variable that no path to the state assigns"),

    // Warnings for designs known to fail in production.
    MAP_UNBOUNDED_CONCURRENCY(Severity.WARNING, "a Map that starts all its items at once"),
    CALLBACK_WITHOUT_TIMEOUT(Severity.WARNING, "a .waitForTaskToken Task that can wait forever"),
    RETRY_WITHOUT_JITTER(Severity.WARNING, "a Retry with backoff but no JitterStrategy");

    private final Severity severity;
    private final String summary;

    ValidationCode(Severity severity, String summary) {
        this.severity = severity;
        this.summary = summary;
    }

    public Severity severity() {
        return severity;
    }

    /** What the code means, in a few words (for help texts and the list of checks). */
    public String summary() {
        return summary;
    }
}

package stepwise.model.asl;

/** What a field's value means beyond its JSON type, for completion and checking. */
public enum ValueHint {
    NONE,
    /** The name of a state of the same machine ({@code Next}, {@code Default}, {@code StartAt}). */
    STATE_NAME,
    /** One of the state types ({@code Type}). */
    STATE_TYPE,
    /** A resource ARN: a Lambda function, an activity or a service integration. */
    RESOURCE,
    /** A list of error names ({@code ErrorEquals}). */
    ERROR_NAMES,
    /** A JSONPath path ({@code InputPath}, {@code ItemsPath}, the {@code ...Path} fields). */
    PATH,
    /** A reference path: a path that names one node ({@code ResultPath}, {@code Variable}). */
    REFERENCE_PATH,
    /** A payload template whose {@code .$} keys are evaluated ({@code Parameters}, {@code ItemSelector}). */
    PAYLOAD_TEMPLATE,
    /** A JSONata expression string or a value holding {@code {% %}} expressions. */
    JSONATA,
    /** An ISO 8601 timestamp. */
    TIMESTAMP,
    /** One of the values listed in the field. */
    ENUM
}

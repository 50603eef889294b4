package stepwise.model.asl;

import java.util.List;

/**
 * What a field's value must be, finer than its JSON type: a positive integer, a percentage, a path,
 * a reference path, a timestamp, one of a few words... Each kind also says its JSON type and what
 * the editor may offer for it ({@link ValueHint}), so the validator and the editor read one kind.
 * In a JSONata state the numeric and timestamp kinds may instead hold a {@code {% ... %}} expression.
 */
public enum FieldKind {
    /** Any JSON value ({@code Result}). */
    ANY(ValueType.ANY, ValueHint.NONE),
    STRING(ValueType.STRING, ValueHint.NONE),
    /** The name of a state of the same machine ({@code Next}, {@code Default}, {@code StartAt}). */
    STATE_NAME(ValueType.STRING, ValueHint.STATE_NAME),
    /** A resource ARN: a Lambda function, an activity or a service integration. */
    RESOURCE(ValueType.STRING, ValueHint.RESOURCE),
    BOOLEAN(ValueType.BOOLEAN, ValueHint.NONE),
    NUMBER(ValueType.NUMBER, ValueHint.NONE),
    OBJECT(ValueType.OBJECT, ValueHint.NONE),
    /** An object whose {@code .$} keys take a path ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}). */
    PAYLOAD_TEMPLATE(ValueType.OBJECT, ValueHint.PAYLOAD_TEMPLATE),
    /** Variables to set, by name ({@code Assign}): a payload template in JSONPath, expressions in JSONata. */
    VARIABLES(ValueType.OBJECT, ValueHint.NONE),
    ARRAY(ValueType.ARRAY, ValueHint.NONE),
    NON_EMPTY_ARRAY(ValueType.ARRAY, ValueHint.NONE),
    /** A non-empty list of error names ({@code ErrorEquals}). */
    ERROR_NAMES(ValueType.ARRAY, ValueHint.ERROR_NAMES),
    /** A path, or an intrinsic function call, that gives a value ({@code ErrorPath}, {@code RoleArn.$}). */
    PATH(ValueType.STRING, ValueHint.PATH),
    /** A path or null ({@code InputPath}, {@code OutputPath}). */
    NULLABLE_PATH(ValueType.STRING, ValueHint.PATH),
    /** A reference path: a path that names one node ({@code ItemsPath}, {@code SecondsPath}, {@code Variable}). */
    REFERENCE_PATH(ValueType.STRING, ValueHint.REFERENCE_PATH),
    /** A reference path or null ({@code ResultPath}). */
    NULLABLE_REFERENCE_PATH(ValueType.STRING, ValueHint.REFERENCE_PATH),
    NON_NEGATIVE_INTEGER(ValueType.INTEGER, ValueHint.NONE),
    POSITIVE_INTEGER(ValueType.INTEGER, ValueHint.NONE),
    /** A number of at least 1.0. */
    BACKOFF_RATE(ValueType.NUMBER, ValueHint.NONE),
    /** A number from 0 to 100. */
    PERCENTAGE(ValueType.NUMBER, ValueHint.NONE),
    /** An RFC 3339 timestamp such as {@code 2024-03-14T01:59:00Z}. */
    TIMESTAMP(ValueType.STRING, ValueHint.TIMESTAMP),
    STATE_TYPE(ValueType.STRING, ValueHint.STATE_TYPE, "Task", "Choice", "Parallel", "Map", "Wait", "Pass", "Succeed", "Fail"),
    QUERY_LANGUAGE(ValueType.STRING, ValueHint.ENUM, "JSONPath", "JSONata"),
    /**
     * The version of the States Language: "1.0" is the one offered, but any string is taken, as no
     * verdict of AWS shows another being refused.
     */
    VERSION(ValueType.STRING, ValueHint.ENUM, "1.0"),
    MAP_MODE(ValueType.STRING, ValueHint.ENUM, "INLINE", "DISTRIBUTED"),
    EXECUTION_TYPE(ValueType.STRING, ValueHint.ENUM, "STANDARD", "EXPRESS"),
    JITTER_STRATEGY(ValueType.STRING, ValueHint.ENUM, "FULL", "NONE"),
    INPUT_TYPE(ValueType.STRING, ValueHint.ENUM, "CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"),
    CSV_HEADER_LOCATION(ValueType.STRING, ValueHint.ENUM, "FIRST_ROW", "GIVEN"),
    CSV_DELIMITER(ValueType.STRING, ValueHint.ENUM, "COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"),
    /** Any JSON value whose strings may be {@code {% %}} expressions ({@code Output}). */
    JSONATA_TEMPLATE(ValueType.ANY, ValueHint.JSONATA),
    /** An object whose strings may be expressions, or one expression ({@code Arguments}). */
    OBJECT_OR_EXPRESSION(ValueType.OBJECT, ValueHint.JSONATA),
    /** An array, or an expression that gives one ({@code Items}). */
    ARRAY_OR_EXPRESSION(ValueType.ARRAY, ValueHint.JSONATA),
    /** true, false or an expression that gives one ({@code Condition}). */
    CONDITION(ValueType.ANY, ValueHint.JSONATA);

    private final ValueType type;
    private final ValueHint hint;
    private final List<String> words;

    FieldKind(ValueType type, ValueHint hint, String... words) {
        this.type = type;
        this.hint = hint;
        this.words = List.of(words);
    }

    /** The JSON type of the value, as documentation shows it. */
    public ValueType type() {
        return type;
    }

    /** What the value means to the editor: a state name, a path, one of {@link #words()}... */
    public ValueHint hint() {
        return hint;
    }

    /** The words a value of this kind is one of (empty when it is not a word). */
    public List<String> words() {
        return words;
    }
}

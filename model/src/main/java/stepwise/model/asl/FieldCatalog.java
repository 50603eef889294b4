package stepwise.model.asl;

import static stepwise.model.asl.AslObjectKind.BRANCH;
import static stepwise.model.asl.AslObjectKind.CATCHER;
import static stepwise.model.asl.AslObjectKind.CHOICE_RULE;
import static stepwise.model.asl.AslObjectKind.ITEM_BATCHER;
import static stepwise.model.asl.AslObjectKind.ITEM_PROCESSOR;
import static stepwise.model.asl.AslObjectKind.ITEM_READER;
import static stepwise.model.asl.AslObjectKind.MACHINE;
import static stepwise.model.asl.AslObjectKind.NESTED_RULE;
import static stepwise.model.asl.AslObjectKind.PROCESSOR_CONFIG;
import static stepwise.model.asl.AslObjectKind.READER_CONFIG;
import static stepwise.model.asl.AslObjectKind.RESULT_WRITER;
import static stepwise.model.asl.AslObjectKind.RETRIER;
import static stepwise.model.asl.AslObjectKind.STATE;
import static stepwise.model.asl.QueryLanguage.JSONATA;
import static stepwise.model.asl.QueryLanguage.JSONPATH;
import static stepwise.model.asl.StateType.CHOICE;
import static stepwise.model.asl.StateType.FAIL;
import static stepwise.model.asl.StateType.MAP;
import static stepwise.model.asl.StateType.PARALLEL;
import static stepwise.model.asl.StateType.PASS;
import static stepwise.model.asl.StateType.SUCCEED;
import static stepwise.model.asl.StateType.TASK;
import static stepwise.model.asl.StateType.WAIT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every field of the Amazon States Language, as data: where it is written, for which state types and
 * query language, its JSON type and one line of documentation. The editor completes and documents
 * fields from it; the validator checks unknown fields and types against the same table.
 */
public final class FieldCatalog {
    private static final Set<StateType> ALL_TYPES = EnumSet.allOf(StateType.class);
    private static final Set<StateType> WITH_TRANSITION = EnumSet.of(TASK, PARALLEL, MAP, PASS, WAIT);
    private static final Set<StateType> WITH_RESULT = EnumSet.of(TASK, PARALLEL, MAP);
    private static final Set<StateType> NOT_FAIL = EnumSet.complementOf(EnumSet.of(FAIL));
    private static final Set<StateType> WITH_ASSIGN = EnumSet.of(TASK, PARALLEL, MAP, PASS, WAIT, CHOICE);

    private static final List<AslField> FIELDS = build();

    private FieldCatalog() {
    }

    /** Every field, in the order a person would write them. */
    public static List<AslField> all() {
        return FIELDS;
    }

    /**
     * The fields that can be written in an object of {@code kind} (of {@code stateType} for a state;
     * null for any type) under {@code queryLanguage} (null for both languages).
     */
    public static List<AslField> fields(AslObjectKind kind, StateType stateType, QueryLanguage queryLanguage) {
        List<AslField> out = new ArrayList<>();
        for (AslField f : FIELDS) {
            if (f.appliesTo(kind, stateType) && (queryLanguage == null || f.validIn(queryLanguage))) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The field named {@code name} in an object of {@code kind} (of {@code stateType}), in either language, or null. */
    public static AslField field(AslObjectKind kind, StateType stateType, String name) {
        AslField loose = null;
        for (AslField f : FIELDS) {
            if (f.in() == kind && f.name().equals(name)) {
                if (f.appliesTo(kind, stateType)) {
                    return f;
                }
                loose = loose == null ? f : loose;
            }
        }
        return stateType == null ? loose : null;
    }

    /** True when {@code name} is a field ASL defines anywhere (for highlighting). */
    public static boolean isKnownName(String name) {
        for (AslField f : FIELDS) {
            if (f.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the table

    private static List<AslField> build() {
        Table t = new Table();
        // The workflow and its nested machines.
        t.machine(MACHINE, "Comment", ValueType.STRING, ValueHint.NONE, false, "A description of the workflow, for people.");
        t.machine(MACHINE, "StartAt", ValueType.STRING, ValueHint.STATE_NAME, true, "The name of the state the execution starts with.");
        t.machine(MACHINE, "States", ValueType.OBJECT, ValueHint.NONE, true, "The states of the workflow, by name.");
        t.machine(MACHINE, "TimeoutSeconds", ValueType.INTEGER, ValueHint.NONE, false,
                "The longest an execution may run; past it the execution fails with States.Timeout.");
        t.machine(MACHINE, "Version", ValueType.STRING, ValueHint.ENUM, false, "The version of the States Language; \"1.0\" by default.", "1.0");
        t.machine(MACHINE, "QueryLanguage", ValueType.STRING, ValueHint.ENUM, false,
                "JSONPath (the default) or JSONata: how the states select and shape their data.", "JSONPath", "JSONata");
        for (AslObjectKind nested : new AslObjectKind[] {BRANCH, ITEM_PROCESSOR}) {
            String what = nested == BRANCH ? "branch" : "item processor";
            t.machine(nested, "Comment", ValueType.STRING, ValueHint.NONE, false, "A description of this " + what + ".");
            t.machine(nested, "StartAt", ValueType.STRING, ValueHint.STATE_NAME, true, "The state this " + what + " starts with.");
            t.machine(nested, "States", ValueType.OBJECT, ValueHint.NONE, true, "The states of this " + what + ", by name.");
        }
        t.machine(ITEM_PROCESSOR, "ProcessorConfig", ValueType.OBJECT, ValueHint.NONE, false,
                "How the items are processed: Mode INLINE or DISTRIBUTED, and the ExecutionType of child workflows.");
        t.machine(PROCESSOR_CONFIG, "Mode", ValueType.STRING, ValueHint.ENUM, false,
                "INLINE runs the iterations inside this execution; DISTRIBUTED runs each batch as a child workflow.", "INLINE", "DISTRIBUTED");
        t.machine(PROCESSOR_CONFIG, "ExecutionType", ValueType.STRING, ValueHint.ENUM, false,
                "STANDARD or EXPRESS: the type of the child workflows of a DISTRIBUTED Map.", "STANDARD", "EXPRESS");

        // Fields of every state.
        t.state(ALL_TYPES, null, "Type", ValueType.STRING, ValueHint.STATE_TYPE, true, "The kind of state: Task, Choice, Parallel, Map, Wait, Pass, Succeed or Fail.",
                "Task", "Choice", "Parallel", "Map", "Wait", "Pass", "Succeed", "Fail");
        t.state(ALL_TYPES, null, "Comment", ValueType.STRING, ValueHint.NONE, false, "A description of the state, for people.");
        t.state(ALL_TYPES, null, "QueryLanguage", ValueType.STRING, ValueHint.ENUM, false,
                "Overrides the workflow's query language for this state: JSONPath or JSONata.", "JSONPath", "JSONata");
        t.state(WITH_TRANSITION, null, "Next", ValueType.STRING, ValueHint.STATE_NAME, false,
                "The name of the state to run next (a state has either Next or End).");
        t.state(WITH_TRANSITION, null, "End", ValueType.BOOLEAN, ValueHint.NONE, false,
                "true ends the execution (or the branch) after this state.");
        t.state(NOT_FAIL, JSONPATH, "InputPath", ValueType.STRING, ValueHint.PATH, false,
                "Selects the part of the state's input it works on; null passes {}.");
        t.state(NOT_FAIL, JSONPATH, "OutputPath", ValueType.STRING, ValueHint.PATH, false,
                "Selects the part of the result that becomes the state's output; null passes {}.");
        t.state(NOT_FAIL, JSONATA, "Output", ValueType.ANY, ValueHint.JSONATA, false,
                "The state's output: any JSON value, with {% %} JSONata expressions inside.");
        t.state(WITH_ASSIGN, null, "Assign", ValueType.OBJECT, ValueHint.NONE, false,
                "Variables to set when the state succeeds, by name; later states read them as $name.");
        t.state(EnumSet.of(TASK, PARALLEL, MAP, PASS), JSONPATH, "Parameters", ValueType.ANY, ValueHint.PAYLOAD_TEMPLATE, false,
                "A payload template that becomes the input of the work; keys ending in .$ take a path.");
        t.state(EnumSet.of(TASK, PARALLEL), JSONATA, "Arguments", ValueType.ANY, ValueHint.JSONATA, false,
                "The input of the work: any JSON value, with {% %} JSONata expressions inside.");
        t.state(WITH_RESULT, JSONPATH, "ResultSelector", ValueType.OBJECT, ValueHint.PAYLOAD_TEMPLATE, false,
                "A payload template applied to the raw result before ResultPath places it.");
        t.state(EnumSet.of(TASK, PARALLEL, MAP, PASS), JSONPATH, "ResultPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "Where the result goes in the state's input; $ replaces the input, null discards the result.");
        t.state(WITH_RESULT, null, "Retry", ValueType.ARRAY, ValueHint.NONE, false,
                "Retriers tried in order when the state fails: which errors, how often and how long to wait.");
        t.state(WITH_RESULT, null, "Catch", ValueType.ARRAY, ValueHint.NONE, false,
                "Fallbacks taken in order when the state fails after its retries: which errors and the state to go to.");

        // Task.
        t.state(EnumSet.of(TASK), null, "Resource", ValueType.STRING, ValueHint.RESOURCE, true,
                "The ARN of the work: a Lambda function, an activity, or a service integration such as arn:aws:states:::lambda:invoke.");
        t.state(EnumSet.of(TASK), null, "TimeoutSeconds", ValueType.INTEGER, ValueHint.NONE, false,
                "The longest the task may run; past it the state fails with States.Timeout (default 99999999).");
        t.state(EnumSet.of(TASK), JSONPATH, "TimeoutSecondsPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to the timeout in the input, instead of TimeoutSeconds.");
        t.state(EnumSet.of(TASK), null, "HeartbeatSeconds", ValueType.INTEGER, ValueHint.NONE, false,
                "The longest the task may go without a heartbeat; past it the state fails with States.HeartbeatTimeout.");
        t.state(EnumSet.of(TASK), JSONPATH, "HeartbeatSecondsPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to the heartbeat interval in the input, instead of HeartbeatSeconds.");
        t.state(EnumSet.of(TASK), null, "Credentials", ValueType.OBJECT, ValueHint.NONE, false,
                "The IAM role to assume for the task (RoleArn or RoleArn.$).");

        // Pass.
        t.state(EnumSet.of(PASS), JSONPATH, "Result", ValueType.ANY, ValueHint.NONE, false,
                "A fixed value the Pass state outputs (placed by ResultPath).");

        // Choice.
        t.state(EnumSet.of(CHOICE), null, "Choices", ValueType.ARRAY, ValueHint.NONE, true,
                "The rules tested in order; the first that matches names the next state.");
        t.state(EnumSet.of(CHOICE), null, "Default", ValueType.STRING, ValueHint.STATE_NAME, false,
                "The state to go to when no rule matches (without it, the execution fails with States.NoChoiceMatched).");

        // Wait.
        t.state(EnumSet.of(WAIT), null, "Seconds", ValueType.INTEGER, ValueHint.NONE, false, "How many seconds to wait.");
        t.state(EnumSet.of(WAIT), null, "Timestamp", ValueType.STRING, ValueHint.TIMESTAMP, false,
                "Wait until this time (ISO 8601, such as 2025-01-31T09:00:00Z).");
        t.state(EnumSet.of(WAIT), JSONPATH, "SecondsPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to the number of seconds to wait in the input.");
        t.state(EnumSet.of(WAIT), JSONPATH, "TimestampPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to the time to wait until in the input.");

        // Fail.
        t.state(EnumSet.of(FAIL), null, "Error", ValueType.STRING, ValueHint.NONE, false, "The error name the execution fails with.");
        t.state(EnumSet.of(FAIL), null, "Cause", ValueType.STRING, ValueHint.NONE, false, "A readable explanation of the failure.");
        t.state(EnumSet.of(FAIL), JSONPATH, "ErrorPath", ValueType.STRING, ValueHint.PATH, false,
                "A path (or intrinsic function) that gives the error name from the input.");
        t.state(EnumSet.of(FAIL), JSONPATH, "CausePath", ValueType.STRING, ValueHint.PATH, false,
                "A path (or intrinsic function) that gives the cause from the input.");

        // Parallel.
        t.state(EnumSet.of(PARALLEL), null, "Branches", ValueType.ARRAY, ValueHint.NONE, true,
                "The state machines to run at the same time; the output is the array of their outputs.");

        // Map.
        t.state(EnumSet.of(MAP), null, "ItemProcessor", ValueType.OBJECT, ValueHint.NONE, false,
                "The state machine run for each item, with its ProcessorConfig.");
        t.state(EnumSet.of(MAP), null, "Iterator", ValueType.OBJECT, ValueHint.NONE, false,
                "The state machine run for each item (the older name of ItemProcessor).");
        t.state(EnumSet.of(MAP), JSONPATH, "ItemsPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to the array of items in the input ($ by default).");
        t.state(EnumSet.of(MAP), JSONATA, "Items", ValueType.ANY, ValueHint.JSONATA, false,
                "The array of items, or a JSONata expression that gives it.");
        t.state(EnumSet.of(MAP), null, "ItemSelector", ValueType.ANY, ValueHint.PAYLOAD_TEMPLATE, false,
                "Shapes the input of each iteration; $$.Map.Item.Value is the item, $$.Map.Item.Index its index.");
        t.state(EnumSet.of(MAP), null, "ItemReader", ValueType.OBJECT, ValueHint.NONE, false,
                "Reads the items from S3 (a CSV, JSON or JSONL file, an inventory or a list of objects).");
        t.state(EnumSet.of(MAP), null, "ItemBatcher", ValueType.OBJECT, ValueHint.NONE, false,
                "Groups items into batches, each processed by one child workflow.");
        t.state(EnumSet.of(MAP), null, "ResultWriter", ValueType.OBJECT, ValueHint.NONE, false,
                "Writes the results of a DISTRIBUTED Map to S3 instead of returning them.");
        t.state(EnumSet.of(MAP), null, "MaxConcurrency", ValueType.INTEGER, ValueHint.NONE, false,
                "How many iterations may run at once; 0 (the default) means no limit.");
        t.state(EnumSet.of(MAP), JSONPATH, "MaxConcurrencyPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to MaxConcurrency in the input.");
        t.state(EnumSet.of(MAP), null, "ToleratedFailurePercentage", ValueType.NUMBER, ValueHint.NONE, false,
                "The percentage of failed items a DISTRIBUTED Map tolerates before failing (0 to 100).");
        t.state(EnumSet.of(MAP), JSONPATH, "ToleratedFailurePercentagePath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to ToleratedFailurePercentage in the input.");
        t.state(EnumSet.of(MAP), null, "ToleratedFailureCount", ValueType.INTEGER, ValueHint.NONE, false,
                "The number of failed items a DISTRIBUTED Map tolerates before failing.");
        t.state(EnumSet.of(MAP), JSONPATH, "ToleratedFailureCountPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to ToleratedFailureCount in the input.");
        t.state(EnumSet.of(MAP), null, "Label", ValueType.STRING, ValueHint.NONE, false,
                "A name for the child workflows of a DISTRIBUTED Map (up to 40 characters).");

        // Retriers and catchers.
        t.machine(RETRIER, "ErrorEquals", ValueType.ARRAY, ValueHint.ERROR_NAMES, true,
                "The error names this retrier handles; States.ALL matches any error and comes last.");
        t.machine(RETRIER, "IntervalSeconds", ValueType.INTEGER, ValueHint.NONE, false, "Seconds before the first retry (default 1).");
        t.machine(RETRIER, "MaxAttempts", ValueType.INTEGER, ValueHint.NONE, false, "How many retries at most (default 3; 0 never retries).");
        t.machine(RETRIER, "BackoffRate", ValueType.NUMBER, ValueHint.NONE, false,
                "The multiplier of the interval after each attempt (default 2.0, at least 1.0).");
        t.machine(RETRIER, "MaxDelaySeconds", ValueType.INTEGER, ValueHint.NONE, false, "The longest interval between retries.");
        t.machine(RETRIER, "JitterStrategy", ValueType.STRING, ValueHint.ENUM, false,
                "FULL randomizes each interval to spread out retries; NONE (the default) does not.", "FULL", "NONE");
        t.machine(RETRIER, "Comment", ValueType.STRING, ValueHint.NONE, false, "A description of the retrier.");
        t.machine(CATCHER, "ErrorEquals", ValueType.ARRAY, ValueHint.ERROR_NAMES, true,
                "The error names this catcher handles; States.ALL matches any error and comes last.");
        t.machine(CATCHER, "Next", ValueType.STRING, ValueHint.STATE_NAME, true, "The state to go to when the error is caught.");
        t.lang(CATCHER, JSONPATH, "ResultPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "Where the error output (Error and Cause) goes in the state's input.");
        t.lang(CATCHER, JSONATA, "Output", ValueType.ANY, ValueHint.JSONATA, false, "The output passed to the Next state ($states.errorOutput holds the error).");
        t.machine(CATCHER, "Assign", ValueType.OBJECT, ValueHint.NONE, false, "Variables to set when the error is caught.");
        t.machine(CATCHER, "Comment", ValueType.STRING, ValueHint.NONE, false, "A description of the catcher.");

        // Choice rules.
        for (AslObjectKind rule : new AslObjectKind[] {CHOICE_RULE, NESTED_RULE}) {
            if (rule == CHOICE_RULE) {
                t.machine(rule, "Next", ValueType.STRING, ValueHint.STATE_NAME, true, "The state to go to when this rule matches.");
                t.machine(rule, "Assign", ValueType.OBJECT, ValueHint.NONE, false, "Variables to set when this rule matches.");
                t.lang(rule, JSONATA, "Output", ValueType.ANY, ValueHint.JSONATA, false, "The output of the Choice state when this rule matches.");
            }
            t.machine(rule, "Comment", ValueType.STRING, ValueHint.NONE, false, "A description of the rule.");
            t.lang(rule, JSONATA, "Condition", ValueType.ANY, ValueHint.JSONATA, rule == NESTED_RULE,
                    "A JSONata expression that is true when the rule matches, such as {% $states.input.total > 100 %}.");
            t.lang(rule, JSONPATH, "Variable", ValueType.STRING, ValueHint.REFERENCE_PATH, false, "The path of the value the rule compares.");
            t.lang(rule, JSONPATH, "And", ValueType.ARRAY, ValueHint.NONE, false, "Matches when every nested rule matches.");
            t.lang(rule, JSONPATH, "Or", ValueType.ARRAY, ValueHint.NONE, false, "Matches when any nested rule matches.");
            t.lang(rule, JSONPATH, "Not", ValueType.OBJECT, ValueHint.NONE, false, "Matches when the nested rule does not.");
            for (ComparisonOperator op : ComparisonOperator.values()) {
                t.lang(rule, JSONPATH, op.name(), comparisonType(op), op.isPath() ? ValueHint.REFERENCE_PATH : ValueHint.NONE, false,
                        comparisonDoc(op));
            }
        }

        // The objects of a Map that reads and writes S3.
        t.machine(ITEM_READER, "Resource", ValueType.STRING, ValueHint.RESOURCE, true,
                "How items are read, such as arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2.");
        t.machine(ITEM_READER, "ReaderConfig", ValueType.OBJECT, ValueHint.NONE, false, "The format of the file: InputType, CSV headers, MaxItems.");
        t.lang(ITEM_READER, JSONPATH, "Parameters", ValueType.OBJECT, ValueHint.PAYLOAD_TEMPLATE, false, "The Bucket and Key (or Prefix) to read.");
        t.lang(ITEM_READER, JSONATA, "Arguments", ValueType.OBJECT, ValueHint.JSONATA, false, "The Bucket and Key (or Prefix) to read.");
        t.machine(READER_CONFIG, "InputType", ValueType.STRING, ValueHint.ENUM, false, "The format of the file.",
                "CSV", "JSON", "JSONL", "MANIFEST", "PARQUET");
        t.machine(READER_CONFIG, "CSVHeaderLocation", ValueType.STRING, ValueHint.ENUM, false,
                "FIRST_ROW reads the column names from the file; GIVEN takes them from CSVHeaders.", "FIRST_ROW", "GIVEN");
        t.machine(READER_CONFIG, "CSVHeaders", ValueType.ARRAY, ValueHint.NONE, false, "The column names, with CSVHeaderLocation GIVEN.");
        t.machine(READER_CONFIG, "CSVDelimiter", ValueType.STRING, ValueHint.ENUM, false, "The column separator.",
                "COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB");
        t.machine(READER_CONFIG, "MaxItems", ValueType.INTEGER, ValueHint.NONE, false, "Reads at most this many items.");
        t.lang(READER_CONFIG, JSONPATH, "MaxItemsPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false, "A path to MaxItems in the input.");
        t.machine(ITEM_BATCHER, "MaxItemsPerBatch", ValueType.INTEGER, ValueHint.NONE, false, "The most items in one batch.");
        t.lang(ITEM_BATCHER, JSONPATH, "MaxItemsPerBatchPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to MaxItemsPerBatch in the input.");
        t.machine(ITEM_BATCHER, "MaxInputBytesPerBatch", ValueType.INTEGER, ValueHint.NONE, false, "The largest batch in bytes (up to 256 KiB).");
        t.lang(ITEM_BATCHER, JSONPATH, "MaxInputBytesPerBatchPath", ValueType.STRING, ValueHint.REFERENCE_PATH, false,
                "A path to MaxInputBytesPerBatch in the input.");
        t.machine(ITEM_BATCHER, "BatchInput", ValueType.OBJECT, ValueHint.NONE, false, "A fixed value added to every batch as BatchInput.");
        t.machine(RESULT_WRITER, "Resource", ValueType.STRING, ValueHint.RESOURCE, false, "arn:aws:states:::s3:putObject.");
        t.lang(RESULT_WRITER, JSONPATH, "Parameters", ValueType.OBJECT, ValueHint.PAYLOAD_TEMPLATE, false, "The Bucket and Prefix to write to.");
        t.lang(RESULT_WRITER, JSONATA, "Arguments", ValueType.OBJECT, ValueHint.JSONATA, false, "The Bucket and Prefix to write to.");
        t.machine(RESULT_WRITER, "WriterConfig", ValueType.OBJECT, ValueHint.NONE, false, "OutputType and Transformation of the results.");
        return List.copyOf(t.fields);
    }

    private static ValueType comparisonType(ComparisonOperator op) {
        if (op.isPath()) {
            return ValueType.STRING;
        }
        return switch (op.kind()) {
            case STRING, STRING_MATCH, TIMESTAMP -> ValueType.STRING;
            case NUMERIC -> ValueType.NUMBER;
            case BOOLEAN, TYPE_TEST -> ValueType.BOOLEAN;
        };
    }

    private static String comparisonDoc(ComparisonOperator op) {
        if (op.kind() == ComparisonOperator.Kind.TYPE_TEST) {
            return "true matches when the Variable " + op.symbol() + " (false when it is not).";
        }
        if (op.kind() == ComparisonOperator.Kind.STRING_MATCH) {
            return "Matches when the Variable matches this pattern, where * stands for any characters.";
        }
        String kind = switch (op.kind()) {
            case STRING -> "string";
            case NUMERIC -> "number";
            case BOOLEAN -> "boolean";
            default -> "timestamp";
        };
        String operand = op.isPath() ? "the value at this path" : "this " + kind;
        return "Matches when the Variable (a " + kind + ") " + op.symbol() + " " + operand + ".";
    }

    /** Collects rows; keeps the table above one line per field. */
    private static final class Table {
        final List<AslField> fields = new ArrayList<>();

        void machine(AslObjectKind in, String name, ValueType type, ValueHint hint, boolean required, String doc, String... values) {
            fields.add(new AslField(name, in, Set.of(), null, type, hint, List.of(values), required, doc));
        }

        void lang(AslObjectKind in, QueryLanguage language, String name, ValueType type, ValueHint hint, boolean required, String doc) {
            fields.add(new AslField(name, in, Set.of(), language, type, hint, List.of(), required, doc));
        }

        void state(Set<StateType> types, QueryLanguage language, String name, ValueType type, ValueHint hint, boolean required, String doc,
                   String... values) {
            fields.add(new AslField(name, STATE, types, language, type, hint, List.of(values), required, doc));
        }
    }
}

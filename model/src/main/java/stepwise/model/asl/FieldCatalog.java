package stepwise.model.asl;

import static stepwise.model.asl.FieldKind.ANY;
import static stepwise.model.asl.FieldKind.ARRAY;
import static stepwise.model.asl.FieldKind.ARRAY_OR_EXPRESSION;
import static stepwise.model.asl.FieldKind.BACKOFF_RATE;
import static stepwise.model.asl.FieldKind.BOOLEAN;
import static stepwise.model.asl.FieldKind.CONDITION;
import static stepwise.model.asl.FieldKind.CSV_DELIMITER;
import static stepwise.model.asl.FieldKind.CSV_HEADER_LOCATION;
import static stepwise.model.asl.FieldKind.ERROR_NAMES;
import static stepwise.model.asl.FieldKind.EXECUTION_TYPE;
import static stepwise.model.asl.FieldKind.INPUT_TYPE;
import static stepwise.model.asl.FieldKind.JITTER_STRATEGY;
import static stepwise.model.asl.FieldKind.JSONATA_TEMPLATE;
import static stepwise.model.asl.FieldKind.MAP_MODE;
import static stepwise.model.asl.FieldKind.NON_EMPTY_ARRAY;
import static stepwise.model.asl.FieldKind.NON_NEGATIVE_INTEGER;
import static stepwise.model.asl.FieldKind.NULLABLE_PATH;
import static stepwise.model.asl.FieldKind.NULLABLE_REFERENCE_PATH;
import static stepwise.model.asl.FieldKind.OBJECT;
import static stepwise.model.asl.FieldKind.OBJECT_OR_EXPRESSION;
import static stepwise.model.asl.FieldKind.PATH;
import static stepwise.model.asl.FieldKind.PAYLOAD_TEMPLATE;
import static stepwise.model.asl.FieldKind.PERCENTAGE;
import static stepwise.model.asl.FieldKind.POSITIVE_INTEGER;
import static stepwise.model.asl.FieldKind.QUERY_LANGUAGE;
import static stepwise.model.asl.FieldKind.REFERENCE_PATH;
import static stepwise.model.asl.FieldKind.RESOURCE;
import static stepwise.model.asl.FieldKind.STATE_NAME;
import static stepwise.model.asl.FieldKind.STATE_TYPE;
import static stepwise.model.asl.FieldKind.STRING;
import static stepwise.model.asl.FieldKind.TIMESTAMP;
import static stepwise.model.asl.FieldKind.VARIABLES;
import static stepwise.model.asl.FieldKind.VERSION;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one field table of the Amazon States Language: for each kind of object (the workflow, each state
 * type, a branch, a retrier, a Choice rule, the objects of a Map...) a {@link FieldTable} that says which
 * fields exist, in which query language, of which kind, which are required, which exclude each other,
 * and what each means in one line. The validator, the inspector and the editor all read it.
 */
public final class FieldCatalog {
    // ------------------------------------------------------------------ fragments shared by state types

    private static final FieldTable COMMON = FieldTable.builder("")
            .both("Type", STATE_TYPE, "The kind of state: Task, Choice, Parallel, Map, Wait, Pass, Succeed or Fail.")
            .both("Comment", STRING, "A description of the state, for people.")
            .both("QueryLanguage", QUERY_LANGUAGE, "Overrides the workflow's query language for this state: JSONPath or JSONata.")
            .required("Type")
            .build();

    private static final FieldTable TRANSITION = FieldTable.builder("")
            .both("Next", STATE_NAME, "The name of the state to run next (a state has either Next or End).")
            .both("End", BOOLEAN, "true ends the execution (or the branch) after this state.")
            .build();

    private static final FieldTable INPUT_OUTPUT = FieldTable.builder("")
            .jsonPath("InputPath", NULLABLE_PATH, "Selects the part of the state's input it works on; null passes {}.")
            .jsonPath("OutputPath", NULLABLE_PATH, "Selects the part of the result that becomes the state's output; null passes {}.")
            .jsonata("Output", JSONATA_TEMPLATE,
                    "The state's output: any JSON value with {% %} JSONata expressions inside, or one expression.")
            .build();

    private static final FieldTable ASSIGN = FieldTable.builder("")
            .both("Assign", VARIABLES, "Variables to set when the state succeeds, by name; later states read them as $name.")
            .build();

    private static final FieldTable PARAMETERS = FieldTable.builder("")
            .jsonPath("Parameters", PAYLOAD_TEMPLATE,
                    "A payload template that becomes the input of the work; keys ending in .$ take a path or an intrinsic function.")
            .build();

    private static final FieldTable ARGUMENTS = FieldTable.builder("")
            .jsonata("Arguments", OBJECT_OR_EXPRESSION,
                    "The input of the work: an object with {% %} JSONata expressions inside, or one expression.")
            .build();

    private static final FieldTable RESULT_SELECTOR = FieldTable.builder("")
            .jsonPath("ResultSelector", PAYLOAD_TEMPLATE,
                    "A payload template applied to the raw result before ResultPath places it; keys ending in .$ take a path.")
            .build();

    private static final FieldTable RESULT_PATH = FieldTable.builder("")
            .jsonPath("ResultPath", NULLABLE_REFERENCE_PATH,
                    "Where the result goes in the state's input; $ replaces the input, null discards the result.")
            .build();

    private static final FieldTable ERROR_HANDLING = FieldTable.builder("")
            .both("Retry", ARRAY, "Retriers tried in order when the state fails: which errors, how often and how long to wait.")
            .both("Catch", ARRAY,
                    "Fallbacks taken in order when the state fails after its retries: which errors and the state to go to.")
            .build();

    // ------------------------------------------------------------------ the states

    private static final FieldTable TASK = FieldTable.builder("Task state")
            .from(COMMON).from(TRANSITION).from(INPUT_OUTPUT).from(ASSIGN).from(PARAMETERS).from(ARGUMENTS)
            .from(RESULT_SELECTOR).from(RESULT_PATH).from(ERROR_HANDLING)
            .both("Resource", RESOURCE, "The ARN of the work: a Lambda function, an activity, or a service integration such as "
                    + "arn:aws:states:::lambda:invoke.")
            .both("TimeoutSeconds", POSITIVE_INTEGER,
                    "The longest the task may run; past it the state fails with States.Timeout (default 99999999).")
            .jsonPath("TimeoutSecondsPath", REFERENCE_PATH, "A path to the timeout in the input, instead of TimeoutSeconds.")
            .both("HeartbeatSeconds", POSITIVE_INTEGER,
                    "The longest the task may go without a heartbeat; past it the state fails with States.HeartbeatTimeout.")
            .jsonPath("HeartbeatSecondsPath", REFERENCE_PATH, "A path to the heartbeat interval in the input, instead of HeartbeatSeconds.")
            .both("Credentials", OBJECT, "The IAM role to assume for the task (RoleArn or RoleArn.$).")
            .required("Resource")
            .atMostOne("TimeoutSeconds", "TimeoutSecondsPath").atMostOne("HeartbeatSeconds", "HeartbeatSecondsPath")
            .build();

    private static final FieldTable PASS = FieldTable.builder("Pass state")
            .from(COMMON).from(TRANSITION).from(INPUT_OUTPUT).from(ASSIGN).from(PARAMETERS).from(RESULT_PATH)
            .jsonPath("Result", ANY, "A fixed value the Pass state outputs (placed by ResultPath).")
            .build();

    private static final FieldTable CHOICE = FieldTable.builder("Choice state")
            .from(COMMON).from(INPUT_OUTPUT).from(ASSIGN)
            .both("Choices", NON_EMPTY_ARRAY, "The rules tested in order; the first that matches names the next state.")
            .both("Default", STATE_NAME,
                    "The state to go to when no rule matches (without it, the execution fails with States.NoChoiceMatched).")
            .required("Choices")
            .build();

    private static final FieldTable WAIT = FieldTable.builder("Wait state")
            .from(COMMON).from(TRANSITION).from(INPUT_OUTPUT).from(ASSIGN)
            .both("Seconds", NON_NEGATIVE_INTEGER, "How many seconds to wait.")
            .both("Timestamp", TIMESTAMP, "Wait until this time (ISO 8601, such as 2025-01-31T09:00:00Z).")
            .jsonPath("SecondsPath", REFERENCE_PATH, "A path to the number of seconds to wait in the input.")
            .jsonPath("TimestampPath", REFERENCE_PATH, "A path to the time to wait until in the input.")
            .exactlyOne("Seconds", "SecondsPath", "Timestamp", "TimestampPath")
            .build();

    private static final FieldTable SUCCEED = FieldTable.builder("Succeed state")
            .from(COMMON).from(INPUT_OUTPUT)
            .build();

    private static final FieldTable FAIL = FieldTable.builder("Fail state")
            .from(COMMON)
            .both("Error", STRING, "The error name the execution fails with.")
            .both("Cause", STRING, "A readable explanation of the failure.")
            .jsonPath("ErrorPath", PATH, "A path (or intrinsic function) that gives the error name from the input.")
            .jsonPath("CausePath", PATH, "A path (or intrinsic function) that gives the cause from the input.")
            .atMostOne("Error", "ErrorPath").atMostOne("Cause", "CausePath")
            .build();

    private static final FieldTable PARALLEL = FieldTable.builder("Parallel state")
            .from(COMMON).from(TRANSITION).from(INPUT_OUTPUT).from(ASSIGN).from(PARAMETERS).from(ARGUMENTS)
            .from(RESULT_SELECTOR).from(RESULT_PATH).from(ERROR_HANDLING)
            .both("Branches", NON_EMPTY_ARRAY, "The state machines to run at the same time; the output is the array of their outputs.")
            .required("Branches")
            .build();

    private static final FieldTable MAP = FieldTable.builder("Map state")
            .from(COMMON).from(TRANSITION).from(INPUT_OUTPUT).from(ASSIGN)
            .jsonPath("Parameters", PAYLOAD_TEMPLATE, "The older name of ItemSelector; a Map has one or the other.")
            .from(RESULT_SELECTOR).from(RESULT_PATH).from(ERROR_HANDLING)
            .both("ItemProcessor", OBJECT, "The state machine run for each item, with its ProcessorConfig.")
            .both("Iterator", OBJECT, "The state machine run for each item (the older name of ItemProcessor).")
            .jsonPath("ItemsPath", REFERENCE_PATH, "A path to the array of items in the input ($ by default).")
            .jsonata("Items", ARRAY_OR_EXPRESSION, "The array of items, or a JSONata expression that gives it.")
            .both("ItemSelector", PAYLOAD_TEMPLATE,
                    "Shapes the input of each iteration; $$.Map.Item.Value is the item, $$.Map.Item.Index its index.")
            .both("ItemReader", OBJECT, "Reads the items from S3 (a CSV, JSON or JSONL file, an inventory or a list of objects).")
            .both("ItemBatcher", OBJECT, "Groups items into batches, each processed by one child workflow.")
            .both("ResultWriter", OBJECT, "Writes the results of a DISTRIBUTED Map to S3 instead of returning them.")
            .both("MaxConcurrency", NON_NEGATIVE_INTEGER, "How many iterations may run at once; 0 (the default) means no limit.")
            .jsonPath("MaxConcurrencyPath", REFERENCE_PATH, "A path to MaxConcurrency in the input.")
            .both("ToleratedFailurePercentage", PERCENTAGE,
                    "The percentage of failed items a DISTRIBUTED Map tolerates before failing (0 to 100).")
            .jsonPath("ToleratedFailurePercentagePath", REFERENCE_PATH, "A path to ToleratedFailurePercentage in the input.")
            .both("ToleratedFailureCount", NON_NEGATIVE_INTEGER, "The number of failed items a DISTRIBUTED Map tolerates before failing.")
            .jsonPath("ToleratedFailureCountPath", REFERENCE_PATH, "A path to ToleratedFailureCount in the input.")
            .both("Label", STRING, "A name for the child workflows of a DISTRIBUTED Map (up to 40 characters).")
            .exactlyOne("ItemProcessor", "Iterator").atMostOne("ItemSelector", "Parameters")
            .atMostOne("MaxConcurrency", "MaxConcurrencyPath")
            .atMostOne("ToleratedFailurePercentage", "ToleratedFailurePercentagePath")
            .atMostOne("ToleratedFailureCount", "ToleratedFailureCountPath")
            .build();

    // ------------------------------------------------------------------ machines and the other objects

    private static final FieldTable WORKFLOW = FieldTable.builder("workflow")
            .both("Comment", STRING, "A description of the workflow, for people.")
            .both("StartAt", STATE_NAME, "The name of the state the execution starts with.")
            .both("States", OBJECT, "The states of the workflow, by name.")
            .both("TimeoutSeconds", NON_NEGATIVE_INTEGER,
                    "The longest an execution may run; past it the execution fails with States.Timeout.")
            .both("Version", VERSION, "The version of the States Language; \"1.0\" by default.")
            .both("QueryLanguage", QUERY_LANGUAGE, "JSONPath (the default) or JSONata: how the states select and shape their data.")
            .required("StartAt", "States")
            .build();

    private static final FieldTable BRANCH = nestedMachine("Parallel branch", "branch").build();

    private static final FieldTable ITEM_PROCESSOR = nestedMachine("Map item processor", "item processor")
            .both("ProcessorConfig", OBJECT,
                    "How the items are processed: Mode INLINE or DISTRIBUTED, and the ExecutionType of child workflows.")
            .build();

    private static final FieldTable PROCESSOR_CONFIG = FieldTable.builder("ProcessorConfig")
            .both("Mode", MAP_MODE, "INLINE runs the iterations inside this execution; DISTRIBUTED runs each batch as a child workflow.")
            .both("ExecutionType", EXECUTION_TYPE, "STANDARD or EXPRESS: the type of the child workflows of a DISTRIBUTED Map.")
            .build();

    private static final FieldTable RETRIER = FieldTable.builder("Retry entry")
            .both("ErrorEquals", ERROR_NAMES, "The error names this retrier handles; States.ALL matches any error and comes last.")
            .both("IntervalSeconds", POSITIVE_INTEGER, "Seconds before the first retry (default 1).")
            .both("MaxAttempts", NON_NEGATIVE_INTEGER, "How many retries at most (default 3; 0 never retries).")
            .both("BackoffRate", BACKOFF_RATE, "The multiplier of the interval after each attempt (default 2.0, at least 1.0).")
            .both("MaxDelaySeconds", POSITIVE_INTEGER, "The longest interval between retries.")
            .both("JitterStrategy", JITTER_STRATEGY, "FULL randomizes each interval to spread out retries; NONE (the default) does not.")
            .both("Comment", STRING, "A description of the retrier.")
            .required("ErrorEquals")
            .build();

    private static final FieldTable CATCHER = FieldTable.builder("Catch entry")
            .both("ErrorEquals", ERROR_NAMES, "The error names this catcher handles; States.ALL matches any error and comes last.")
            .both("Next", STATE_NAME, "The state to go to when the error is caught.")
            .jsonPath("ResultPath", NULLABLE_REFERENCE_PATH, "Where the error output (Error and Cause) goes in the state's input.")
            .jsonata("Output", JSONATA_TEMPLATE, "The output passed to the Next state ($states.errorOutput holds the error).")
            .both("Assign", VARIABLES, "Variables to set when the error is caught.")
            .both("Comment", STRING, "A description of the catcher.")
            .required("ErrorEquals", "Next")
            .build();

    /** The tests a JSONPath rule makes, at the top of a Choice rule and inside And, Or and Not. */
    private static final FieldTable JSONPATH_TESTS = jsonPathTests();

    private static final FieldTable CHOICE_RULE = FieldTable.builder("Choice rule")
            .both("Next", STATE_NAME, "The state to go to when this rule matches.")
            .both("Assign", VARIABLES, "Variables to set when this rule matches.")
            .jsonata("Output", JSONATA_TEMPLATE, "The output of the Choice state when this rule matches.")
            .both("Comment", STRING, "A description of the rule.")
            .jsonata("Condition", CONDITION,
                    "A JSONata expression that is true when the rule matches, such as {% $states.input.total > 100 %}.")
            .from(JSONPATH_TESTS)
            .required("Next", "Condition")
            .build();

    private static final FieldTable NESTED_RULE = FieldTable.builder("nested Choice rule")
            .both("Comment", STRING, "A description of the rule.")
            .from(JSONPATH_TESTS)
            .build();

    private static final FieldTable ITEM_READER = FieldTable.builder("ItemReader")
            .both("Resource", RESOURCE,
                    "How items are read, such as arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2.")
            .both("ReaderConfig", OBJECT, "The format of the file: InputType, CSV headers, MaxItems.")
            .jsonPath("Parameters", PAYLOAD_TEMPLATE, "The Bucket and Key (or Prefix) to read.")
            .jsonata("Arguments", OBJECT_OR_EXPRESSION, "The Bucket and Key (or Prefix) to read.")
            .required("Resource")
            .build();

    private static final FieldTable READER_CONFIG = FieldTable.builder("ReaderConfig")
            .both("InputType", INPUT_TYPE, "The format of the file.")
            .both("CSVHeaderLocation", CSV_HEADER_LOCATION,
                    "FIRST_ROW reads the column names from the file; GIVEN takes them from CSVHeaders.")
            .both("CSVHeaders", ARRAY, "The column names, with CSVHeaderLocation GIVEN.")
            .both("CSVDelimiter", CSV_DELIMITER, "The column separator.")
            .both("MaxItems", POSITIVE_INTEGER, "Reads at most this many items.")
            .jsonPath("MaxItemsPath", REFERENCE_PATH, "A path to MaxItems in the input.")
            .build();

    private static final FieldTable ITEM_BATCHER = FieldTable.builder("ItemBatcher")
            .both("MaxItemsPerBatch", POSITIVE_INTEGER, "The most items in one batch.")
            .jsonPath("MaxItemsPerBatchPath", REFERENCE_PATH, "A path to MaxItemsPerBatch in the input.")
            .both("MaxInputBytesPerBatch", POSITIVE_INTEGER, "The largest batch in bytes (up to 256 KiB).")
            .jsonPath("MaxInputBytesPerBatchPath", REFERENCE_PATH, "A path to MaxInputBytesPerBatch in the input.")
            .both("BatchInput", PAYLOAD_TEMPLATE, "A value added to every batch as BatchInput; keys ending in .$ take a path.")
            .atMostOne("MaxItemsPerBatch", "MaxItemsPerBatchPath")
            .atMostOne("MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath")
            .build();

    private static final FieldTable RESULT_WRITER = FieldTable.builder("ResultWriter")
            .both("Resource", RESOURCE, "arn:aws:states:::s3:putObject.")
            .jsonPath("Parameters", PAYLOAD_TEMPLATE, "The Bucket and Prefix to write to.")
            .jsonata("Arguments", OBJECT_OR_EXPRESSION, "The Bucket and Prefix to write to.")
            .both("WriterConfig", OBJECT, "OutputType and Transformation of the results.")
            .build();

    private static final FieldTable CREDENTIALS = FieldTable.builder("Credentials")
            .both("RoleArn", STRING, "The ARN of the IAM role the task assumes.")
            .jsonPath("RoleArn.$", PATH, "A path (or intrinsic function) that gives the ARN of the role from the input.")
            .exactlyOne("RoleArn", "RoleArn.$")
            .build();

    private static final Map<StateType, FieldTable> STATES = new EnumMap<>(Map.of(
            StateType.TASK, TASK, StateType.CHOICE, CHOICE, StateType.PARALLEL, PARALLEL, StateType.MAP, MAP,
            StateType.WAIT, WAIT, StateType.PASS, PASS, StateType.SUCCEED, SUCCEED, StateType.FAIL, FAIL));

    private static final Map<AslObjectKind, FieldTable> OBJECTS = objects();

    /** The fields every state type has ({@code Type}, {@code Comment}, {@code QueryLanguage}). */
    private static final List<AslField> EVERY_STATE = everyState();

    private static final Set<String> NAMES = names();

    private FieldCatalog() {
    }

    /** The fields of a state of {@code type}. */
    public static FieldTable of(StateType type) {
        return STATES.get(type);
    }

    /**
     * The fields of an object of {@code kind}; for {@link AslObjectKind#STATE}, of a state of {@code stateType},
     * or null when the type is not known.
     */
    public static FieldTable of(AslObjectKind kind, StateType stateType) {
        return kind == AslObjectKind.STATE ? stateType == null ? null : STATES.get(stateType) : OBJECTS.get(kind);
    }

    /** The fields of an object of {@code kind}, which is not a state. */
    public static FieldTable of(AslObjectKind kind) {
        if (kind == AslObjectKind.STATE) {
            throw new IllegalArgumentException("the fields of a state depend on its type");
        }
        return OBJECTS.get(kind);
    }

    /**
     * The fields that can be written in an object of {@code kind} (of {@code stateType} for a state; for a
     * state of unknown type, the fields every type has) under {@code queryLanguage} (null for both languages).
     */
    public static List<AslField> fields(AslObjectKind kind, StateType stateType, QueryLanguage queryLanguage) {
        FieldTable table = of(kind, stateType);
        if (table != null) {
            return table.fields(queryLanguage);
        }
        List<AslField> out = new ArrayList<>();
        for (AslField f : EVERY_STATE) {
            if (queryLanguage == null || f.validIn(queryLanguage)) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The field named {@code name} in an object of {@code kind} (of {@code stateType}), in either language,
     * or null; in a state of unknown type, the field of that name of the first type that has one.
     */
    public static AslField field(AslObjectKind kind, StateType stateType, String name) {
        FieldTable table = of(kind, stateType);
        if (table != null) {
            return table.field(name);
        }
        for (FieldTable state : STATES.values()) {
            AslField f = state.field(name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The state types that have {@code field}, in the order of {@link StateType}. */
    public static List<StateType> stateTypesWith(String field) {
        List<StateType> out = new ArrayList<>();
        STATES.forEach((type, table) -> {
            if (table.has(field)) {
                out.add(type);
            }
        });
        return out;
    }

    /**
     * The names of the state fields of any of {@code kinds}, over every state type (each name once, in the
     * order of {@link StateType} and of each table).
     */
    public static List<String> stateFieldsOfKind(FieldKind... kinds) {
        Set<FieldKind> wanted = Set.of(kinds);
        Set<String> out = new LinkedHashSet<>();
        for (FieldTable table : STATES.values()) {
            for (AslField f : table.fields()) {
                if (wanted.contains(f.kind())) {
                    out.add(f.name());
                }
            }
        }
        return List.copyOf(out);
    }

    /** True when {@code name} is a field ASL defines anywhere (for highlighting). */
    public static boolean isKnownName(String name) {
        return NAMES.contains(name);
    }

    // ------------------------------------------------------------------ building

    private static FieldTable.Builder nestedMachine(String noun, String what) {
        return FieldTable.builder(noun)
                .both("Comment", STRING, "A description of this " + what + ".")
                .both("StartAt", STATE_NAME, "The state this " + what + " starts with.")
                .both("States", OBJECT, "The states of this " + what + ", by name.")
                .required("StartAt", "States");
    }

    private static FieldTable jsonPathTests() {
        FieldTable.Builder b = FieldTable.builder("")
                .jsonPath("Variable", REFERENCE_PATH, "The path of the value the rule compares.")
                .jsonPath("And", NON_EMPTY_ARRAY, "Matches when every nested rule matches.")
                .jsonPath("Or", NON_EMPTY_ARRAY, "Matches when any nested rule matches.")
                .jsonPath("Not", OBJECT, "Matches when the nested rule does not.");
        for (ComparisonOperator op : ComparisonOperator.values()) {
            b.jsonPath(op.name(), comparisonKind(op), comparisonDoc(op));
        }
        return b.build();
    }

    private static FieldKind comparisonKind(ComparisonOperator op) {
        if (op.isPath()) {
            return REFERENCE_PATH;
        }
        return switch (op.kind()) {
            case STRING, STRING_MATCH -> STRING;
            case TIMESTAMP -> TIMESTAMP;
            case NUMERIC -> FieldKind.NUMBER;
            case BOOLEAN, TYPE_TEST -> BOOLEAN;
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

    private static Map<AslObjectKind, FieldTable> objects() {
        Map<AslObjectKind, FieldTable> m = new EnumMap<>(AslObjectKind.class);
        m.put(AslObjectKind.MACHINE, WORKFLOW);
        m.put(AslObjectKind.BRANCH, BRANCH);
        m.put(AslObjectKind.ITEM_PROCESSOR, ITEM_PROCESSOR);
        m.put(AslObjectKind.PROCESSOR_CONFIG, PROCESSOR_CONFIG);
        m.put(AslObjectKind.RETRIER, RETRIER);
        m.put(AslObjectKind.CATCHER, CATCHER);
        m.put(AslObjectKind.CHOICE_RULE, CHOICE_RULE);
        m.put(AslObjectKind.NESTED_RULE, NESTED_RULE);
        m.put(AslObjectKind.ITEM_READER, ITEM_READER);
        m.put(AslObjectKind.READER_CONFIG, READER_CONFIG);
        m.put(AslObjectKind.ITEM_BATCHER, ITEM_BATCHER);
        m.put(AslObjectKind.RESULT_WRITER, RESULT_WRITER);
        m.put(AslObjectKind.CREDENTIALS, CREDENTIALS);
        for (AslObjectKind kind : AslObjectKind.values()) {
            if (kind != AslObjectKind.STATE && !m.containsKey(kind)) {
                throw new IllegalStateException("no field table for " + kind);
            }
        }
        return m;
    }

    private static List<AslField> everyState() {
        List<AslField> out = new ArrayList<>();
        for (AslField f : SUCCEED.fields()) {
            if (STATES.values().stream().allMatch(t -> t.has(f.name()))) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> names() {
        Set<String> out = new HashSet<>();
        for (FieldTable t : STATES.values()) {
            t.fields().forEach(f -> out.add(f.name()));
        }
        for (FieldTable t : OBJECTS.values()) {
            t.fields().forEach(f -> out.add(f.name()));
        }
        return Set.copyOf(out);
    }
}

package stepwise.model.validate;

import static stepwise.model.validate.FieldKind.ANY;
import static stepwise.model.validate.FieldKind.ARRAY_OR_EXPRESSION;
import static stepwise.model.validate.FieldKind.BACKOFF_RATE;
import static stepwise.model.validate.FieldKind.BOOLEAN;
import static stepwise.model.validate.FieldKind.CONDITION;
import static stepwise.model.validate.FieldKind.ERROR_NAMES;
import static stepwise.model.validate.FieldKind.EXECUTION_TYPE;
import static stepwise.model.validate.FieldKind.JITTER_STRATEGY;
import static stepwise.model.validate.FieldKind.MAP_MODE;
import static stepwise.model.validate.FieldKind.NON_EMPTY_ARRAY;
import static stepwise.model.validate.FieldKind.NON_NEGATIVE_INTEGER;
import static stepwise.model.validate.FieldKind.NULLABLE_PATH;
import static stepwise.model.validate.FieldKind.NULLABLE_REFERENCE_PATH;
import static stepwise.model.validate.FieldKind.OBJECT;
import static stepwise.model.validate.FieldKind.OBJECT_OR_EXPRESSION;
import static stepwise.model.validate.FieldKind.PATH;
import static stepwise.model.validate.FieldKind.PERCENTAGE;
import static stepwise.model.validate.FieldKind.POSITIVE_INTEGER;
import static stepwise.model.validate.FieldKind.QUERY_LANGUAGE;
import static stepwise.model.validate.FieldKind.STATE_TYPE;
import static stepwise.model.validate.FieldKind.STRING;
import static stepwise.model.validate.FieldKind.TIMESTAMP;

import java.util.EnumMap;
import java.util.Map;
import stepwise.model.asl.ComparisonOperator;
import stepwise.model.asl.StateType;

/**
 * The field table of the Amazon States Language: for each state type and each nested object, which
 * fields exist, in which query language, of which kind, which are required and which exclude each
 * other. The path-valued fields are checked further by {@link PathRules}; the JSONata ones by
 * {@link JsonataRules}.
 */
final class Schemas {
    private Schemas() {
    }

    private static ObjectSchema.Builder common() {
        return ObjectSchema.of("").both("Type", STATE_TYPE).both("Comment", STRING).both("QueryLanguage", QUERY_LANGUAGE);
    }

    private static ObjectSchema.Builder transition() {
        return ObjectSchema.of("").both("Next", STRING).both("End", BOOLEAN);
    }

    private static ObjectSchema.Builder inputOutput() {
        return ObjectSchema.of("").jsonPath("InputPath", NULLABLE_PATH).jsonPath("OutputPath", NULLABLE_PATH)
                .jsonata("Output", ANY).both("Assign", OBJECT);
    }

    private static ObjectSchema.Builder result() {
        return ObjectSchema.of("").jsonPath("ResultPath", NULLABLE_REFERENCE_PATH).jsonPath("ResultSelector", OBJECT)
                .both("Retry", FieldKind.ARRAY).both("Catch", FieldKind.ARRAY);
    }

    static final ObjectSchema PASS = ObjectSchema.of("Pass state").from(common()).from(transition()).from(inputOutput())
            .jsonPath("Parameters", OBJECT).jsonPath("Result", ANY).jsonPath("ResultPath", NULLABLE_REFERENCE_PATH)
            .build();

    static final ObjectSchema TASK = ObjectSchema.of("Task state").from(common()).from(transition()).from(inputOutput())
            .from(result())
            .both("Resource", STRING).jsonPath("Parameters", OBJECT).jsonata("Arguments", OBJECT_OR_EXPRESSION)
            .both("TimeoutSeconds", POSITIVE_INTEGER).jsonPath("TimeoutSecondsPath", PATH)
            .both("HeartbeatSeconds", POSITIVE_INTEGER).jsonPath("HeartbeatSecondsPath", PATH)
            .both("Credentials", OBJECT)
            .required("Resource")
            .atMostOne("TimeoutSeconds", "TimeoutSecondsPath").atMostOne("HeartbeatSeconds", "HeartbeatSecondsPath")
            .build();

    static final ObjectSchema CHOICE = ObjectSchema.of("Choice state").from(common()).from(inputOutput())
            .both("Choices", NON_EMPTY_ARRAY).both("Default", STRING)
            .required("Choices")
            .build();

    static final ObjectSchema WAIT = ObjectSchema.of("Wait state").from(common()).from(transition()).from(inputOutput())
            .both("Seconds", NON_NEGATIVE_INTEGER).jsonPath("SecondsPath", PATH)
            .both("Timestamp", TIMESTAMP).jsonPath("TimestampPath", PATH)
            .exactlyOne("Seconds", "SecondsPath", "Timestamp", "TimestampPath")
            .build();

    static final ObjectSchema SUCCEED = ObjectSchema.of("Succeed state").from(common())
            .jsonPath("InputPath", NULLABLE_PATH).jsonPath("OutputPath", NULLABLE_PATH).jsonata("Output", ANY)
            .build();

    static final ObjectSchema FAIL = ObjectSchema.of("Fail state").from(common())
            .both("Error", STRING).jsonPath("ErrorPath", PATH).both("Cause", STRING).jsonPath("CausePath", PATH)
            .atMostOne("Error", "ErrorPath").atMostOne("Cause", "CausePath")
            .build();

    static final ObjectSchema PARALLEL = ObjectSchema.of("Parallel state").from(common()).from(transition())
            .from(inputOutput()).from(result())
            .both("Branches", NON_EMPTY_ARRAY).jsonPath("Parameters", OBJECT).jsonata("Arguments", OBJECT_OR_EXPRESSION)
            .required("Branches")
            .build();

    static final ObjectSchema MAP = ObjectSchema.of("Map state").from(common()).from(transition()).from(inputOutput())
            .from(result())
            .both("ItemProcessor", OBJECT).both("Iterator", OBJECT)
            .jsonPath("ItemsPath", PATH).jsonata("Items", ARRAY_OR_EXPRESSION)
            .both("ItemSelector", OBJECT).jsonPath("Parameters", OBJECT)
            .both("MaxConcurrency", NON_NEGATIVE_INTEGER).jsonPath("MaxConcurrencyPath", PATH)
            .both("ItemReader", OBJECT).both("ItemBatcher", OBJECT).both("ResultWriter", OBJECT)
            .both("ToleratedFailurePercentage", PERCENTAGE).jsonPath("ToleratedFailurePercentagePath", PATH)
            .both("ToleratedFailureCount", NON_NEGATIVE_INTEGER).jsonPath("ToleratedFailureCountPath", PATH)
            .both("Label", STRING)
            .exactlyOne("ItemProcessor", "Iterator").atMostOne("ItemSelector", "Parameters")
            .atMostOne("MaxConcurrency", "MaxConcurrencyPath")
            .atMostOne("ToleratedFailurePercentage", "ToleratedFailurePercentagePath")
            .atMostOne("ToleratedFailureCount", "ToleratedFailureCountPath")
            .build();

    private static final Map<StateType, ObjectSchema> STATES = new EnumMap<>(Map.of(
            StateType.PASS, PASS, StateType.TASK, TASK, StateType.CHOICE, CHOICE, StateType.WAIT, WAIT,
            StateType.SUCCEED, SUCCEED, StateType.FAIL, FAIL, StateType.PARALLEL, PARALLEL, StateType.MAP, MAP));

    static ObjectSchema forState(StateType type) {
        return STATES.get(type);
    }

    /** The state types that do have {@code field}, for "X is a field of Task and Map states" hints. */
    static String typesWith(String field) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<StateType, ObjectSchema> e : STATES.entrySet()) {
            if (e.getValue().field(field) != null) {
                sb.append(sb.isEmpty() ? "" : ", ").append(e.getKey().aslName());
            }
        }
        return sb.toString();
    }

    static final ObjectSchema WORKFLOW = ObjectSchema.of("workflow")
            .both("StartAt", STRING).both("States", OBJECT).both("Comment", STRING).both("Version", STRING)
            .both("TimeoutSeconds", NON_NEGATIVE_INTEGER).both("QueryLanguage", QUERY_LANGUAGE)
            .required("StartAt", "States")
            .build();

    static final ObjectSchema BRANCH = ObjectSchema.of("Parallel branch")
            .both("StartAt", STRING).both("States", OBJECT).both("Comment", STRING)
            .required("StartAt", "States")
            .build();

    static final ObjectSchema PROCESSOR = ObjectSchema.of("Map item processor")
            .both("StartAt", STRING).both("States", OBJECT).both("Comment", STRING).both("ProcessorConfig", OBJECT)
            .required("StartAt", "States")
            .build();

    static final ObjectSchema PROCESSOR_CONFIG = ObjectSchema.of("ProcessorConfig")
            .both("Mode", MAP_MODE).both("ExecutionType", EXECUTION_TYPE)
            .build();

    static final ObjectSchema RETRIER = ObjectSchema.of("Retry entry")
            .both("ErrorEquals", ERROR_NAMES).both("IntervalSeconds", POSITIVE_INTEGER)
            .both("MaxAttempts", NON_NEGATIVE_INTEGER).both("BackoffRate", BACKOFF_RATE)
            .both("MaxDelaySeconds", POSITIVE_INTEGER).both("JitterStrategy", JITTER_STRATEGY).both("Comment", STRING)
            .required("ErrorEquals")
            .build();

    static final ObjectSchema CATCHER = ObjectSchema.of("Catch entry")
            .both("ErrorEquals", ERROR_NAMES).both("Next", STRING).both("Comment", STRING)
            .jsonPath("ResultPath", NULLABLE_REFERENCE_PATH).jsonata("Output", ANY).both("Assign", OBJECT)
            .required("ErrorEquals", "Next")
            .build();

    static final ObjectSchema ITEM_READER = ObjectSchema.of("ItemReader")
            .both("Resource", STRING).both("ReaderConfig", OBJECT)
            .jsonPath("Parameters", OBJECT).jsonata("Arguments", OBJECT_OR_EXPRESSION)
            .required("Resource")
            .build();

    static final ObjectSchema ITEM_BATCHER = ObjectSchema.of("ItemBatcher")
            .both("MaxItemsPerBatch", POSITIVE_INTEGER).jsonPath("MaxItemsPerBatchPath", PATH)
            .both("MaxInputBytesPerBatch", POSITIVE_INTEGER).jsonPath("MaxInputBytesPerBatchPath", PATH)
            .both("BatchInput", OBJECT)
            .atMostOne("MaxItemsPerBatch", "MaxItemsPerBatchPath")
            .atMostOne("MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath")
            .build();

    static final ObjectSchema RESULT_WRITER = ObjectSchema.of("ResultWriter")
            .both("Resource", STRING).both("WriterConfig", OBJECT)
            .jsonPath("Parameters", OBJECT).jsonata("Arguments", OBJECT_OR_EXPRESSION)
            .build();

    static final ObjectSchema CREDENTIALS = ObjectSchema.of("Credentials")
            .both("RoleArn", STRING).jsonPath("RoleArn.$", PATH)
            .exactlyOne("RoleArn", "RoleArn.$")
            .build();

    /** JSONata rules carry Condition; JSONPath rules a comparison or And/Or/Not (checked by {@link ChoiceRules}). */
    static final ObjectSchema JSONATA_CHOICE_RULE = jsonataChoiceRule();

    private static ObjectSchema jsonataChoiceRule() {
        ObjectSchema.Builder b = ObjectSchema.of("Choice rule")
                .both("Condition", CONDITION).both("Next", STRING).both("Comment", STRING).both("Assign", OBJECT)
                .both("Output", ANY)
                .jsonPath("Variable", ANY).jsonPath("And", ANY).jsonPath("Or", ANY).jsonPath("Not", ANY);
        for (ComparisonOperator op : ComparisonOperator.values()) {
            b.jsonPath(op.name(), ANY);
        }
        return b.required("Condition", "Next").build();
    }
}

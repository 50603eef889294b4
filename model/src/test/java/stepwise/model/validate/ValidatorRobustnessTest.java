package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;
import stepwise.model.sample.WorkflowGenerator;

/**
 * The validator runs on whatever is in the editor: it must answer for every input, and none of its
 * rules may fail on the way (a failing rule is caught and logged, so the log is what is watched).
 */
class ValidatorRobustnessTest {
    /** A workflow using every state type, both query languages, variables, Retry/Catch and nested machines. */
    static final String SAMPLE = """
            {
              "Comment": "everything",
              "StartAt": "Prepare",
              "TimeoutSeconds": 600,
              "States": {
                "Prepare": {"Type": "Pass", "Parameters": {"id.$": "$.id", "when.$": "States.Format('{}', $$.Execution.StartTime)"},
                            "ResultPath": "$.prepared", "Assign": {"orderId.$": "$.id"}, "Next": "Charge"},
                "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken", "TimeoutSeconds": 60,
                           "HeartbeatSecondsPath": "$.hb", "Parameters": {"FunctionName": "charge", "Payload": {"token.$": "$$.Task.Token"}},
                           "ResultSelector": {"status.$": "$.Payload.status"},
                           "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2}],
                           "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Assign": {"why.$": "$.Cause"}, "Next": "Failed"}],
                           "Next": "Route"},
                "Route": {"Type": "Choice", "Choices": [
                            {"And": [{"Variable": "$.status", "StringEquals": "ok"}, {"Not": {"Variable": "$orderId", "IsNull": true}}],
                             "Next": "Fan"},
                            {"Variable": "$.when", "TimestampLessThan": "2024-01-01T00:00:00Z", "Next": "Pause"}],
                          "Default": "Failed"},
                "Pause": {"Type": "Wait", "Seconds": 5, "Next": "Fan"},
                "Fan": {"Type": "Parallel", "Next": "Each", "Branches": [
                          {"StartAt": "Left", "States": {"Left": {"Type": "Pass", "Result": {"x": 1}, "End": true}}},
                          {"StartAt": "Right", "States": {"Right": {"Type": "Succeed"}}}]},
                "Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 4, "ItemSelector": {"item.$": "$$.Map.Item.Value"},
                         "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Work",
                           "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true}}},
                         "Label": "each", "ToleratedFailurePercentage": 5, "Next": "Modern"},
                "Modern": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": {"sum": "{% $sum($states.input.items) + $count([1]) %}"},
                           "Assign": {"total": "{% $states.input.total %}"}, "Next": "Done"},
                "Done": {"Type": "Succeed"},
                "Failed": {"Type": "Fail", "Error": "OrderFailed", "CausePath": "$.error.Cause"}
              }
            }
            """;

    private static final String[] REPLACEMENTS = {"null", "true", "false", "0", "-3", "1.5", "1e400", "\"\"", "\"text\"",
        "\"{% %}\"", "\"{% ) %}\"", "\"$.a[\"", "\"$$\"", "\"$\"", "\"States.Format(\"", "\"States.X()\"", "\"2024-01-01T00:00:00Z\"",
        "[]", "{}", "[1, {\"x\": null}]", "{\"StartAt\": 1, \"States\": []}", "${Placeholder}"};

    private final List<LogRecord> failures = new ArrayList<>();
    private final Handler watcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                failures.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger(Validator.class.getName());

    @BeforeEach
    void watch() {
        logger.addHandler(watcher);
    }

    @AfterEach
    void unwatch() {
        logger.removeHandler(watcher);
    }

    private void validateWithoutFailure(String text) {
        List<Diagnostic> diagnostics = Validator.validate(AslDocument.of(text));
        assertTrue(diagnostics != null);
        if (!failures.isEmpty()) {
            Throwable t = failures.get(0).getThrown();
            throw new AssertionError("a rule failed on:\n" + text + "\n" + failures.get(0).getMessage(), t);
        }
    }

    @Test
    void sample_is_valid_apart_from_its_warnings() {
        List<Diagnostic> diagnostics = Validator.validate(AslDocument.of(SAMPLE));
        assertFalse(Validator.hasErrors(diagnostics), Checks.describe(diagnostics));
        assertEquals(List.of("RETRY_WITHOUT_JITTER"), diagnostics.stream().map(Diagnostic::code).toList());
    }

    @Test
    void every_truncation_of_the_sample_is_validated_without_failure() {
        for (int end = 0; end <= SAMPLE.length(); end++) {
            validateWithoutFailure(SAMPLE.substring(0, end));
        }
    }

    @Test
    void every_value_replaced_by_every_kind_of_value_is_validated_without_failure() {
        List<JsonValue> values = new ArrayList<>();
        collect(AslDocument.of(SAMPLE).root(), values);
        assertTrue(values.size() > 100, "the sample has " + values.size() + " values");
        for (JsonValue v : values) {
            for (String replacement : REPLACEMENTS) {
                validateWithoutFailure(SAMPLE.substring(0, v.span().start()) + replacement + SAMPLE.substring(v.span().end()));
            }
        }
    }

    @Test
    void every_key_renamed_is_validated_without_failure() {
        List<Member> members = new ArrayList<>();
        collectMembers(AslDocument.of(SAMPLE).root(), members);
        for (Member m : members) {
            for (String key : new String[] {"\"\"", "\"Next\"", "\"End\"", "\"x.$\"", "\"Type\""}) {
                validateWithoutFailure(SAMPLE.substring(0, m.keySpan().start()) + key + SAMPLE.substring(m.keySpan().end()));
            }
        }
    }

    @Test
    void random_damage_to_a_generated_workflow_is_validated_without_failure() {
        String text = WorkflowGenerator.generate(60, 11);
        Random random = new Random(5);
        String alphabet = "{}[]\",:$.%\\ \n0aZ";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder(text);
            for (int k = 0; k < 3; k++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            validateWithoutFailure(sb.toString());
        }
    }

    @Test
    void odd_documents_are_validated_without_failure() {
        String deep = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true, \"Parameters\": "
                + "{\"a\": ".repeat(900) + "1" + "}".repeat(900) + "}}}";
        String deepChoice = "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Default\": \"C\", \"Choices\": [{\"Next\": \"C\", "
                + "\"Not\": {".repeat(300) + "\"Variable\": \"$.a\", \"IsNull\": true" + "}".repeat(300) + "}]}}}";
        for (String text : new String[] {"", " ", "[]", "\"text\"", "null", "{}", "{\"States\": null}", "{\"StartAt\": [], \"States\": 3}",
            "\u0000\u0001\u00ff", "[".repeat(5000), "{\"StartAt\": \"A\", \"States\": {\"A\": null}}", deep, deepChoice,
            "{\"StartAt\": \"A\", \"QueryLanguage\": \"JSONata\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true, \"Output\": \"{% "
                    + "(".repeat(3000) + " %}\"}}}"}) {
            validateWithoutFailure(text);
        }
    }

    private static void collect(JsonValue v, List<JsonValue> out) {
        out.add(v);
        if (v instanceof JsonObject o) {
            for (Member m : o.members()) {
                collect(m.value(), out);
            }
        } else if (v instanceof JsonArray a) {
            for (JsonValue item : a.items()) {
                collect(item, out);
            }
        }
    }

    private static void collectMembers(JsonValue v, List<Member> out) {
        if (v instanceof JsonObject o) {
            for (Member m : o.members()) {
                out.add(m);
                collectMembers(m.value(), out);
            }
        } else if (v instanceof JsonArray a) {
            for (JsonValue item : a.items()) {
                collectMembers(item, out);
            }
        }
    }
}

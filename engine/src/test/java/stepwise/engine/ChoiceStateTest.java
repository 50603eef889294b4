package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static stepwise.engine.Runs.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChoiceStateTest {
    /** A Choice with one rule {"Variable": "$.v", OPERATOR: OPERAND}, going to Yes, else No. */
    private static boolean matches(String operator, String operand, String value) {
        String asl = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.v", "%s": %s, "Next": "Yes"}], "Default": "No"},
                  "Yes": {"Type": "Pass", "Result": "yes", "End": true},
                  "No": {"Type": "Pass", "Result": "no", "End": true}}}""".formatted(operator, operand);
        Execution e = run(asl, "{\"v\": " + value + "}");
        if (e.status() != ExecutionStatus.SUCCEEDED) {
            throw new AssertionError(e.error() + ": " + e.cause());
        }
        return e.output().textValue().equals("yes");
    }

    @ParameterizedTest(name = "{1} {0} {2} is {3}")
    @CsvSource(delimiter = '|', value = {
        "StringEquals | \"abc\" | \"abc\" | true",
        "StringEquals | \"abc\" | \"abd\" | false",
        "StringEquals | \"1\" | 1 | false",
        "StringLessThan | \"b\" | \"a\" | true",
        "StringLessThan | \"b\" | \"b\" | false",
        "StringGreaterThan | \"b\" | \"c\" | true",
        "StringLessThanEquals | \"b\" | \"b\" | true",
        "StringGreaterThanEquals | \"b\" | \"a\" | false",
        "StringMatches | \"log-*.txt\" | \"log-2024.txt\" | true",
        "StringMatches | \"log-*.txt\" | \"log-2024.csv\" | false",
        "StringMatches | \"a\\\\*b\" | \"a*b\" | true",
        "StringMatches | \"a\\\\*b\" | \"axb\" | false",
        "NumericEquals | 1 | 1.0 | true",
        "NumericEquals | 1 | \"1\" | false",
        "NumericLessThan | 10 | 9.5 | true",
        "NumericLessThan | 10 | 10 | false",
        "NumericGreaterThan | 10 | 11 | true",
        "NumericLessThanEquals | 10 | 10 | true",
        "NumericGreaterThanEquals | 10 | 9 | false",
        "BooleanEquals | true | true | true",
        "BooleanEquals | false | 0 | false",
        "TimestampEquals | \"2024-01-01T00:00:00Z\" | \"2024-01-01T01:00:00+01:00\" | true",
        "TimestampLessThan | \"2024-01-01T00:00:00Z\" | \"2023-12-31T23:59:59Z\" | true",
        "TimestampGreaterThan | \"2024-01-01T00:00:00Z\" | \"2024-01-01T00:00:01Z\" | true",
        "TimestampLessThanEquals | \"2024-01-01T00:00:00Z\" | \"2024-01-01T00:00:00Z\" | true",
        "TimestampGreaterThanEquals | \"2024-01-01T00:00:00Z\" | \"not a date\" | false",
        "IsNull | true | null | true",
        "IsNull | true | 0 | false",
        "IsNumeric | true | 1.5 | true",
        "IsNumeric | false | \"1\" | true",
        "IsString | true | \"s\" | true",
        "IsBoolean | true | false | true",
        "IsTimestamp | true | \"2024-01-01T00:00:00Z\" | true",
        "IsTimestamp | true | \"2024-01-01\" | false",
    })
    void comparison(String operator, String operand, String value, boolean expected) {
        assertEquals(expected, matches(operator, operand, value));
    }

    @ParameterizedTest(name = "{0} against $.other")
    @CsvSource(delimiter = '|', value = {
        "StringEqualsPath | \"x\" | \"x\" | true",
        "StringLessThanPath | \"b\" | \"a\" | true",
        "NumericEqualsPath | 2 | 2 | true",
        "NumericGreaterThanPath | 2 | 3 | true",
        "NumericLessThanEqualsPath | 2 | 3 | false",
        "BooleanEqualsPath | true | true | true",
        "TimestampLessThanPath | \"2024-01-02T00:00:00Z\" | \"2024-01-01T00:00:00Z\" | true",
    })
    void path_comparison(String operator, String other, String value, boolean expected) {
        String asl = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.v", "%s": "$.other", "Next": "Yes"}], "Default": "No"},
                  "Yes": {"Type": "Pass", "Result": "yes", "End": true},
                  "No": {"Type": "Pass", "Result": "no", "End": true}}}""".formatted(operator);
        Execution e = run(asl, "{\"v\": " + value + ", \"other\": " + other + "}");
        assertEquals(expected, e.output().textValue().equals("yes"));
    }

    @Test
    void is_present_tests_whether_the_path_exists() {
        assertEquals(true, matches("IsPresent", "true", "null"));
        String asl = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.missing", "IsPresent": false, "Next": "Yes"}], "Default": "No"},
                  "Yes": {"Type": "Pass", "Result": "yes", "End": true},
                  "No": {"Type": "Pass", "Result": "no", "End": true}}}""";
        assertEquals("yes", run(asl, "{}").output().textValue());
    }

    @Test
    void and_or_not_combine_rules() {
        String asl = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [
                    {"And": [{"Variable": "$.a", "NumericGreaterThan": 1},
                             {"Or": [{"Variable": "$.b", "StringEquals": "x"}, {"Not": {"Variable": "$.c", "BooleanEquals": true}}]}],
                     "Next": "Yes"}], "Default": "No"},
                  "Yes": {"Type": "Pass", "Result": "yes", "End": true},
                  "No": {"Type": "Pass", "Result": "no", "End": true}}}""";
        assertEquals("yes", run(asl, "{\"a\": 2, \"b\": \"y\", \"c\": false}").output().textValue());
        assertEquals("no", run(asl, "{\"a\": 2, \"b\": \"y\", \"c\": true}").output().textValue());
        assertEquals("no", run(asl, "{\"a\": 1, \"b\": \"x\", \"c\": false}").output().textValue());
    }

    @Test
    void no_match_without_default_fails_with_no_choice_matched() {
        String asl = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "NumericEquals": 1, "Next": "Yes"}]},
                  "Yes": {"Type": "Succeed"}}}""";
        Execution e = run(asl, "{\"a\": 2}");
        assertEquals(ExecutionStatus.FAILED, e.status());
        assertEquals("States.NoChoiceMatched", e.error());
    }

    @Test
    void comparing_a_missing_variable_fails_with_runtime_error() {
        String asl = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.missing", "NumericEquals": 1, "Next": "Yes"}], "Default": "Yes"},
                  "Yes": {"Type": "Succeed"}}}""";
        Execution e = run(asl, "{}");
        assertEquals("States.Runtime", e.error());
    }

    @Test
    void choice_records_entered_and_exited_and_keeps_the_input() {
        String asl = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "NumericEquals": 1, "Next": "End"}]},
                  "End": {"Type": "Succeed"}}}""";
        Execution e = run(asl, "{\"a\": 1}");
        assertEquals(java.util.List.of("ExecutionStarted", "ChoiceStateEntered", "ChoiceStateExited", "SucceedStateEntered",
                "SucceedStateExited", "ExecutionSucceeded"), Runs.types(e));
        assertEquals(Runs.json("{\"a\":1}"), e.output());
    }
}

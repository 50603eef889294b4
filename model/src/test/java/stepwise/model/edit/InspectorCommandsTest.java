package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.json.Json;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;

/** The commands the inspector adds to SetField: ReplaceField, SetCondition and MoveItem. */
class InspectorCommandsTest {
    private static final String TEXT = """
            {
              "StartAt": "Wait",
              "States": {
                "Wait": {
                  "Type": "Wait",
                  "Seconds": 10,
                  "Next": "Check"
                },
                "Check": {
                  "Type": "Choice",
                  "Choices": [
                    {
                      "Variable": "$.total",
                      "NumericGreaterThan": 100,
                      "Next": "Big"
                    },
                    {"Not": {"Variable": "$.vip", "IsPresent": true}, "Next": "Big"}
                  ],
                  "Default": "Big"
                },
                "Big": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Retry": [
                    {"ErrorEquals": ["A"]},
                    {"ErrorEquals": ["B"], "MaxAttempts": 2},
                    {"ErrorEquals": ["States.ALL"]}
                  ],
                  "End": true
                }
              }
            }
            """;

    @Test
    void replace_field_changes_key_and_value_in_place() throws EditException {
        String after = Edits.run(TEXT, new ReplaceField(JsonPointer.parse("/States/Wait/Seconds"), "TimestampPath",
                Json.string("$.when")));
        assertEquals(List.of("-      \"Seconds\": 10,", "+      \"TimestampPath\": \"$.when\","), Edits.changedLines(TEXT, after));
    }

    @Test
    void replace_field_removes_a_clashing_copy_of_the_new_key() throws EditException {
        String text = TEXT.replace("\"Seconds\": 10,", "\"Seconds\": 10,\n      \"SecondsPath\": \"$.s\",");
        String after = Edits.run(text, new ReplaceField(JsonPointer.parse("/States/Wait/Seconds"), "SecondsPath",
                Json.string("$.t")));
        assertEquals(TEXT.replace("\"Seconds\": 10,", "\"SecondsPath\": \"$.t\","), after);
    }

    @Test
    void replace_field_sets_the_key_when_the_old_field_is_missing() throws EditException {
        String after = Edits.run(TEXT, new ReplaceField(JsonPointer.parse("/States/Big/TimeoutSecondsPath"), "TimeoutSeconds",
                Json.number(30)));
        assertEquals(List.of("-      \"End\": true", "+      \"End\": true,", "+      \"TimeoutSeconds\": 30"),
                Edits.changedLines(TEXT, after));
    }

    @Test
    void set_condition_on_a_rule_replaces_only_the_condition_fields() throws EditException {
        JsonObject wrapped = Json.object("Not", Json.object("Variable", Json.string("$.total"), "NumericGreaterThan",
                Json.number(100)));
        String after = Edits.run(TEXT, new SetCondition(JsonPointer.parse("/States/Check/Choices/0"), wrapped));
        assertEquals(List.of(
                "-          \"Variable\": \"$.total\",",
                "-          \"NumericGreaterThan\": 100,",
                "+          \"Not\": {",
                "+            \"Variable\": \"$.total\",",
                "+            \"NumericGreaterThan\": 100",
                "+          },"), Edits.changedLines(TEXT, after));
    }

    @Test
    void set_condition_unwraps_a_not_keeping_next() throws EditException {
        JsonObject plain = Json.object("Variable", Json.string("$.vip"), "IsPresent", Json.bool(true));
        String after = Edits.run(TEXT, new SetCondition(JsonPointer.parse("/States/Check/Choices/1"), plain));
        assertEquals(TEXT.replace("{\"Not\": {\"Variable\": \"$.vip\", \"IsPresent\": true}, \"Next\": \"Big\"}",
                "{\"Variable\": \"$.vip\", \"IsPresent\": true, \"Next\": \"Big\"}"), after);
    }

    @Test
    void set_condition_changes_the_operator_key_only() throws EditException {
        JsonObject changed = Json.object("Variable", Json.string("$.total"), "NumericLessThan", Json.number(100));
        String after = Edits.run(TEXT, new SetCondition(JsonPointer.parse("/States/Check/Choices/0"), changed));
        assertEquals(TEXT.replace("\"NumericGreaterThan\": 100", "\"NumericLessThan\": 100"), after);
    }

    @Test
    void set_condition_replaces_a_nested_condition_whole() throws EditException {
        JsonObject other = Json.object("Variable", Json.string("$.gold"), "BooleanEquals", Json.bool(true));
        String after = Edits.run(TEXT, new SetCondition(JsonPointer.parse("/States/Check/Choices/1/Not"), other));
        assertEquals(TEXT.replace("{\"Variable\": \"$.vip\", \"IsPresent\": true}", "{\"Variable\": \"$.gold\", \"BooleanEquals\": true}"),
                after);
    }

    @Test
    void set_condition_refuses_a_condition_holding_next() {
        JsonObject bad = Json.object("Variable", Json.string("$.x"), "IsNull", Json.bool(true), "Next", Json.string("Big"));
        assertThrows(EditException.class, () -> new SetCondition(JsonPointer.parse("/States/Check/Choices/0"), bad)
                .edits(AslDocument.of(TEXT)));
    }

    @Test
    void move_item_down_keeps_each_item_text() throws EditException {
        String after = Edits.run(TEXT, new MoveItem(JsonPointer.parse("/States/Big/Retry"), 0, 1));
        assertEquals(List.of(
                "-        {\"ErrorEquals\": [\"A\"]},",
                "-        {\"ErrorEquals\": [\"B\"], \"MaxAttempts\": 2},",
                "+        {\"ErrorEquals\": [\"B\"], \"MaxAttempts\": 2},",
                "+        {\"ErrorEquals\": [\"A\"]},"), Edits.changedLines(TEXT, after));
    }

    @Test
    void move_item_across_several_places_rotates_them() throws EditException {
        String after = Edits.run(TEXT, new MoveItem(JsonPointer.parse("/States/Big/Retry"), 2, 0));
        assertEquals(TEXT.replace("""
                {"ErrorEquals": ["A"]},
                        {"ErrorEquals": ["B"], "MaxAttempts": 2},
                        {"ErrorEquals": ["States.ALL"]}""", """
                {"ErrorEquals": ["States.ALL"]},
                        {"ErrorEquals": ["A"]},
                        {"ErrorEquals": ["B"], "MaxAttempts": 2}"""), after);
    }

    @Test
    void move_item_moves_a_multi_line_rule() throws EditException {
        String after = Edits.run(TEXT, new MoveItem(JsonPointer.parse("/States/Check/Choices"), 0, 1));
        assertEquals(List.of(
                "-        {",
                "-          \"Variable\": \"$.total\",",
                "-          \"NumericGreaterThan\": 100,",
                "-          \"Next\": \"Big\"",
                "-        },",
                "-        {\"Not\": {\"Variable\": \"$.vip\", \"IsPresent\": true}, \"Next\": \"Big\"}",
                "+        {\"Not\": {\"Variable\": \"$.vip\", \"IsPresent\": true}, \"Next\": \"Big\"},",
                "+        {",
                "+          \"Variable\": \"$.total\",",
                "+          \"NumericGreaterThan\": 100,",
                "+          \"Next\": \"Big\"",
                "+        }"), Edits.changedLines(TEXT, after));
    }

    @Test
    void yaml_replace_field_keeps_the_line() throws EditException {
        String yaml = """
                StartAt: W
                States:
                  W:
                    Type: Wait
                    Seconds: 5   # five
                    End: true
                """;
        String after = Edits.runYaml(yaml, new ReplaceField(JsonPointer.parse("/States/W/Seconds"), "SecondsPath", Json.string("$.s")));
        assertEquals(yaml.replace("Seconds: 5", "SecondsPath: $.s"), after);
    }

    @Test
    void yaml_move_item_swaps_entries() throws EditException {
        String yaml = """
                StartAt: T
                States:
                  T:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Retry:
                      - ErrorEquals: [A]
                        MaxAttempts: 1
                      - ErrorEquals: [B]
                    End: true
                """;
        String after = Edits.runYaml(yaml, new MoveItem(JsonPointer.parse("/States/T/Retry"), 1, 0));
        assertEquals(yaml.replace("""
                      - ErrorEquals: [A]
                        MaxAttempts: 1
                      - ErrorEquals: [B]
                """, """
                      - ErrorEquals: [B]
                      - ErrorEquals: [A]
                        MaxAttempts: 1
                """), after);
    }

    @Test
    void add_branch_appends_a_branch_with_one_pass_state_of_a_free_name() throws EditException {
        String text = """
                {
                  "StartAt": "P",
                  "States": {
                    "P": {
                      "Type": "Parallel",
                      "Branches": [
                        {"StartAt": "Branch 2", "States": {"Branch 2": {"Type": "Pass", "End": true}}}
                      ],
                      "End": true
                    }
                  }
                }
                """;
        String after = Edits.run(text, new AddBranch(JsonPointer.parse("/States/P")));
        assertEquals(List.of(
                "-        {\"StartAt\": \"Branch 2\", \"States\": {\"Branch 2\": {\"Type\": \"Pass\", \"End\": true}}}",
                "+        {\"StartAt\": \"Branch 2\", \"States\": {\"Branch 2\": {\"Type\": \"Pass\", \"End\": true}}},",
                "+        {\"StartAt\": \"Branch 3\", \"States\": {\"Branch 3\": {\"Type\": \"Pass\", \"End\": true}}}"),
                Edits.changedLines(text, after), "a new branch is written on one line like its sibling");
    }

    @Test
    void insert_item_goes_before_the_given_index() throws EditException {
        String after = Edits.run(TEXT, new InsertItem(JsonPointer.parse("/States/Big/Retry"), 2,
                Json.object("ErrorEquals", Json.strings(List.of("C")))));
        assertEquals(List.of("+        {\"ErrorEquals\": [\"C\"]},"), Edits.changedLines(TEXT, after),
                "written on one line like its siblings");
    }

    @Test
    void rename_field_changes_only_the_key() throws EditException {
        String text = TEXT.replace("{\"Not\": {", "{\"And\": [{").replace("\"IsPresent\": true}, \"Next\"", "\"IsPresent\": true}], \"Next\"");
        String after = Edits.run(text, new RenameField(JsonPointer.parse("/States/Check/Choices/1/And"), "Or"));
        assertEquals(text.replace("\"And\"", "\"Or\""), after);
    }

    @Test
    void rename_field_refuses_a_key_that_is_there() {
        assertThrows(EditException.class, () -> new RenameField(JsonPointer.parse("/States/Wait/Seconds"), "Next")
                .edits(AslDocument.of(TEXT)));
    }

    @Test
    void a_value_written_on_one_line_is_replaced_on_one_line() throws EditException {
        String after = Edits.run(TEXT, new SetField(JsonPointer.parse("/States/Big/Retry/1/ErrorEquals"), Json.strings(List.of("B", "C"))));
        assertEquals(List.of("-        {\"ErrorEquals\": [\"B\"], \"MaxAttempts\": 2},",
                "+        {\"ErrorEquals\": [\"B\", \"C\"], \"MaxAttempts\": 2},"), Edits.changedLines(TEXT, after));
    }

    @Test
    void a_one_line_array_that_ends_its_line_is_replaced_on_one_line() throws EditException {
        String text = """
                {
                  "StartAt": "T",
                  "States": {
                    "T": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "Retry": [
                        {
                          "ErrorEquals": ["A"],
                          "MaxAttempts": 2
                        }
                      ],
                      "End": true
                    }
                  }
                }
                """;
        String after = Edits.run(text, new SetField(JsonPointer.parse("/States/T/Retry/0/ErrorEquals"), Json.strings(List.of("A", "B"))));
        assertEquals(text.replace("[\"A\"]", "[\"A\", \"B\"]"), after);
    }
}

package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;

class YamlEditTest {
    private static final String YAML = """
            # Order workflow
            Comment: Orders   # shown in the console
            StartAt: Check
            States:
              Check:
                Type: Choice
                Choices:
                  - Variable: $.ok
                    BooleanEquals: true
                    Next: Pay   # happy path
                Default: Reject
              # Charges the card
              Pay:
                Type: Task
                Resource: "arn:aws:lambda:us-east-1:123456789012:function:pay"
                Catch:
                  - ErrorEquals: [States.ALL]
                    Next: Reject
                Next: Done
              Reject:
                Type: Fail
                Error: Rejected
              Done:
                Type: Succeed
            """;

    @Test
    void yaml_rename_changes_only_the_names_and_keeps_comments() throws EditException {
        String after = Edits.runYaml(YAML, new RenameState(JsonPointer.of("States", "Reject"), "Refuse"));
        assertEquals(YAML.replace("Reject\n", "Refuse\n").replace("Reject:", "Refuse:"), after);
        assertEquals(List.of(11, 18, 20), Edits.differingLines(YAML, after));
    }

    @Test
    void yaml_rename_quotes_a_name_that_needs_it() throws EditException {
        String after = Edits.runYaml(YAML, new RenameState(JsonPointer.of("States", "Done"), "Done: really"));
        assertEquals(YAML.replace("Next: Done", "Next: \"Done: really\"").replace("  Done:", "  \"Done: really\":"), after);
    }

    @Test
    void yaml_delete_takes_the_state_its_lines_and_its_comment() throws EditException {
        String after = Edits.runYaml(YAML, new DeleteState(JsonPointer.of("States", "Pay")));
        assertEquals("""
                # Order workflow
                Comment: Orders   # shown in the console
                StartAt: Check
                States:
                  Check:
                    Type: Choice
                    Choices:
                      - Variable: $.ok
                        BooleanEquals: true
                        Next: Done   # happy path
                    Default: Reject
                  Reject:
                    Type: Fail
                    Error: Rejected
                  Done:
                    Type: Succeed
                """, after);
    }

    @Test
    void yaml_add_writes_block_style_at_the_file_indentation() throws EditException {
        String after = Edits.runYaml(YAML, new AddState(JsonPointer.ROOT, "Notify", Json.object("Type", Json.string("Task"),
                "Resource", Json.string("arn:aws:states:::sns:publish"), "Parameters", Json.object("Message.$", Json.string("$")),
                "Retry", Json.array(Json.object("ErrorEquals", Json.strings(List.of("States.ALL")), "MaxAttempts", Json.number(2))))));
        assertEquals(YAML + """
                  Notify:
                    Type: Task
                    Resource: arn:aws:states:::sns:publish
                    Parameters:
                      Message.$: $
                    Retry:
                      - ErrorEquals:
                          - States.ALL
                        MaxAttempts: 2
                    End: true
                """, after);
    }

    @Test
    void yaml_connect_replaces_end_and_adds_a_catch_item() throws EditException {
        String text = "StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: r\n    Catch:\n    - ErrorEquals: [X]\n      Next: B\n    End: true\n  B:\n    Type: Succeed\n";
        String next = Edits.runYaml(text, Connect.next(JsonPointer.of("States", "A"), "B"));
        assertEquals(text.replace("End: true", "Next: B"), next);
        String caught = Edits.runYaml(text, Connect.onError(JsonPointer.of("States", "A"), "B", List.of("Custom")));
        assertEquals(text.replace("      Next: B\n", "      Next: B\n    - ErrorEquals:\n      - Custom\n      Next: B\n"), caught);
    }

    @Test
    void yaml_connect_fills_an_empty_next_with_a_space_after_the_colon() throws EditException {
        String text = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next:";
        String next = Edits.runYaml(text, Connect.next(JsonPointer.of("States", "A"), "A"));
        assertEquals(text + " A", next);
    }

    @Test
    void yaml_connect_in_flow_style_quotes_a_name_with_flow_characters() throws EditException {
        String text = "StartAt: A\nStates:\n  A: {Type: Pass, End: true}\n  'B{x}': {Type: Succeed}\n";
        String next = Edits.runYaml(text, Connect.next(JsonPointer.of("States", "A"), "B{x}"));
        assertEquals(text.replace("End: true", "Next: \"B{x}\""), next);
    }

    @Test
    void yaml_set_field_replaces_a_scalar_keeping_the_comment() throws EditException {
        String after = Edits.runYaml(YAML, new SetField(JsonPointer.parse("/Comment"), Json.string("Customer orders")));
        assertEquals(YAML.replace("Comment: Orders   #", "Comment: Customer orders   #"), after);
    }

    @Test
    void yaml_set_field_replaces_a_block_value_by_a_scalar_and_back() throws EditException {
        String text = "A:\n  b: 1\n  c: 2\nD: x\n";
        assertEquals("A: 5\nD: x\n", Edits.runYaml(text, new SetField(JsonPointer.parse("/A"), Json.number(5))));
        assertEquals("A:\n  b: 1\n  c: 2\nD:\n  e:\n    - 1\n", Edits.runYaml(text, new SetField(JsonPointer.parse("/D"),
                Json.object("e", Json.array(Json.number(1))))));
    }

    @Test
    void yaml_remove_of_every_state_leaves_an_empty_mapping() throws EditException {
        String text = "StartAt: A\nStates:\n  A:\n    Type: Succeed\n";
        assertEquals("StartAt: A\nStates: {}\n", Edits.runYaml(text, new DeleteState(JsonPointer.of("States", "A"))));
    }

    @Test
    void yaml_flow_style_is_edited_in_flow_style() throws EditException {
        String text = "{StartAt: A, States: {A: {Type: Pass, Next: B}, B: {Type: Succeed}}}\n";
        assertEquals("{StartAt: A, States: {A: {Type: Pass, Next: C}, C: {Type: Succeed}}}\n",
                Edits.runYaml(text, new RenameState(JsonPointer.of("States", "B"), "C")));
        assertEquals("{StartAt: A, States: {A: {Type: Pass, End: true}}}\n",
                Edits.runYaml(text, new DeleteState(JsonPointer.of("States", "B"))));
        assertEquals("{StartAt: A, States: {A: {Type: Pass, Next: B}, B: {Type: Succeed}, W: {Type: Wait, Seconds: 3, End: true}}}\n",
                Edits.runYaml(text, new AddState(JsonPointer.ROOT, "W", Json.object("Type", Json.string("Wait"), "Seconds", Json.number(3)))));
    }

    @Test
    void yaml_written_as_json_is_edited_as_json() throws EditException {
        String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}\n";
        assertEquals(text.replace("\"A\"", "\"B\""), Edits.runYaml(text, new RenameState(JsonPointer.of("States", "A"), "B")));
    }

    @Test
    void yaml_move_into_a_branch_keeps_the_state_text_and_comments() throws EditException {
        String text = """
                StartAt: P
                States:
                  P:
                    Type: Parallel
                    Branches:
                      - StartAt: X
                        States:
                          X:
                            Type: Succeed
                    Next: Log
                  Log:
                    Type: Pass  # keep this
                    End: true
                """;
        String after = Edits.runYaml(text, new MoveState(JsonPointer.of("States", "Log"), JsonPointer.parse("/States/P/Branches/0")));
        assertEquals("""
                StartAt: P
                States:
                  P:
                    Type: Parallel
                    Branches:
                      - StartAt: X
                        States:
                          X:
                            Type: Succeed
                          Log:
                            Type: Pass  # keep this
                            End: true
                    End: true
                """, after);
    }

    @Test
    void yaml_duplicate_copies_the_text_with_a_new_name() throws EditException {
        String text = "StartAt: A\nStates:\n  A:\n    Type: Pass  # note\n    End: true\n";
        assertEquals(text + "  A 2:\n    Type: Pass  # note\n    End: true\n",
                Edits.runYaml(text, new DuplicateStates(List.of(JsonPointer.of("States", "A")))));
    }

    @Test
    void yaml_round_trips_byte_for_byte() {
        AslDocument doc = AslDocument.decode(YAML.getBytes(java.nio.charset.StandardCharsets.UTF_8), Syntax.YAML);
        assertEquals(YAML, new String(doc.encode(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("Check", "Pay", "Reject", "Done"), doc.rootObject().object("States").keys());
    }
}

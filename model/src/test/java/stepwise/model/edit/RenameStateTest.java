package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonPointer;

class RenameStateTest {
    static final String FLOW = """
            {
              "Comment": "Orders",
              "StartAt": "Check",
              "States": {
                "Check": {
                  "Type": "Choice",
                  "Choices": [
                    {"Variable": "$.ok", "BooleanEquals": true, "Next": "Pay"}
                  ],
                  "Default": "Reject"
                },
                "Pay": {
                  "Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:pay",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Reject"}],
                  "Next": "Done"
                },
                "Reject": {"Type": "Fail", "Error": "Rejected"},
                "Done": {"Type": "Succeed"}
              }
            }
            """;

    @Test
    void rename_changes_the_key_and_every_reference_and_nothing_else() throws EditException {
        String after = Edits.run(FLOW, new RenameState(JsonPointer.of("States", "Reject"), "Refuse"));
        assertEquals(FLOW.replace("\"Reject\"", "\"Refuse\""), after);
        assertEquals(List.of(10, 15, 18), Edits.differingLines(FLOW, after));
    }

    @Test
    void rename_updates_start_at() throws EditException {
        String after = Edits.run(FLOW, new RenameState(JsonPointer.of("States", "Check"), "Inspect"));
        assertEquals(FLOW.replace("\"Check\"", "\"Inspect\""), after);
    }

    @Test
    void rename_writes_json_escapes() throws EditException {
        String after = Edits.run(FLOW, new RenameState(JsonPointer.of("States", "Done"), "Say \"done\"\\now"));
        assertEquals(FLOW.replace("\"Done\"", "\"Say \\\"done\\\"\\\\now\""), after);
        assertTrue(AslDocument.of(after).machine().state("Say \"done\"\\now") != null);
    }

    @Test
    void rename_stays_in_its_branch() throws EditException {
        String text = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Parallel", "Branches": [
                    {"StartAt": "X", "States": {"X": {"Type": "Pass", "Next": "Y"}, "Y": {"Type": "Pass", "End": true}}}
                  ], "Next": "Y2"},
                  "Y2": {"Type": "Succeed"}
                }}
                """;
        String after = Edits.run(text, new RenameState(JsonPointer.parse("/States/A/Branches/0/States/Y"), "Z"));
        assertEquals(text.replace("\"Y\"", "\"Z\""), after);
    }

    @Test
    void rename_to_a_taken_name_is_refused() {
        EditException e = assertThrows(EditException.class,
                () -> new RenameState(JsonPointer.of("States", "Pay"), "Done").edits(AslDocument.of(FLOW)));
        assertEquals("A state named \"Done\" exists already; state names must be unique in the workflow", e.getMessage());
    }

    @Test
    void rename_to_a_name_over_80_characters_is_refused() {
        EditException e = assertThrows(EditException.class,
                () -> new RenameState(JsonPointer.of("States", "Pay"), "x".repeat(81)).edits(AslDocument.of(FLOW)));
        assertEquals("A state name has at most 80 characters; this one has 81", e.getMessage());
    }

    @Test
    void rename_of_a_missing_state_is_refused() {
        EditException e = assertThrows(EditException.class,
                () -> new RenameState(JsonPointer.of("States", "Nope"), "X").edits(AslDocument.of(FLOW)));
        assertEquals("There is no state named \"Nope\" in the workflow", e.getMessage());
    }

    @Test
    void rename_of_a_state_written_twice_renames_only_the_last_copy() throws EditException {
        String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}, \"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        String after = Edits.run(text, new RenameState(JsonPointer.of("States", "A"), "B"));
        assertEquals("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}, \"B\": {\"Type\": \"Pass\", \"End\": true}}}", after);
    }

    @Test
    void rename_keeps_crlf_and_tabs() throws EditException {
        String text = "{\r\n\t\"StartAt\": \"A\",\r\n\t\"States\": {\r\n\t\t\"A\": {\r\n\t\t\t\"Type\": \"Pass\",\r\n\t\t\t\"End\": true\r\n\t\t}\r\n\t}\r\n}\r\n";
        String after = Edits.run(text, new RenameState(JsonPointer.of("States", "A"), "B"));
        assertEquals(text.replace("\"A\"", "\"B\""), after);
    }
}

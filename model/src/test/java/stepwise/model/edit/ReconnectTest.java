package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import stepwise.model.json.JsonPointer;

class ReconnectTest {
    private static final String FLOW = """
            {
              "StartAt": "Check",
              "States": {
                "Check": {
                  "Type": "Choice",
                  "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Done"}],
                  "Default": "Failed"
                },
                "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "End": true},
                "Done": {"Type": "Succeed"},
                "Failed": {"Type": "Fail"},
                "P": {"Type": "Parallel", "Branches": [{"StartAt": "X", "States": {"X": {"Type": "Pass", "Next": "Y"}, "Y": {"Type": "Pass", "End": true}, "Z": {"Type": "Pass", "End": true}}}], "End": true}
              }
            }
            """;

    @Test
    void a_choice_rule_is_pointed_at_another_state_keeping_its_condition() throws EditException {
        String after = Edits.run(FLOW, new Reconnect(JsonPointer.parse("/States/Check/Choices/0/Next"), "Work"));
        assertEquals(FLOW.replace("true, \"Next\": \"Done\"", "true, \"Next\": \"Work\""), after);
    }

    @Test
    void default_catch_and_start_are_reconnected_in_place() throws EditException {
        assertEquals(FLOW.replace("\"Default\": \"Failed\"", "\"Default\": \"Done\""),
                Edits.run(FLOW, new Reconnect(JsonPointer.parse("/States/Check/Default"), "Done")));
        assertEquals(FLOW.replace("[\"States.ALL\"], \"Next\": \"Failed\"", "[\"States.ALL\"], \"Next\": \"Done\""),
                Edits.run(FLOW, new Reconnect(JsonPointer.parse("/States/Work/Catch/0/Next"), "Done")));
        assertEquals(FLOW.replace("\"StartAt\": \"Check\"", "\"StartAt\": \"Work\""),
                Edits.run(FLOW, new Reconnect(JsonPointer.parse("/StartAt"), "Work")));
    }

    @Test
    void a_transition_in_a_branch_stays_in_its_branch() throws EditException {
        assertEquals(FLOW.replace("\"Next\": \"Y\"", "\"Next\": \"Z\""),
                Edits.run(FLOW, new Reconnect(JsonPointer.parse("/States/P/Branches/0/States/X/Next"), "Z")));
        EditException e = assertThrows(EditException.class,
                () -> Edits.run(FLOW, new Reconnect(JsonPointer.parse("/States/P/Branches/0/States/X/Next"), "Done")));
        assertTrue(e.getMessage().contains("stays within its branch"), e.getMessage());
    }

    @Test
    void describes_what_it_reconnects() {
        assertEquals("Reconnect Check to Work", new Reconnect(JsonPointer.parse("/States/Check/Choices/0/Next"), "Work").description());
        assertEquals("Start at Work", new Reconnect(JsonPointer.parse("/StartAt"), "Work").description());
    }
}

package stepwise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.model.edit.EditException;
import stepwise.model.edit.RenameState;
import stepwise.model.edit.SetField;
import stepwise.model.edit.DeleteState;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;

/** The common fields, commit and revert, invalid input, and the form following the document. */
class InspectorEditingTest extends InspectorTestBase {

    @Test
    void comment_commits_on_enter_as_one_undo_step(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/Comment", "Charges the card");
        assertEquals("Set Comment", h.session.undoDescription());
        assertChanged(ORDERS, List.of("-\"Comment\": \"Charges the customer's card through the payments service\",",
                "+\"Comment\": \"Charges the card\","));
        assertEquals("Charges the customer's card through the payments service", shown("field:/Comment"));
    }

    @Test
    void typing_writes_nothing_until_the_field_loses_focus(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        robot.interact(() -> {
            input("field:/Comment").requestFocus();
            input("field:/Comment").selectAll();
        });
        robot.write("Charges");
        assertEquals("Charges", shown("field:/Comment"));
        assertEquals(ORDERS, h.text(), "nothing is written per keystroke");
        robot.interact(() -> input("field:/ResultPath").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(ORDERS, List.of("-\"Comment\": \"Charges the customer's card through the payments service\",",
                "+\"Comment\": \"Charges\","));
    }

    @Test
    void escape_gives_the_documents_value_back(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        typeInto("field:/ResultPath", "$.somewhere");
        press("field:/ResultPath", KeyCode.ESCAPE);
        assertEquals("$.charge", shown("field:/ResultPath"));
        assertEquals(ORDERS, h.text());
    }

    @Test
    void emptying_an_optional_field_removes_it(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/ResultPath", "");
        assertChanged(ORDERS, List.of("-\"ResultPath\": \"$.charge\","));
    }

    @Test
    void null_in_a_path_field_writes_json_null(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/ResultPath", "null");
        assertChanged(ORDERS, List.of("-\"ResultPath\": \"$.charge\",", "+\"ResultPath\": null,"));
    }

    @Test
    void a_non_number_is_marked_at_the_field_and_not_written(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/Retry/0/IntervalSeconds", "two");
        FieldBinding f = h.field("field:/Retry/0/IntervalSeconds");
        assertEquals("\"two\" is not a number", f.problem());
        assertEquals("two", shown("field:/Retry/0/IntervalSeconds"), "what the user typed stays");
        assertTrue(f.control().getPseudoClassStates().contains(FieldBinding.INVALID));
        assertEquals(ORDERS, h.text());
        press("field:/Retry/0/IntervalSeconds", KeyCode.ESCAPE);
        assertEquals("2", shown("field:/Retry/0/IntervalSeconds"));
        assertNull(f.problem());
        assertFalse(f.control().getPseudoClassStates().contains(FieldBinding.INVALID));
    }

    @Test
    void text_that_was_not_taken_survives_a_visit_to_another_state(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/Retry/0/IntervalSeconds", "two");
        robot.interact(() -> h.selection.select("/States/Reject", "canvas"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reject", shown("field:name"));
        robot.interact(() -> h.selection.select("/States/Charge card", "canvas"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("two", shown("field:/Retry/0/IntervalSeconds"));
        assertEquals("\"two\" is not a number", h.field("field:/Retry/0/IntervalSeconds").problem());
        assertEquals(ORDERS, h.text());
    }

    @Test
    void a_value_the_validator_rejects_is_not_written_and_its_message_shows(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/Retry/0/IntervalSeconds", "0");
        String problem = h.field("field:/Retry/0/IntervalSeconds").problem();
        assertNotNull(problem);
        assertTrue(problem.contains("IntervalSeconds must be a whole number of 1 or more"), problem);
        assertEquals(ORDERS, h.text());
    }

    @Test
    void invalid_json_in_parameters_is_marked_with_its_position_and_kept(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        String typed = "{\n  \"FunctionName\": \"charge-card\",\n  \"Payload.$\" \"$.order\"\n}";
        typeInto("field:/Parameters", typed);
        robot.interact(() -> input("field:/ResultPath").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        String problem = h.field("field:/Parameters").problem();
        assertNotNull(problem);
        assertTrue(problem.startsWith("Not valid JSON") && problem.contains("line 3"), problem);
        assertEquals(typed, shown("field:/Parameters"));
        assertEquals(ORDERS, h.text());
    }

    @Test
    void a_parameters_path_that_does_not_parse_is_refused(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/ResultSelector", "{\"chargeId.$\": \"$.Payload..\"}");
        press("field:/ResultSelector", KeyCode.ENTER);
        input("field:/ResultSelector");
        robot.interact(() -> input("field:/ResultPath").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        String problem = h.field("field:/ResultSelector").problem();
        assertNotNull(problem);
        assertTrue(problem.contains("JSONPath"), problem);
        assertEquals(ORDERS, h.text());
    }

    @Test
    void json_area_commits_reindented_json_in_one_step(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        typeInto("field:/ResultSelector", "{\"chargeId.$\": \"$.Payload.id\", \"at.$\": \"$$.State.EnteredTime\"}");
        robot.interact(() -> input("field:/ResultPath").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(ORDERS, List.of("-\"chargeId.$\": \"$.Payload.id\"", "+\"chargeId.$\": \"$.Payload.id\",",
                "+\"at.$\": \"$$.State.EnteredTime\""));
    }

    @Test
    void an_unknown_state_in_next_is_marked_and_not_written(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        pick("field:/Next", "Ship everything");
        String problem = h.field("field:/Next").problem();
        assertNotNull(problem);
        assertTrue(problem.contains("Ship everything"), problem);
        assertEquals(ORDERS, h.text());
    }

    @Test
    void next_picks_another_state_and_end_replaces_it(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        pick("field:/Next", "Done");
        assertChanged(ORDERS, List.of("-\"Next\": \"Ship items\"", "+\"Next\": \"Done\""));
        pick("field:/Next", TargetBinding.END);
        assertChanged(ORDERS, List.of("-\"Next\": \"Ship items\"", "+\"End\": true"));
    }

    @Test
    void query_language_picker_writes_and_removes_the_field(FxRobot robot) {
        open(robot, ORDERS, "/States/Reject");
        pick("field:/QueryLanguage", "JSONata");
        assertTrue(h.text().contains("\"CausePath\": \"$.error.Cause\",\n      \"QueryLanguage\": \"JSONata\""), h.text());
        undo();
        assertEquals(ORDERS, h.text());
    }

    @Test
    void renaming_from_the_inspector_updates_every_reference_and_follows_the_state(FxRobot robot) {
        open(robot, ORDERS, "/States/Reject");
        enter("field:name", "Refuse");
        String after = h.text();
        assertFalse(after.contains("\"Reject\""), after);
        assertEquals(4, after.split("\"Refuse\"", -1).length - 1, "the key, the rule's Next and the two Catches");
        assertEquals("/States/Refuse", h.selection.getPrimary());
        assertEquals(JsonPointer.parse("/States/Refuse"), h.inspector.inspectedState());
        assertEquals("Refuse", shown("field:name"));
        undo();
        assertEquals(ORDERS, h.text());
        assertEquals("/States/Reject", h.selection.getPrimary());
        assertEquals("Reject", shown("field:name"));
    }

    @Test
    void a_name_that_is_taken_is_refused(FxRobot robot) {
        open(robot, ORDERS, "/States/Reject");
        enter("field:name", "Done");
        assertTrue(h.field("field:name").problem().contains("exists already"), h.field("field:name").problem());
        assertEquals("Done", shown("field:name"));
        assertEquals(ORDERS, h.text());
    }

    @Test
    void a_rename_made_elsewhere_is_followed(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        robot.interact(() -> {
            try {
                h.session.execute(new RenameState(JsonPointer.parse("/States/Charge card"), "Charge"), null);
            } catch (EditException e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Charge", shown("field:name"));
        assertEquals("/States/Charge", h.selection.getPrimary());
    }

    @Test
    void typing_a_rename_in_the_json_is_followed(FxRobot robot) {
        open(robot, ORDERS, "/States/Wait for stock");
        robot.interact(() -> h.session.replaceAll(ORDERS.replace("\"Wait for stock\"", "\"Wait for goods\""), "Typing", null));
        robot.interact(() -> h.session.document());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wait for goods", shown("field:name"));
    }

    @Test
    void deleting_the_state_clears_the_inspector(FxRobot robot) {
        open(robot, ORDERS, "/States/Wait for stock");
        robot.interact(() -> {
            try {
                h.session.execute(new DeleteState(JsonPointer.parse("/States/Wait for stock")), null);
            } catch (EditException e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(h.inspector.inspectedState());
        assertNull(h.selection.getPrimary());
    }

    @Test
    void an_external_change_refreshes_other_fields_and_keeps_the_one_being_edited(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        typeInto("field:/Comment", "Half typed");
        robot.interact(() -> {
            try {
                h.session.execute(new SetField(JsonPointer.parse("/States/Charge card/TimeoutSeconds"), Json.number(45)), null);
                h.session.execute(new SetField(JsonPointer.parse("/States/Charge card/Comment"), Json.string("From the editor")), null);
            } catch (EditException e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("45", shown("field:/TimeoutSeconds"));
        assertEquals("Half typed", shown("field:/Comment"), "the field being edited keeps the user's text");
        press("field:/Comment", KeyCode.ESCAPE);
        assertEquals("From the editor", shown("field:/Comment"), "Escape gives the document's newest value");
    }

    @Test
    void an_external_change_touches_only_the_fields_whose_values_changed(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        javafx.scene.control.TextInputControl comment = input("field:/Comment");
        javafx.scene.control.TextInputControl parameters = input("field:/Parameters");
        int[] changes = new int[1];
        robot.interact(() -> {
            comment.textProperty().addListener((o, a, b) -> changes[0]++);
            parameters.textProperty().addListener((o, a, b) -> changes[0]++);
            try {
                h.session.execute(new SetField(JsonPointer.parse("/States/Charge card/Retry/0/MaxAttempts"), Json.number(9)), null);
            } catch (EditException e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("9", shown("field:/Retry/0/MaxAttempts"));
        assertEquals(0, changes[0], "fields whose values did not change are left alone");
        assertTrue(comment == input("field:/Comment") && parameters == input("field:/Parameters"), "the form is not rebuilt");
    }

    @Test
    void undo_refreshes_the_form(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/TimeoutSeconds", "60");
        robot.interact(() -> input("field:/ResultPath").requestFocus());
        assertEquals("60", shown("field:/TimeoutSeconds"));
        undo();
        assertEquals("30", shown("field:/TimeoutSeconds"));
    }

    @Test
    void a_syntax_error_in_the_json_shows_a_banner_and_locks_the_form(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        robot.interact(() -> {
            h.session.replaceAll(ORDERS.replace("\"TimeoutSeconds\": 30,", "\"TimeoutSeconds\": 30,,"), "Typing", null);
            h.session.document();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label banner = robot.lookup(".syntax-banner").query();
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().contains("line"), banner.getText());
        assertTrue(h.field("field:/Comment").control().isDisabled());
        robot.interact(() -> {
            h.session.replaceAll(ORDERS, "Typing", null);
            h.session.document();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(banner.isVisible());
        assertFalse(h.field("field:/Comment").control().isDisabled());
    }

    @Test
    void validator_findings_show_at_their_field_and_about_the_state_above(FxRobot robot) {
        open(robot, SIGNUP, "/States/Create account");
        String timeout = h.field("field:/TimeoutSeconds").message();
        assertNotNull(timeout);
        assertTrue(timeout.contains("$timeout"), timeout);
        assertTrue(h.field("field:/TimeoutSeconds").control().getPseudoClassStates().contains(FieldBinding.WARNED));
        InspectorSection task = h.inspector.sections().stream().filter(s -> s.title().equals("Task")).findFirst().orElseThrow();
        assertTrue(task.node().getPseudoClassStates().contains(FieldBinding.WARNED), "the section title says it holds a warning");
    }

    @Test
    void a_state_level_problem_shows_above_the_form(FxRobot robot) {
        open(robot, ORDERS.replace("\"Next\": \"Check stock\"", "\"Next\": \"Check stock\", \"End\": true"), "/States/Wait for stock");
        assertTrue(h.stateProblems().isEmpty() || h.field("field:/Next").message() != null);
        assertNotNull(h.field("field:/Next").message(), "Next and End together are shown at the Next field");
    }
}

package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;
import stepwise.model.Diagnostic;

class StructureRulesTest {
    private static final String PASS_END = "\"Type\": \"Pass\", \"End\": true";

    @Test
    void start_at_naming_a_state_is_accepted() {
        assertClean(workflow("A", "\"A\": {" + PASS_END + "}"), ValidationCode.UNKNOWN_TARGET);
    }

    @Test
    void start_at_naming_no_state_is_an_unknown_target_at_its_value() {
        String json = workflow("Missing", "\"A\": {" + PASS_END + "}");
        Diagnostic d = assertReports(json, ValidationCode.UNKNOWN_TARGET, "\"Missing\"");
        assertEquals("/StartAt", d.pointer());
    }

    @Test
    void next_naming_no_state_suggests_the_closest_name() {
        String json = workflow("A", "\"A\": {\"Type\": \"Pass\", \"Next\": \"Chrage\"}, \"Charge\": {" + PASS_END + "}");
        Diagnostic d = assertReports(json, ValidationCode.UNKNOWN_TARGET, "\"Chrage\"");
        assertTrue(d.message().contains("did you mean 'Charge'"), d.message());
        assertEquals("/States/A/Next", d.pointer());
    }

    @Test
    void default_and_catch_targets_are_checked() {
        String json = workflow("C", """
                "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "T"}], "Default": "Nowhere"},
                "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Gone"}]}""");
        assertReports(json, ValidationCode.UNKNOWN_TARGET, "\"Nowhere\"");
        assertReports(json, ValidationCode.UNKNOWN_TARGET, "\"Gone\"");
    }

    @Test
    void transition_into_another_branch_is_out_of_scope() {
        String json = workflow("P", """
                "P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Next": "After"}}},
                  {"StartAt": "B2", "States": {"B2": {"Type": "Pass", "End": true}}}]},
                "After": {"Type": "Succeed"}""");
        Diagnostic d = assertReports(json, ValidationCode.TRANSITION_OUT_OF_SCOPE, "\"After\"}");
        assertEquals("/States/P/Branches/0/States/B1/Next", d.pointer());
    }

    @Test
    void transitions_inside_a_branch_are_accepted() {
        String json = workflow("P", """
                "P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Next": "B2"}, "B2": {"Type": "Succeed"}}}]}""");
        assertClean(json, ValidationCode.TRANSITION_OUT_OF_SCOPE);
    }

    @Test
    void state_no_transition_leads_to_is_unreachable_at_its_name() {
        String json = workflow("A", "\"A\": {" + PASS_END + "},\n\"Orphan\": {\"Type\": \"Fail\", \"Error\": \"E\"}");
        assertReports(json, ValidationCode.UNREACHABLE_STATE, "\"Orphan\"");
    }

    @Test
    void states_reached_through_choices_and_catches_are_reachable() {
        String json = workflow("T", """
                "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C",
                      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}]},
                "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Done"}], "Default": "Failed"},
                "Done": {"Type": "Succeed"},
                "Failed": {"Type": "Fail"}""");
        assertClean(json, ValidationCode.UNREACHABLE_STATE);
    }

    @Test
    void machines_ending_in_succeed_fail_or_end_have_a_terminal_state() {
        assertClean(workflow("A", "\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Fail\"}"), ValidationCode.NO_TERMINAL_STATE);
        assertClean(workflow("A", "\"A\": {" + PASS_END + "}"), ValidationCode.NO_TERMINAL_STATE);
    }

    @Test
    void machine_without_any_end_has_no_terminal_state() {
        String json = workflow("A", "\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}");
        assertReports(json, ValidationCode.NO_TERMINAL_STATE, "\"States\"");
    }

    @Test
    void end_together_with_next_is_exclusive_at_end() {
        String json = workflow("A", "\"A\": {\"Type\": \"Pass\", \"Next\": \"B\", \"End\": true}, \"B\": {\"Type\": \"Succeed\"}");
        assertReports(json, ValidationCode.EXCLUSIVE_FIELDS, "\"End\"");
    }

    @Test
    void state_with_neither_next_nor_end_is_missing_a_transition() {
        String json = workflow("A", "\"A\": {\"Type\": \"Wait\", \"Seconds\": 1}");
        assertReports(json, ValidationCode.MISSING_TRANSITION, "\"A\": {");
    }

    @Test
    void end_false_without_next_is_missing_a_transition() {
        String json = workflow("A", "\"A\": {\"Type\": \"Pass\", \"End\": false}");
        assertReports(json, ValidationCode.MISSING_TRANSITION, "\"A\": {");
    }

    @Test
    void duplicate_name_in_a_nested_branch_is_reported_at_the_second_one() {
        String json = workflow("A", """
                "A": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}]}""");
        Diagnostic d = assertReports(json, ValidationCode.DUPLICATE_STATE_NAME, "\"A\": {\"Type\": \"Pass\"");
        assertTrue(d.message().contains("/States/A"), d.message());
    }

    @Test
    void duplicate_key_in_one_states_object_is_a_duplicate_name() {
        String json = workflow("A", "\"A\": {" + PASS_END + "},\n\"A\": {\"Type\": \"Succeed\"}");
        assertReports(json, ValidationCode.DUPLICATE_STATE_NAME, "\"A\": {\"Type\": \"Succeed\"");
    }

    @Test
    void unique_names_across_branches_are_accepted() {
        String json = workflow("A", """
                "A": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}""");
        assertClean(json, ValidationCode.DUPLICATE_STATE_NAME);
    }

    @Test
    void name_of_81_characters_is_too_long() {
        String name = "N".repeat(81);
        String json = workflow(name, "\"" + name + "\": {" + PASS_END + "}");
        assertReports(json, ValidationCode.STATE_NAME_TOO_LONG, "\"" + name + "\": {");
    }

    @Test
    void name_of_80_characters_is_accepted() {
        String name = "N".repeat(80);
        assertClean(workflow(name, "\"" + name + "\": {" + PASS_END + "}"), ValidationCode.STATE_NAME_TOO_LONG);
    }
}

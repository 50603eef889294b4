package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;
import stepwise.model.Diagnostic;

class VariableRulesTest {
    @Test
    void variable_assigned_before_it_is_read_is_accepted() {
        String json = workflow("A", """
                "A": {"Type": "Pass", "Assign": {"count": 1, "orderId.$": "$.id"}, "Next": "B"},
                "B": {"Type": "Pass", "Parameters": {"n.$": "$count", "s.$": "States.Format('{}', $orderId)"}, "End": true}""");
        assertClean(json, ValidationCode.UNASSIGNED_VARIABLE);
    }

    @Test
    void variable_never_assigned_is_a_warning_at_the_reference() {
        String json = workflow("A", "\"A\": {\"Type\": \"Pass\", \"Parameters\": {\"n.$\": \"$missing.field\"}, \"End\": true}");
        Diagnostic d = assertReports(json, ValidationCode.UNASSIGNED_VARIABLE, "$missing");
        assertEquals("/States/A/Parameters/n.$", d.pointer());
        assertEquals("$missing".length(), d.span().length());
    }

    @Test
    void variable_assigned_only_after_the_state_is_a_warning() {
        String json = workflow("A", """
                "A": {"Type": "Pass", "OutputPath": "$later", "Next": "B"},
                "B": {"Type": "Pass", "Assign": {"later": 1}, "End": true}""");
        assertReports(json, ValidationCode.UNASSIGNED_VARIABLE, "$later");
    }

    @Test
    void variable_assigned_on_one_branch_of_a_choice_counts_as_assigned() {
        String json = workflow("C", """
                "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Assign": {"flag": true}, "Next": "Use"}],
                      "Default": "Use"},
                "Use": {"Type": "Pass", "Parameters": {"f.$": "$flag"}, "End": true}""");
        assertClean(json, ValidationCode.UNASSIGNED_VARIABLE);
    }

    @Test
    void variable_assigned_in_a_loop_reaches_the_loop_head() {
        String json = workflow("Head", """
                "Head": {"Type": "Choice", "Choices": [{"Variable": "$i", "IsPresent": true, "Next": "Done"}], "Default": "Body"},
                "Body": {"Type": "Pass", "Assign": {"i": 1}, "Next": "Head"},
                "Done": {"Type": "Succeed"}""");
        assertClean(json, ValidationCode.UNASSIGNED_VARIABLE);
    }

    @Test
    void catch_assignment_flows_only_to_its_handler() {
        String json = workflow("T", """
                "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Ok",
                      "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"failure.$": "$.Cause"}, "Next": "Handle"}]},
                "Ok": {"Type": "Pass", "OutputPath": "$failure", "End": true},
                "Handle": {"Type": "Pass", "OutputPath": "$failure", "End": true}""");
        assertReports(json, ValidationCode.UNASSIGNED_VARIABLE, "$failure\", \"End\": true},\n\"Handle\"".substring(0, 8));
        long warnings = Checks.validate(json).stream().filter(d -> d.code().equals("UNASSIGNED_VARIABLE")).count();
        assertEquals(1, warnings);
    }

    @Test
    void branch_reads_outer_variables_but_its_assignments_stay_inside() {
        String json = workflow("Set", """
                "Set": {"Type": "Pass", "Assign": {"outer": 1}, "Next": "P"},
                "P": {"Type": "Parallel", "Next": "After", "Branches": [
                  {"StartAt": "In", "States": {"In": {"Type": "Pass", "Assign": {"inner": 2}, "OutputPath": "$outer", "End": true}}}]},
                "After": {"Type": "Pass", "OutputPath": "$inner", "End": true}""");
        assertReports(json, ValidationCode.UNASSIGNED_VARIABLE, "$inner");
        assertEquals(1, Checks.validate(json).stream().filter(d -> d.code().equals("UNASSIGNED_VARIABLE")).count());
    }

    @Test
    void own_assignment_is_not_visible_to_the_same_state() {
        String json = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", "
                + "\"Assign\": {\"x\": 1}, \"Output\": \"{% $x %}\", \"End\": true}}}";
        assertReports(json, ValidationCode.UNASSIGNED_VARIABLE, "$x");
    }

    @Test
    void jsonata_reference_is_located_inside_the_expression() {
        String json = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", "
                + "\"Output\": \"{% $states.input.a + $bonus %}\", \"End\": true}}}";
        Diagnostic d = assertReports(json, ValidationCode.UNASSIGNED_VARIABLE, "$bonus");
        assertEquals(6, d.span().length());
    }

    @Test
    void invalid_variable_names_are_reported_at_the_key() {
        String json = workflow("A", "\"A\": {\"Type\": \"Pass\", \"Assign\": {\"1st\": 1, \"ok_name\": 2, \"has-dash\": 3, \"states\": 4}, \"End\": true}");
        assertReports(json, ValidationCode.INVALID_VARIABLE_NAME, "\"1st\"");
        assertReports(json, ValidationCode.INVALID_VARIABLE_NAME, "\"has-dash\"");
        assertReports(json, ValidationCode.INVALID_VARIABLE_NAME, "\"states\"");
        assertEquals(3, Checks.validate(json).stream().filter(d -> d.code().equals("INVALID_VARIABLE_NAME")).count());
    }
}

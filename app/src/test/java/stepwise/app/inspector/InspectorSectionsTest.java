package stepwise.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.model.asl.ComparisonOperator;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.StateType;

/** One edit per section: the exact text it changes (and nothing else), and undo giving the text back. */
class InspectorSectionsTest extends InspectorTestBase {

    private void click(String id) {
        javafx.scene.Node node = h.node(robot, id);
        robot.interact(() -> {
            if (node instanceof ToggleButton t) {
                t.fire();
            } else if (node instanceof Button b) {
                b.fire();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- Task

    @Test
    void integration_pattern_switches_the_resource_suffix(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        click("pattern:CALLBACK");
        assertChanged(ORDERS, List.of("-\"Resource\": \"arn:aws:states:::lambda:invoke\",",
                "+\"Resource\": \"arn:aws:states:::lambda:invoke.waitForTaskToken\","));
    }

    @Test
    void integration_pattern_is_off_for_a_lambda_function_arn(FxRobot robot) {
        open(robot, ORDERS.replace("arn:aws:states:::lambda:invoke", "arn:aws:lambda:eu-west-1:123456789012:function:charge"),
                "/States/Charge card");
        ToggleButton callback = h.node(robot, "pattern:CALLBACK");
        assertTrue(callback.getParent().isDisabled() || callback.isDisabled());
    }

    @Test
    void timeout_switches_to_a_path_once_a_path_is_given(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        click("pick:TimeoutSecondsPath");
        assertEquals(ORDERS, h.text(), "30 is not a path: nothing is written yet");
        assertNotNull(h.field("field:/TimeoutSeconds").message());
        enter("field:/TimeoutSeconds", "$.limits.timeout");
        assertChanged(ORDERS, List.of("-\"TimeoutSeconds\": 30,", "+\"TimeoutSecondsPath\": \"$.limits.timeout\","));
    }

    @Test
    void a_field_label_explains_the_field_with_the_line_of_the_field_table(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        Label resource = robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getStyleClass().contains("field-label")
                && "Resource".equals(l.getText())).queryAs(Label.class);
        assertNotNull(resource.getTooltip());
        assertEquals(FieldCatalog.of(StateType.TASK).doc("Resource"), resource.getTooltip().getText());
    }

    @Test
    void heartbeat_is_added_to_the_state(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/HeartbeatSeconds", "10");
        assertChanged(ORDERS, List.of("-\"Next\": \"Ship items\"", "+\"Next\": \"Ship items\",", "+\"HeartbeatSeconds\": 10"));
    }

    @Test
    void a_heartbeat_longer_than_the_timeout_is_refused(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/HeartbeatSeconds", "60");
        String problem = h.field("field:/HeartbeatSeconds").problem();
        assertNotNull(problem);
        assertTrue(problem.contains("HeartbeatSeconds"), problem);
        assertEquals(ORDERS, h.text());
    }

    // ---- Retry and Catch tables

    @Test
    void retry_cell_edit_sets_that_field_only(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/Retry/0/MaxAttempts", "6");
        assertChanged(ORDERS, List.of("-\"MaxAttempts\": 4,", "+\"MaxAttempts\": 6,"));
    }

    @Test
    void retry_errors_are_written_as_a_list_on_one_line(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/Retry/1/ErrorEquals", "States.Timeout, States.TaskFailed");
        assertChanged(ORDERS, List.of("-\"ErrorEquals\": [\"States.Timeout\"],", "+\"ErrorEquals\": [\"States.Timeout\", \"States.TaskFailed\"],"));
    }

    @Test
    void retry_errors_cannot_be_emptied(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        enter("field:/Retry/1/ErrorEquals", "");
        assertEquals("A retrier needs at least one error name", h.field("field:/Retry/1/ErrorEquals").problem());
        assertEquals(ORDERS, h.text());
    }

    @Test
    void jitter_pick_commits_at_once(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        pick("field:/Retry/0/JitterStrategy", "NONE");
        assertChanged(ORDERS, List.of("-\"JitterStrategy\": \"FULL\"", "+\"JitterStrategy\": \"NONE\""));
    }

    @Test
    void retry_row_is_removed_from_its_menu(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        choose("rowmenu:Retry/1", "Remove");
        assertChanged(ORDERS, List.of("-},", "-{", "-\"ErrorEquals\": [\"States.Timeout\"],", "-\"MaxAttempts\": 1"));
        assertEquals(2, ((RetrySection) section("Retry")).fields().size() / 6);
    }

    @Test
    void new_retrier_is_added_from_the_line_under_the_table(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        RetrySection retry = (RetrySection) section("Retry");
        robot.interact(() -> {
            retry.newErrors().setText("States.TaskFailed");
            retry.newErrors().fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(ORDERS, List.of("+},", "+{", "+\"ErrorEquals\": [", "+\"States.TaskFailed\"", "+]"));
        assertEquals("", retry.newErrors().getText());
    }

    @Test
    void catch_rows_move_keeping_their_text(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        choose("rowmenu:Catch/0", "Move down");
        String after = h.text();
        assertTrue(after.indexOf("[\"States.ALL\"]") < after.indexOf("[\"CardDeclined\"]"), after);
        assertEquals(ORDERS.length(), after.length(), "the same entries, only their places swapped");
        undo();
        assertEquals(ORDERS, h.text());
    }

    @Test
    void catch_next_is_picked_from_the_states(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        pick("field:/Catch/0/Next", "Done");
        assertChanged(ORDERS, List.of("-\"Next\": \"Reject\"", "+\"Next\": \"Done\""));
    }

    @Test
    void new_catcher_goes_before_the_catch_all(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        CatchSection c = (CatchSection) section("Catch");
        robot.interact(() -> {
            c.newErrors().setText("States.Timeout");
            c.newTarget().setValue("Done");
            c.newErrors().fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(ORDERS, List.of("+\"ErrorEquals\": [", "+\"States.Timeout\"", "+],", "+\"Next\": \"Done\"", "+},", "+{"));
    }

    @Test
    void going_through_a_picker_list_makes_one_step(FxRobot robot) {
        open(robot, ORDERS, "/States/Charge card");
        @SuppressWarnings("unchecked")
        ComboBox<String> next = (ComboBox<String>) h.field("field:/Next").control();
        robot.interact(() -> {
            next.show();
            next.setValue("Done");
            next.setValue("Reject");
            next.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(ORDERS, List.of("-\"Next\": \"Ship items\"", "+\"Next\": \"Reject\""));
    }

    @Test
    void a_jsonata_catcher_gets_an_assign_from_its_menu(FxRobot robot) {
        open(robot, SIGNUP, "/States/Create account");
        javafx.scene.Node assign = h.field("field:/Catch/0/Assign").control();
        assertTrue(isShown(h.field("field:/Catch/0/Output").control()), "a catcher's Output shows when it has one");
        assertTrue(!isShown(assign), "an empty Assign stays out of the way");
        choose("rowmenu:Catch/0", "Edit Output and Assign");
        assertTrue(assign.getParent() != null && isShown(assign), "the Assign field shows after the menu asks for it");
        typeInto("field:/Catch/0/Assign", "{\"failed\": true}");
        robot.interact(() -> input("field:/Comment").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(SIGNUP, List.of("-{\"ErrorEquals\": [\"States.ALL\"], \"Output\": \"{% $states.errorOutput %}\", \"Next\": \"Report\"}",
                "+{\"ErrorEquals\": [\"States.ALL\"], \"Output\": \"{% $states.errorOutput %}\", \"Next\": \"Report\", \"Assign\": {\"failed\": true}}"));
    }

    private static boolean isShown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    // ---- Choice

    @Test
    void operator_change_keeps_a_value_that_fits(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        ComboBox<ComparisonOperator> op = h.node(robot, "operator:/Choices/0/And/0");
        robot.interact(() -> op.setValue(ComparisonOperator.NumericGreaterThanEquals));
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(ORDERS, List.of("-{\"Variable\": \"$.order.total\", \"NumericGreaterThan\": 0},",
                "+{\"Variable\": \"$.order.total\", \"NumericGreaterThanEquals\": 0},"));
    }

    @Test
    void operator_change_to_another_kind_waits_for_a_value(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        ComboBox<ComparisonOperator> op = h.node(robot, "operator:/Choices/0/And/1/Or/1/Not");
        robot.interact(() -> op.setValue(ComparisonOperator.NumericEquals));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ORDERS, h.text(), "\"AQ\" is not a number: nothing is written yet");
        enter("field:/Choices/0/And/1/Or/1/Not/StringEquals", "5");
        assertChanged(ORDERS, List.of("-{\"Not\": {\"Variable\": \"$.order.country\", \"StringEquals\": \"AQ\"}}",
                "+{\"Not\": {\"Variable\": \"$.order.country\", \"NumericEquals\": 5}}"));
    }

    @Test
    void comparison_variable_must_be_a_path(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        enter("field:/Choices/1/Variable", "order.items");
        assertNotNull(h.field("field:/Choices/1/Variable").problem());
        assertEquals(ORDERS, h.text());
        enter("field:/Choices/1/Variable", "$.order.lines");
        assertChanged(ORDERS, List.of("-\"Variable\": \"$.order.items\",", "+\"Variable\": \"$.order.lines\","));
    }

    @Test
    void boolean_operand_is_picked(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        pick("field:/Choices/1/IsPresent", "true");
        assertChanged(ORDERS, List.of("-\"IsPresent\": false,", "+\"IsPresent\": true,"));
    }

    @Test
    void a_rule_is_wrapped_in_not_in_place(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        choose("condmenu:/Choices/1", "Wrap in Not");
        assertChanged(ORDERS, List.of("-\"Variable\": \"$.order.items\",", "-\"IsPresent\": false,", "+\"Not\": {",
                "+\"Variable\": \"$.order.items\",", "+\"IsPresent\": false", "+},"));
    }

    @Test
    void a_nested_not_is_removed_on_its_line(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        choose("condmenu:/Choices/0/And/1/Or/1", "Remove Not");
        assertChanged(ORDERS, List.of("-{\"Not\": {\"Variable\": \"$.order.country\", \"StringEquals\": \"AQ\"}}",
                "+{\"Variable\": \"$.order.country\", \"StringEquals\": \"AQ\"}"));
    }

    @Test
    void and_becomes_or_by_its_key_alone(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        ComboBox<String> group = h.node(robot, "group:/Choices/0");
        robot.interact(() -> group.setValue("Or"));
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(ORDERS, List.of("-\"And\": [", "+\"Or\": ["));
    }

    @Test
    void a_condition_is_added_to_a_group(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        click("addcondition:/Choices/0/And/1");
        assertChanged(ORDERS, List.of("-{\"Not\": {\"Variable\": \"$.order.country\", \"StringEquals\": \"AQ\"}}",
                "+{\"Not\": {\"Variable\": \"$.order.country\", \"StringEquals\": \"AQ\"}},", "+{\"Variable\": \"$\", \"IsPresent\": true}"));
    }

    @Test
    void a_condition_is_removed_from_its_group(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        choose("condmenu:/Choices/0/And/1/Or/0", "Remove condition");
        assertChanged(ORDERS, List.of("-{\"Variable\": \"$.order.express\", \"BooleanEquals\": true},"));
    }

    @Test
    void a_rule_is_added_with_the_state_it_leads_to(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        ChoiceSection choice = (ChoiceSection) section("Choice rules");
        click("addrule");
        robot.interact(() -> choice.newTarget().setValue("Done"));
        Button add = robot.lookup(".button").match((Button b) -> "Add".equals(b.getText())).query();
        robot.interact(add::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(ORDERS, List.of("+},", "+{", "+\"Variable\": \"$\",", "+\"IsPresent\": true,", "+\"Next\": \"Done\""));
    }

    @Test
    void rules_move_down_keeping_their_text(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        choose("rulemenu:1", "Move up");
        String after = h.text();
        assertTrue(after.indexOf("\"$.order.items\"") < after.indexOf("\"$.order.total\""), after);
        undo();
        assertEquals(ORDERS, h.text());
    }

    @Test
    void default_none_removes_it(FxRobot robot) {
        open(robot, ORDERS, "/States/Check stock");
        pick("field:/Default", TargetBinding.NONE);
        assertChanged(ORDERS, List.of("-],", "-\"Default\": \"Wait for stock\"", "+]"));
    }

    @Test
    void jsonata_condition_is_edited_as_an_expression(FxRobot robot) {
        open(robot, SIGNUP, "/States/Paid plan?");
        enter("field:/Choices/0/Condition", "{% $plan = 'pro' %}");
        assertChanged(SIGNUP, List.of("-{\"Condition\": \"{% $plan != 'free' %}\", \"Next\": \"Send invoice\"}",
                "+{\"Condition\": \"{% $plan = 'pro' %}\", \"Next\": \"Send invoice\"}"));
    }

    @Test
    void a_jsonata_condition_that_does_not_parse_is_refused(FxRobot robot) {
        open(robot, SIGNUP, "/States/Paid plan?");
        enter("field:/Choices/0/Condition", "{% $plan = %}");
        assertNotNull(h.field("field:/Choices/0/Condition").problem());
        assertEquals(SIGNUP, h.text());
    }

    // ---- Wait

    @Test
    void wait_switches_mode_once_a_value_for_it_is_given(FxRobot robot) {
        open(robot, ORDERS, "/States/Wait for stock");
        click("pick:Seconds");
        assertEquals(ORDERS, h.text());
        enter("field:/Seconds", "300");
        assertChanged(ORDERS, List.of("-\"TimestampPath\": \"$.restockAt\",", "+\"Seconds\": 300,"));
    }

    @Test
    void wait_timestamp_must_be_rfc_3339(FxRobot robot) {
        open(robot, ORDERS, "/States/Wait for stock");
        click("pick:Timestamp");
        enter("field:/Seconds", "next tuesday");
        assertNotNull(h.field("field:/Seconds").problem());
        assertEquals(ORDERS, h.text());
        enter("field:/Seconds", "2025-03-14T01:59:00Z");
        assertChanged(ORDERS, List.of("-\"TimestampPath\": \"$.restockAt\",", "+\"Timestamp\": \"2025-03-14T01:59:00Z\","));
    }

    // ---- Map and Parallel

    @Test
    void map_concurrency_is_set(FxRobot robot) {
        open(robot, ORDERS, "/States/Ship items");
        enter("field:/MaxConcurrency", "10");
        assertChanged(ORDERS, List.of("-\"MaxConcurrency\": 5,", "+\"MaxConcurrency\": 10,"));
    }

    @Test
    void map_processing_mode_is_picked(FxRobot robot) {
        open(robot, ORDERS, "/States/Ship items");
        pick("field:/ItemProcessor/ProcessorConfig/Mode", "INLINE");
        assertChanged(ORDERS, List.of("-\"Mode\": \"DISTRIBUTED\",", "+\"Mode\": \"INLINE\","));
    }

    @Test
    void map_item_selector_takes_json(FxRobot robot) {
        open(robot, ORDERS, "/States/Ship items");
        typeInto("field:/ItemSelector", "{\"sku.$\": \"$$.Map.Item.Value.sku\"}");
        robot.interact(() -> input("field:/ItemsPath").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(ORDERS, List.of("-\"sku.$\": \"$$.Map.Item.Value.sku\",", "-\"orderId.$\": \"$.order.id\"",
                "+\"sku.$\": \"$$.Map.Item.Value.sku\""));
    }

    @Test
    void parallel_gets_a_branch(FxRobot robot) {
        String text = """
                {
                  "StartAt": "Both",
                  "States": {
                    "Both": {
                      "Type": "Parallel",
                      "Branches": [
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}
                      ],
                      "End": true
                    }
                  }
                }
                """;
        open(robot, text, "/States/Both");
        click("addbranch");
        assertChanged(text, List.of("-{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}",
                "+{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}},",
                "+{\"StartAt\": \"Branch 2\", \"States\": {\"Branch 2\": {\"Type\": \"Pass\", \"End\": true}}}"));
    }

    // ---- Fail, JSONata, Assign

    @Test
    void fail_cause_path_is_edited(FxRobot robot) {
        open(robot, ORDERS, "/States/Reject");
        enter("field:/Cause", "$.error.Message");
        assertChanged(ORDERS, List.of("-\"CausePath\": \"$.error.Cause\"", "+\"CausePath\": \"$.error.Message\""));
    }

    @Test
    void jsonata_output_takes_a_bare_expression(FxRobot robot) {
        open(robot, SIGNUP, "/States/Create account");
        typeInto("field:/Output", "{% $states.input %}");
        robot.interact(() -> input("field:/Comment").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(SIGNUP, List.of("-\"Output\": \"{% $merge([$states.input, {'created': true}]) %}\",",
                "+\"Output\": \"{% $states.input %}\","));
    }

    @Test
    void jsonata_state_shows_no_jsonpath_fields(FxRobot robot) {
        open(robot, SIGNUP, "/States/Create account");
        List<String> ids = h.inspector.fields().stream().map(FieldBinding::id).toList();
        assertTrue(ids.contains("field:/Arguments") && ids.contains("field:/Output") && ids.contains("field:/Assign"), ids.toString());
        assertTrue(ids.stream().noneMatch(i -> i.endsWith("/Parameters") || i.endsWith("/ResultPath") || i.endsWith("/InputPath")),
                ids.toString());
    }

    @Test
    void assign_is_edited_as_json(FxRobot robot) {
        open(robot, SIGNUP, "/States/Create account");
        typeInto("field:/Assign", "{\"email\": \"{% $states.input.email %}\"}");
        robot.interact(() -> input("field:/Comment").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertChanged(SIGNUP, List.of("-\"email\": \"{% $states.input.email %}\",", "-\"plan\": \"{% $states.input.plan %}\"",
                "+\"email\": \"{% $states.input.email %}\""));
    }

    @Test
    void an_assign_name_that_is_not_a_variable_is_refused(FxRobot robot) {
        open(robot, SIGNUP, "/States/Create account");
        typeInto("field:/Assign", "{\"my email\": \"{% $states.input.email %}\"}");
        robot.interact(() -> input("field:/Comment").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(h.field("field:/Assign").problem());
        assertEquals(SIGNUP, h.text());
    }

    private InspectorSection section(String title) {
        return h.inspector.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }
}

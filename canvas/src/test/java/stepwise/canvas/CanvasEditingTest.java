package stepwise.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.PlacedLane;
import stepwise.canvas.layout.Point;

/**
 * The editing gestures, end to end on a canvas with its palette: each changes the JSON as the user
 * expects, exactly, and one undo gives back the exact text.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasEditingTest {
    private static final String ORDER = Workflows.text("order");
    private static final String NESTED = Workflows.text("nested");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private CanvasFixture open(FxRobot robot, String workflow) {
        CanvasFixture f = new CanvasFixture(robot, stage, Workflows.document(workflow), 1200, 800, true);
        robot.interact(() -> f.canvas.fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        return f;
    }

    private static Point2D center(javafx.scene.Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** The screen point halfway along the first segment of a drawn edge. */
    private static Point2D onEdge(CanvasFixture f, String edgeId) {
        PlacedEdge e = f.canvas.getLayout().edge(edgeId);
        Point a = e.points().get(0);
        Point b = e.points().get(1);
        return f.screen((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private static Point2D port(CanvasFixture f, String stateId) {
        Box b = f.canvas.getLayout().state(stateId).box();
        return f.screen(b.centerX(), b.maxY());
    }

    private static Point2D inside(CanvasFixture f, String stateId) {
        Box b = f.canvas.getLayout().state(stateId).box();
        return f.screen(b.x() + 60, b.y() + 20);
    }

    /** {@code text} with its one occurrence of {@code from} replaced by {@code to}. */
    private static String once(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "exactly one " + from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** Clicks a kind of transition in the menu that connecting opens. */
    private static void choose(FxRobot robot, String kind) {
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText().equals(kind)
                && l.getStyleClass().contains("kind")).queryAs(javafx.scene.control.Label.class));
    }

    private static void undoRedo(FxRobot robot, CanvasFixture f, String before, String after) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(before, f.session.text(), "one undo gives back the exact text");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(after, f.session.text(), "redo makes it again");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(after, f.session.text(), "Ctrl+Y redoes too");
    }

    // ---- the palette

    @Test
    void dragging_a_pass_from_the_palette_onto_a_line_inserts_it_there(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.drag(center(f.palette.entry("pass")), MouseButton.PRIMARY).moveTo(onEdge(f, "/States/ValidateOrder#next")).drop();
        f.laidOut();
        String expected = once(ORDER, """
                      "Next": "IsInStock"
                    },
                    "IsInStock": {
                """, """
                      "Next": "Pass"
                    },
                    "Pass": {
                      "Type": "Pass",
                      "Next": "IsInStock"
                    },
                    "IsInStock": {
                """);
        assertEquals(expected, f.session.text());
        assertEquals(List.of("/States/Pass"), f.selection.getSelected(), "the new state is selected");
        WaitForAsyncUtils.waitForFxEvents();
        WorkflowCanvasSkin skin = (WorkflowCanvasSkin) f.canvas.getSkin();
        assertTrue(skin.renaming().isOpen(), "and ready to rename");
        robot.type(KeyCode.ESCAPE);
        assertFalse(skin.renaming().isOpen());
        undoRedo(robot, f, ORDER, expected);
    }

    @Test
    void a_dropped_state_is_named_as_typed(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.drag(center(f.palette.entry("wait")), MouseButton.PRIMARY).moveTo(onEdge(f, "/States/ReserveItems#next")).drop();
        f.laidOut();
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Cool down").type(KeyCode.ENTER);
        f.laidOut();
        assertEquals(ORDER.replace("""
                      "Next": "NotifyCustomer"
                    },
                """, """
                      "Next": "Cool down"
                    },
                    "Cool down": {
                      "Type": "Wait",
                      "Seconds": 5,
                      "Next": "NotifyCustomer"
                    },
                """), f.session.text());
        assertEquals(List.of("/States/Cool down"), f.selection.getSelected());
        assertTrue(f.canvas.isFocused(), "Enter hands the keys back to the canvas");
    }

    @Test
    void dropping_into_a_parallel_branch_adds_the_state_inside(FxRobot robot) {
        CanvasFixture f = open(robot, "nested");
        PlacedLane lane = f.canvas.getLayout().lane("/States/ProcessInParallel/Branches/1");
        Point2D corner = f.screen(lane.box().maxX() - 10, lane.box().maxY() - 10);
        robot.drag(center(f.palette.entry("pass")), MouseButton.PRIMARY).moveTo(corner);
        assertTrue(f.canvas.diagram().stateView("/States/ProcessInParallel") instanceof stepwise.canvas.view.ContainerView c
                && c.lane("/States/ProcessInParallel/Branches/1").getPseudoClassStates().toString().contains("drop-target"),
                "the branch is lit while the state is over it");
        robot.drop();
        f.laidOut();
        assertEquals(NESTED.replace("""
                            "NoOrders": {"Type": "Succeed"}
                """, """
                            "NoOrders": {"Type": "Succeed"},
                            "Pass": {
                              "Type": "Pass",
                              "End": true
                            }
                """), f.session.text());
        assertEquals(List.of("/States/ProcessInParallel/Branches/1/States/Pass"), f.selection.getSelected());
        robot.type(KeyCode.ESCAPE);
        undoRedo(robot, f, NESTED, f.session.text());
    }

    @Test
    void a_state_dropped_on_empty_space_stays_where_it_was_dropped_and_one_undo_takes_back_both(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        Box all = f.canvas.getLayout().bounds();
        double x = all.x() + 8;
        double y = all.maxY() - 8;
        robot.drag(center(f.palette.entry("sns-publish")), MouseButton.PRIMARY).moveTo(f.screen(x, y)).drop();
        f.laidOut();
        robot.type(KeyCode.ESCAPE);
        String id = "/States/Publish message";
        Box placed = f.canvas.getLayout().state(id).box();
        double offset = 14 / f.canvas.viewport().getZoom();
        assertEquals(x + offset, placed.x(), 1.5, "left edge where the dragged picture's was");
        assertEquals(y + offset, placed.y(), 1.5, "top edge where the dragged picture's was");
        assertTrue(f.canvas.pinsProperty().get().isPinned(id));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        f.laidOut();
        assertEquals(ORDER, f.session.text(), "one undo takes the state away");
        assertFalse(f.canvas.pinsProperty().get().isPinned(id), "and its pin");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        f.laidOut();
        assertEquals(x + offset, f.canvas.getLayout().state(id).box().x(), 1.5, "redo puts it back where it was dropped");
    }

    @Test
    void dropping_on_empty_space_adds_an_unconnected_state_with_a_free_name(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        Box all = f.canvas.getLayout().bounds();
        for (int i = 0; i < 2; i++) {
            robot.drag(center(f.palette.entry("sns-publish")), MouseButton.PRIMARY).moveTo(f.screen(all.x() + 8, all.maxY() - 8)).drop();
            f.laidOut();
            robot.type(KeyCode.ESCAPE);
        }
        assertEquals(ORDER.replace("""
                      "Cause": "The order could not be taken"
                    }
                """, """
                      "Cause": "The order could not be taken"
                    },
                    "Publish message": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::sns:publish",
                      "Parameters": {
                        "TopicArn": "arn:aws:sns:us-east-1:123456789012:my-topic",
                        "Message.$": "$"
                      },
                      "End": true
                    },
                    "Publish message 2": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::sns:publish",
                      "Parameters": {
                        "TopicArn": "arn:aws:sns:us-east-1:123456789012:my-topic",
                        "Message.$": "$"
                      },
                      "End": true
                    }
                """), f.session.text());
    }

    @Test
    void a_state_cannot_be_dropped_on_another_state(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.drag(center(f.palette.entry("pass")), MouseButton.PRIMARY).moveTo(inside(f, "/States/NotifyCustomer")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ORDER, f.session.text());
        assertFalse(f.session.canUndo());
    }

    @Test
    void double_clicking_a_palette_entry_adds_the_state_after_the_selected_one(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(inside(f, "/States/NotifyCustomer"));
        robot.doubleClickOn(center(f.palette.entry("pass")));
        f.laidOut();
        assertEquals(once(ORDER, """
                      "Next": "OrderTaken"
                    },
                """, """
                      "Next": "Pass"
                    },
                    "Pass": {
                      "Type": "Pass",
                      "Next": "OrderTaken"
                    },
                """), f.session.text());
    }

    @Test
    void connecting_to_a_state_of_another_branch_says_why_nothing_happens(FxRobot robot) {
        CanvasFixture f = open(robot, "nested");
        String from = "/States/ProcessInParallel/Branches/1/States/Cooldown";
        String other = "/States/ProcessInParallel/Branches/0/States/LoadCatalogue";
        robot.drag(port(f, from), MouseButton.PRIMARY).moveTo(inside(f, other)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NESTED, f.session.text());
        assertTrue(f.canvas.noticeProperty().get().startsWith("A transition stays within its branch"), f.canvas.noticeProperty().get());
    }

    @Test
    void the_search_box_narrows_the_palette(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(f.palette.searchField()).write("dynamo");
        assertEquals(List.of("dynamodb-get", "dynamodb-put"), f.palette.shown().stream().map(t -> t.id()).toList());
        robot.eraseText(6).write("loop");
        assertEquals(List.of("map"), f.palette.shown().stream().map(t -> t.id()).toList());
    }

    // ---- ports and transitions

    @Test
    void connecting_a_task_asks_between_next_and_a_catch(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.drag(port(f, "/States/NotifyCustomer"), MouseButton.PRIMARY).moveTo(inside(f, "/States/RejectOrder")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "Next");
        String next = ORDER.replace("""
                      "Next": "OrderTaken"
                """, """
                      "Next": "RejectOrder"
                """);
        assertEquals(next, f.session.text());
        undoRedo(robot, f, ORDER, next);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        f.laidOut();

        robot.drag(port(f, "/States/NotifyCustomer"), MouseButton.PRIMARY).moveTo(inside(f, "/States/RejectOrder")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "Catch errors");
        String caught = ORDER.replace("""
                      "Parameters": {"TopicArn": "arn:aws:sns:eu-west-1:111122223333:orders", "Message.$": "$.summary"},
                      "Next": "OrderTaken"
                """, """
                      "Parameters": {"TopicArn": "arn:aws:sns:eu-west-1:111122223333:orders", "Message.$": "$.summary"},
                      "Catch": [
                        {
                          "ErrorEquals": [
                            "States.ALL"
                          ],
                          "Next": "RejectOrder"
                        }
                      ],
                      "Next": "OrderTaken"
                """);
        assertEquals(caught, f.session.text());
        undoRedo(robot, f, ORDER, caught);
    }

    @Test
    void connecting_a_choice_adds_a_rule_or_sets_its_default(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.drag(port(f, "/States/IsInStock"), MouseButton.PRIMARY).moveTo(inside(f, "/States/OrderTaken")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "New choice rule");
        String rule = ORDER.replace("""
                        {"And": [{"Variable": "$.backorder", "IsPresent": true}, {"Variable": "$.backorder", "BooleanEquals": true}], "Next": "WaitForStock"}
                """, """
                        {"And": [{"Variable": "$.backorder", "IsPresent": true}, {"Variable": "$.backorder", "BooleanEquals": true}], "Next": "WaitForStock"},
                        {"Variable": "$.value", "NumericGreaterThan": 0, "Next": "OrderTaken"}
                """);
        assertEquals(rule, f.session.text());
        undoRedo(robot, f, ORDER, rule);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        f.laidOut();

        robot.drag(port(f, "/States/IsInStock"), MouseButton.PRIMARY).moveTo(inside(f, "/States/OrderTaken")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "Default");
        String defaulted = ORDER.replace("\"Default\": \"RejectOrder\"", "\"Default\": \"OrderTaken\"");
        assertEquals(defaulted, f.session.text());
        undoRedo(robot, f, ORDER, defaulted);
    }

    @Test
    void connecting_a_wait_sets_its_next_at_once(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.drag(port(f, "/States/WaitForStock"), MouseButton.PRIMARY).moveTo(inside(f, "/States/RejectOrder")).drop();
        f.laidOut();
        String after = ORDER.replace("""
                      "Seconds": 86400,
                      "Next": "IsInStock"
                """, """
                      "Seconds": 86400,
                      "Next": "RejectOrder"
                """);
        assertEquals(after, f.session.text());
        undoRedo(robot, f, ORDER, after);
    }

    @Test
    void dragging_the_end_of_a_transition_reconnects_it(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        PlacedEdge e = f.canvas.getLayout().edge("/States/ReserveItems#next");
        Point tip = e.points().get(e.points().size() - 1);
        robot.drag(f.screen(tip.x(), tip.y() - 2), MouseButton.PRIMARY).moveTo(inside(f, "/States/OrderTaken")).drop();
        f.laidOut();
        String after = ORDER.replace("""
                      "Parameters": {"TableName": "stock", "Key": {"sku": {"S.$": "$.sku"}}},
                      "Next": "NotifyCustomer"
                """, """
                      "Parameters": {"TableName": "stock", "Key": {"sku": {"S.$": "$.sku"}}},
                      "Next": "OrderTaken"
                """);
        assertEquals(after, f.session.text());
        assertEquals("Reconnect ReserveItems to OrderTaken", f.session.undoDescription());
        undoRedo(robot, f, ORDER, after);
    }

    @Test
    void dragging_the_end_of_a_choice_rule_keeps_its_condition(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        PlacedEdge e = f.canvas.getLayout().edge("/States/IsInStock#choice/0");
        Point tip = e.points().get(e.points().size() - 1);
        robot.drag(f.screen(tip.x(), tip.y() - 2), MouseButton.PRIMARY).moveTo(inside(f, "/States/NotifyCustomer")).drop();
        f.laidOut();
        String after = ORDER.replace("\"BooleanEquals\": true, \"Next\": \"ReserveItems\"", "\"BooleanEquals\": true, \"Next\": \"NotifyCustomer\"");
        assertEquals(after, f.session.text());
        undoRedo(robot, f, ORDER, after);
    }

    // ---- the selection

    @Test
    void delete_relinks_what_led_to_the_state(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(inside(f, "/States/ReserveItems")).type(KeyCode.DELETE);
        String after = ORDER.replace("\"BooleanEquals\": true, \"Next\": \"ReserveItems\"", "\"BooleanEquals\": true, \"Next\": \"NotifyCustomer\"")
                .replace("""
                    "ReserveItems": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::dynamodb:updateItem",
                      "Parameters": {"TableName": "stock", "Key": {"sku": {"S.$": "$.sku"}}},
                      "Next": "NotifyCustomer"
                    },
                """, "");
        assertEquals(after, f.session.text());
        undoRedo(robot, f, ORDER, after);
    }

    @Test
    void deleting_several_states_is_one_undo_step(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(inside(f, "/States/ReserveItems"));
        robot.press(KeyCode.SHIFT).clickOn(inside(f, "/States/NotifyCustomer")).release(KeyCode.SHIFT);
        robot.type(KeyCode.BACK_SPACE);
        String after = ORDER.replace("\"BooleanEquals\": true, \"Next\": \"ReserveItems\"", "\"BooleanEquals\": true, \"Next\": \"OrderTaken\"")
                .replace("""
                    "ReserveItems": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::dynamodb:updateItem",
                      "Parameters": {"TableName": "stock", "Key": {"sku": {"S.$": "$.sku"}}},
                      "Next": "NotifyCustomer"
                    },
                    "NotifyCustomer": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::sns:publish",
                      "Parameters": {"TopicArn": "arn:aws:sns:eu-west-1:111122223333:orders", "Message.$": "$.summary"},
                      "Next": "OrderTaken"
                    },
                """, "");
        assertEquals(after, f.session.text());
        assertEquals("Delete 2 states", f.session.undoDescription());
        undoRedo(robot, f, ORDER, after);
    }

    @Test
    void f2_renames_in_place_and_every_reference_follows(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(inside(f, "/States/WaitForStock")).type(KeyCode.F2);
        robot.write("Wait a day").type(KeyCode.ENTER);
        String after = ORDER.replace("\"WaitForStock\"", "\"Wait a day\"");
        assertEquals(after, f.session.text());
        assertEquals(List.of("/States/Wait a day"), f.selection.getSelected());
        undoRedo(robot, f, ORDER, after);
    }

    @Test
    void a_taken_name_keeps_the_field_open_with_what_was_typed(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(inside(f, "/States/WaitForStock")).type(KeyCode.F2);
        robot.write("OrderTaken").type(KeyCode.ENTER);
        WorkflowCanvasSkin skin = (WorkflowCanvasSkin) f.canvas.getSkin();
        assertTrue(skin.renaming().isOpen());
        assertEquals("OrderTaken", skin.renaming().field().getText());
        assertTrue(f.canvas.noticeProperty().get().contains("exists already"), f.canvas.noticeProperty().get());
        assertEquals(ORDER, f.session.text());
    }

    @Test
    void duplicate_puts_a_copy_next_to_the_state_and_selects_it(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(inside(f, "/States/WaitForStock"));
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        String after = once(ORDER, """
                      "Next": "IsInStock"
                    },
                    "ReserveItems": {
                """, """
                      "Next": "IsInStock"
                    },
                    "WaitForStock 2": {
                      "Type": "Wait",
                      "Seconds": 86400,
                      "Next": "IsInStock"
                    },
                    "ReserveItems": {
                """);
        assertEquals(after, f.session.text());
        assertEquals(List.of("/States/WaitForStock 2"), f.selection.getSelected());
        undoRedo(robot, f, ORDER, after);
    }

    @Test
    void cut_and_paste_move_states_into_another_workflow_with_free_names(FxRobot robot) {
        CanvasFixture from = open(robot, "order");
        CanvasFixture into = secondWindow(robot);
        focus(robot, from);
        robot.interact(() -> from.selection.select(List.of("/States/ReserveItems", "/States/NotifyCustomer"), "test"));
        robot.press(KeyCode.CONTROL).type(KeyCode.X).release(KeyCode.CONTROL);
        assertEquals("Cut 2 states", from.session.undoDescription());
        assertFalse(from.session.text().contains("\"ReserveItems\""));

        focus(robot, into);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        String pasted = ORDER.replace("""
                      "Cause": "The order could not be taken"
                    }
                """, """
                      "Cause": "The order could not be taken"
                    },
                    "ReserveItems 2": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::dynamodb:updateItem",
                      "Parameters": {
                        "TableName": "stock",
                        "Key": {
                          "sku": {
                            "S.$": "$.sku"
                          }
                        }
                      },
                      "Next": "NotifyCustomer 2"
                    },
                    "NotifyCustomer 2": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::sns:publish",
                      "Parameters": {
                        "TopicArn": "arn:aws:sns:eu-west-1:111122223333:orders",
                        "Message.$": "$.summary"
                      },
                      "Next": "OrderTaken"
                    }
                """);
        assertEquals(pasted, into.session.text());
        assertEquals(List.of("/States/ReserveItems 2", "/States/NotifyCustomer 2"), into.selection.getSelected());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(ORDER, into.session.text());
        focus(robot, from);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(ORDER, from.session.text(), "the cut is undone in one step");
    }

    /** Brings the fixture's window to the front and gives its canvas the keys. */
    private static void focus(FxRobot robot, CanvasFixture f) {
        robot.interact(() -> {
            javafx.stage.Stage window = (javafx.stage.Stage) f.canvas.getScene().getWindow();
            window.toFront();
            window.requestFocus();
            f.canvas.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CanvasFixture secondWindow(FxRobot robot) {
        Stage[] other = new Stage[1];
        robot.interact(() -> other[0] = new Stage());
        return new CanvasFixture(robot, other[0], Workflows.document("order"), 900, 700, false);
    }

    @Test
    void copy_and_paste_within_a_workflow_renames_the_copy(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(inside(f, "/States/OrderTaken"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        String after = once(ORDER, """
                      "Cause": "The order could not be taken"
                    }
                """, """
                      "Cause": "The order could not be taken"
                    },
                    "OrderTaken 2": {
                      "Type": "Succeed"
                    }
                """);
        assertEquals(after, f.session.text());
        assertEquals(List.of("/States/OrderTaken 2"), f.selection.getSelected());
        undoRedo(robot, f, ORDER, after);
    }

    // ---- the context menu

    @Test
    void the_context_menu_of_a_state_deletes_it(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(inside(f, "/States/WaitForStock"), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Delete state");
        assertEquals("Delete state WaitForStock", f.session.undoDescription());
        assertFalse(f.session.text().contains("\"WaitForStock\": {"));
    }

    @Test
    void the_context_menu_of_a_line_removes_the_transition(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.clickOn(onEdge(f, "/States/IsInStock#default"), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Remove Default of IsInStock");
        String after = ORDER.replace("""
                      ],
                      "Default": "RejectOrder"
                """, """
                      ]
                """);
        assertEquals(after, f.session.text());
        undoRedo(robot, f, ORDER, after);
    }

    // ---- moving is undone like any edit

    @Test
    void a_move_is_undone_and_redone_in_one_step(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        Box automatic = f.canvas.getLayout().state("/States/NotifyCustomer").box();
        robot.drag(inside(f, "/States/NotifyCustomer"), MouseButton.PRIMARY).moveBy(140, 40).drop();
        f.laidOut();
        Box moved = f.canvas.getLayout().state("/States/NotifyCustomer").box();
        assertEquals("Move state NotifyCustomer", f.session.undoDescription());
        assertFalse(f.session.isDirty(), "a move is not a change of the workflow's text");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        f.laidOut();
        assertTrue(f.canvas.pinsProperty().get().isEmpty());
        assertEquals(automatic, f.canvas.getLayout().state("/States/NotifyCustomer").box());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        f.laidOut();
        assertEquals(moved, f.canvas.getLayout().state("/States/NotifyCustomer").box());
        assertEquals(ORDER, f.session.text());
    }

    @Test
    void reset_layout_is_undone_in_one_step(FxRobot robot) {
        CanvasFixture f = open(robot, "order");
        robot.drag(inside(f, "/States/NotifyCustomer"), MouseButton.PRIMARY).moveBy(140, 40).drop();
        f.laidOut();
        Box moved = f.canvas.getLayout().state("/States/NotifyCustomer").box();
        robot.interact(() -> f.canvas.resetLayout());
        f.laidOut();
        assertEquals("Reset layout", f.session.undoDescription());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        f.laidOut();
        assertEquals(moved, f.canvas.getLayout().state("/States/NotifyCustomer").box());
        assertNotNull(f.canvas.pinsProperty().get().get("/States/NotifyCustomer"));
    }
}

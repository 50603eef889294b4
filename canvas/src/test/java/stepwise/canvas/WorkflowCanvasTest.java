package stepwise.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.LayoutFile;
import stepwise.canvas.layout.LayoutPins;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.Point;
import stepwise.canvas.view.DiagramView;
import stepwise.canvas.view.EdgeView;
import stepwise.canvas.view.StateView;
import stepwise.model.Diagnostic;
import stepwise.model.edit.TextEdit;
import stepwise.model.json.Span;

@ExtendWith(ApplicationExtension.class)
class WorkflowCanvasTest {
    private static final String VALIDATE = "/States/ValidateOrder";
    private static final String IN_STOCK = "/States/IsInStock";
    private static final String RESERVE = "/States/ReserveItems";
    private static final String NOTIFY = "/States/NotifyCustomer";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private CanvasFixture order(FxRobot robot) {
        CanvasFixture f = new CanvasFixture(robot, stage, Workflows.document("order"), 1100, 760);
        robot.interact(() -> f.canvas.viewport().zoomAt(1, 0, 0));
        robot.interact(() -> f.canvas.fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        return f;
    }

    // ---- selection

    @Test
    void click_on_a_state_selects_it(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.clickOn(f.stateCenter(RESERVE));
        assertEquals(List.of(RESERVE), f.selection.getSelected());
        assertTrue(f.canvas.stateView(RESERVE).isSelected());
        assertEquals(RESERVE, f.selection.getPrimary());
    }

    @Test
    void shift_click_adds_a_state_and_removes_it_again(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.clickOn(f.stateCenter(RESERVE));
        robot.press(KeyCode.SHIFT).clickOn(f.stateCenter(NOTIFY)).release(KeyCode.SHIFT);
        assertEquals(List.of(RESERVE, NOTIFY), f.selection.getSelected());
        robot.press(KeyCode.SHIFT).clickOn(f.stateCenter(RESERVE)).release(KeyCode.SHIFT);
        assertEquals(List.of(NOTIFY), f.selection.getSelected());
        assertFalse(f.canvas.stateView(RESERVE).isSelected());
    }

    @Test
    void click_on_empty_space_clears_the_selection(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.clickOn(f.stateCenter(RESERVE));
        Box b = f.canvas.getLayout().bounds();
        robot.clickOn(f.screen(b.maxX() - 4, b.y() + 4));
        assertTrue(f.selection.getSelected().isEmpty());
    }

    @Test
    void ctrl_drag_on_empty_space_selects_the_states_inside_the_band(FxRobot robot) {
        CanvasFixture f = order(robot);
        Box reserve = f.canvas.getLayout().state(RESERVE).box();
        Box taken = f.canvas.getLayout().state("/States/OrderTaken").box();
        Point2D from = f.screen(reserve.x() - 8, reserve.y() - 8);
        Point2D to = f.screen(taken.maxX() + 8, taken.maxY() + 8);
        robot.press(KeyCode.CONTROL).drag(from, MouseButton.PRIMARY).dropTo(to).release(KeyCode.CONTROL);
        assertEquals(List.of(RESERVE, NOTIFY, "/States/OrderTaken"), f.selection.getSelected());
    }

    @Test
    void shift_drag_adds_the_band_to_the_selection(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.clickOn(f.stateCenter(VALIDATE));
        Box taken = f.canvas.getLayout().state("/States/OrderTaken").box();
        robot.press(KeyCode.SHIFT).drag(f.screen(taken.x() - 8, taken.y() - 8), MouseButton.PRIMARY)
                .dropTo(f.screen(taken.maxX() + 8, taken.maxY() + 8)).release(KeyCode.SHIFT);
        assertEquals(List.of(VALIDATE, "/States/OrderTaken"), f.selection.getSelected());
    }

    @Test
    void a_selection_made_in_another_view_is_shown_and_scrolled_into_view(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.interact(() -> {
            f.canvas.viewport().zoomTo(2);
            f.canvas.viewport().centerOn(f.canvas.getLayout().state(VALIDATE).box());
        });
        robot.interact(() -> f.selection.select("/States/OrderTaken", "editor"));
        assertTrue(f.canvas.stateView("/States/OrderTaken").isSelected());
        Box b = f.canvas.getLayout().state("/States/OrderTaken").box();
        javafx.geometry.Bounds visible = f.canvas.viewport().visibleArea();
        assertTrue(visible.contains(b.x(), b.y()) && visible.contains(b.maxX(), b.maxY()), "revealed: " + visible);
    }

    // ---- moving and pins

    @Test
    void a_drag_moves_only_the_view_until_release(FxRobot robot) {
        CanvasFixture f = order(robot);
        Box before = f.canvas.getLayout().state(RESERVE).box();
        robot.drag(f.stateCenter(RESERVE), MouseButton.PRIMARY).moveBy(60, 30);
        StateView view = f.canvas.stateView(RESERVE);
        assertNotEquals(0.0, view.getTranslateX());
        assertEquals(before, f.canvas.getLayout().state(RESERVE).box(), "the layout waits for the release");
        assertTrue(f.canvas.pinsProperty().get().isEmpty());
        assertEquals(Workflows.text("order"), f.session.text(), "the ASL is never touched by a move");
        robot.drop();
        f.laidOut();
    }

    @Test
    void a_dragged_state_is_pinned_where_it_was_dropped(FxRobot robot) {
        CanvasFixture f = order(robot);
        double zoom = f.canvas.viewport().getZoom();
        Box before = f.canvas.getLayout().state(RESERVE).box();
        robot.drag(f.stateCenter(RESERVE), MouseButton.PRIMARY).moveBy(90, 60).drop();
        f.laidOut();
        Box after = f.canvas.getLayout().state(RESERVE).box();
        assertEquals(before.x() + 90 / zoom, after.x(), 3);
        assertEquals(before.y() + 60 / zoom, after.y(), 3);
        assertTrue(f.canvas.pinsProperty().get().isPinned(RESERVE));
        StateView view = f.canvas.stateView(RESERVE);
        assertEquals(0.0, view.getTranslateX(), "the view stands where the layout puts it");
        assertEquals(after.x(), view.getLayoutX(), 0.01);
        PlacedEdge in = f.canvas.getLayout().edge(IN_STOCK + "#choice/0");
        Point end = in.points().get(in.points().size() - 1);
        assertTrue(after.grow(0.5).contains(end.x(), end.y()), "its edges follow it");
        assertEquals(Workflows.text("order"), f.session.text());
    }

    @Test
    void dragging_a_selection_moves_every_selected_state(FxRobot robot) {
        CanvasFixture f = order(robot);
        double zoom = f.canvas.viewport().getZoom();
        Box reserve = f.canvas.getLayout().state(RESERVE).box();
        Box notify = f.canvas.getLayout().state(NOTIFY).box();
        robot.clickOn(f.stateCenter(RESERVE));
        robot.press(KeyCode.SHIFT).clickOn(f.stateCenter(NOTIFY)).release(KeyCode.SHIFT);
        robot.drag(f.stateCenter(NOTIFY), MouseButton.PRIMARY).moveBy(40, 20).drop();
        f.laidOut();
        assertEquals(reserve.x() + 40 / zoom, f.canvas.getLayout().state(RESERVE).box().x(), 3);
        assertEquals(notify.y() + 20 / zoom, f.canvas.getLayout().state(NOTIFY).box().y(), 3);
        assertEquals(List.of(RESERVE, NOTIFY), f.selection.getSelected());
    }

    @Test
    void reset_layout_unpins_every_state(FxRobot robot) {
        CanvasFixture f = order(robot);
        Box automatic = f.canvas.getLayout().state(RESERVE).box();
        robot.drag(f.stateCenter(RESERVE), MouseButton.PRIMARY).moveBy(80, 80).drop();
        f.laidOut();
        assertNotEquals(automatic, f.canvas.getLayout().state(RESERVE).box());
        robot.interact(() -> f.canvas.resetLayout());
        f.laidOut();
        assertTrue(f.canvas.pinsProperty().get().isEmpty());
        assertEquals(automatic, f.canvas.getLayout().state(RESERVE).box());
    }

    @Test
    void pins_are_kept_in_a_sidecar_file_and_read_back(FxRobot robot, @TempDir Path dir) throws Exception {
        Path workflow = dir.resolve("order.asl.json");
        Files.writeString(workflow, Workflows.text("order"));
        CanvasFixture f = order(robot);
        robot.interact(() -> f.canvas.workflowFileProperty().set(workflow));
        robot.drag(f.stateCenter(NOTIFY), MouseButton.PRIMARY).moveBy(120, 20).drop();
        f.laidOut();
        Path sidecar = dir.resolve("order.stepwise.json");
        assertTrue(Files.exists(sidecar));
        assertEquals(Workflows.text("order"), Files.readString(workflow), "the workflow file is untouched");
        LayoutPins saved = LayoutFile.read(workflow);
        assertEquals(f.canvas.pinsProperty().get().get(NOTIFY), saved.get(NOTIFY));

        CanvasFixture reopened = new CanvasFixture(robot, stage, Workflows.document("order"), 1100, 760);
        robot.interact(() -> reopened.canvas.workflowFileProperty().set(workflow));
        reopened.laidOut();
        assertEquals(f.canvas.getLayout().state(NOTIFY).box(), reopened.canvas.getLayout().state(NOTIFY).box());
        robot.interact(() -> reopened.canvas.resetLayout());
        reopened.laidOut();
        assertFalse(Files.exists(sidecar), "no pins, no sidecar");
    }

    // ---- zoom and pan

    @Test
    void zoom_steps_in_and_out_and_back_to_actual_size(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.interact(() -> f.canvas.resetZoom());
        robot.interact(() -> f.canvas.zoomIn());
        assertEquals(CanvasViewport.STEP, f.canvas.viewport().getZoom(), 1e-9);
        robot.interact(() -> f.canvas.zoomOut());
        robot.interact(() -> f.canvas.zoomOut());
        assertEquals(1 / CanvasViewport.STEP, f.canvas.viewport().getZoom(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1, f.canvas.viewport().getZoom(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(CanvasViewport.STEP, f.canvas.viewport().getZoom(), 1e-9);
    }

    @Test
    void ctrl_wheel_zooms_keeping_the_point_under_the_pointer(FxRobot robot) {
        CanvasFixture f = order(robot);
        Box b = f.canvas.getLayout().state(NOTIFY).box();
        Point2D at = f.screen(b.centerX(), b.centerY());
        double before = f.canvas.viewport().getZoom();
        robot.moveTo(at).press(KeyCode.CONTROL).scroll(3, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        assertNotEquals(before, f.canvas.viewport().getZoom());
        Point2D still = f.screen(b.centerX(), b.centerY());
        assertEquals(at.getX(), still.getX(), 1.5);
        assertEquals(at.getY(), still.getY(), 1.5);
    }

    @Test
    void fit_to_window_shows_the_whole_workflow(FxRobot robot) {
        CanvasFixture f = new CanvasFixture(robot, stage, Workflows.document("nested"), 600, 400);
        robot.interact(() -> f.canvas.viewport().zoomTo(3));
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT1).release(KeyCode.SHIFT);
        Box all = f.canvas.getLayout().bounds();
        javafx.geometry.Bounds visible = f.canvas.viewport().visibleArea();
        assertTrue(visible.contains(all.x(), all.y()) && visible.contains(all.maxX(), all.maxY()), visible + " holds " + all);
    }

    @Test
    void dragging_empty_space_pans(FxRobot robot) {
        CanvasFixture f = order(robot);
        double x = f.canvas.viewport().panXProperty().get();
        Box b = f.canvas.getLayout().bounds();
        robot.drag(f.screen(b.maxX() - 4, b.y() + 4), MouseButton.PRIMARY).moveBy(-70, 0).drop();
        assertEquals(x - 70, f.canvas.viewport().panXProperty().get(), 1);
    }

    // ---- keyboard

    @Test
    void arrow_keys_follow_the_transitions(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.clickOn(f.stateCenter(VALIDATE));
        robot.type(KeyCode.DOWN);
        assertEquals(IN_STOCK, f.selection.getPrimary(), "down follows Next");
        robot.type(KeyCode.DOWN);
        assertEquals(RESERVE, f.selection.getPrimary(), "then the first rule");
        robot.type(KeyCode.RIGHT);
        assertEquals("/States/WaitForStock", f.selection.getPrimary(), "right: the neighbour on the row");
        robot.type(KeyCode.UP);
        assertEquals(IN_STOCK, f.selection.getPrimary(), "up: back to where it came from");
        robot.type(KeyCode.TAB);
        assertEquals("/States/WaitForStock", f.selection.getPrimary(), "tab: next as written");
    }

    @Test
    void enter_goes_into_a_container_and_escape_comes_out(FxRobot robot) {
        CanvasFixture f = new CanvasFixture(robot, stage, Workflows.document("nested"), 1100, 760);
        robot.interact(() -> f.selection.select("/States/ProcessInParallel", f.canvas));
        robot.interact(() -> f.canvas.requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals("/States/ProcessInParallel/Branches/0/States/LoadCatalogue", f.selection.getPrimary());
        robot.type(KeyCode.ESCAPE);
        assertEquals("/States/ProcessInParallel", f.selection.getPrimary());
        robot.type(KeyCode.ESCAPE);
        assertNull(f.selection.getPrimary());
    }

    // ---- find and help

    @Test
    void find_selects_the_states_whose_name_matches(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("order");
        assertEquals(VALIDATE, f.selection.getPrimary(), "the first match is selected at once");
        robot.type(KeyCode.ENTER);
        assertEquals("/States/OrderTaken", f.selection.getPrimary(), "Enter: the next match as written");
        robot.type(KeyCode.ENTER);
        assertEquals("/States/RejectOrder", f.selection.getPrimary());
        robot.type(KeyCode.ESCAPE);
        assertTrue(f.canvas.isFocused(), "Esc hands the keys back to the canvas");
    }

    @Test
    void f1_shows_the_shortcuts_sheet(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.type(KeyCode.F1);
        WorkflowCanvasSkin skin = (WorkflowCanvasSkin) f.canvas.getSkin();
        assertTrue(skin.shortcutsShowing());
        assertNotNull(robot.lookup("Canvas shortcuts").tryQuery().orElse(null));
        robot.type(KeyCode.ESCAPE);
        assertFalse(skin.shortcutsShowing());
    }

    // ---- following the document

    @Test
    void an_edit_updates_only_the_views_it_concerns(FxRobot robot) {
        CanvasFixture f = order(robot);
        DiagramView d = f.canvas.diagram();
        StateView validate = d.stateView(VALIDATE);
        StateView wait = d.stateView("/States/WaitForStock");
        EdgeView next = d.edgeView(VALIDATE + "#next");
        f.edit("\"Seconds\": 86400", "\"Seconds\": 3600");
        assertSame(validate, d.stateView(VALIDATE), "views are kept by id");
        assertSame(wait, d.stateView("/States/WaitForStock"));
        assertSame(next, d.edgeView(VALIDATE + "#next"));
        assertEquals("Wait \u00b7 3600 s", wait.shownSubtitle());
        DiagramView.Update u = d.lastUpdate();
        assertEquals(0, u.added());
        assertEquals(0, u.removed());
        assertEquals(1, u.changed(), "only the Wait changed");
    }

    @Test
    void adding_a_state_adds_its_view_and_keeps_the_others(FxRobot robot) {
        CanvasFixture f = order(robot);
        DiagramView d = f.canvas.diagram();
        StateView notify = d.stateView(NOTIFY);
        StateView validate = d.stateView(VALIDATE);
        f.edit("\"Next\": \"OrderTaken\"", "\"Next\": \"Audit\"");
        f.edit("\"OrderTaken\": {", "\"Audit\": {\"Type\": \"Pass\", \"Next\": \"OrderTaken\"},\n    \"OrderTaken\": {");
        assertNotNull(d.stateView("/States/Audit"));
        assertSame(notify, d.stateView(NOTIFY));
        assertSame(validate, d.stateView(VALIDATE));
        assertNotNull(d.edgeView("/States/Audit#next"));
    }

    @Test
    void deleting_a_state_removes_its_view_and_its_edges(FxRobot robot) {
        CanvasFixture f = order(robot);
        DiagramView d = f.canvas.diagram();
        robot.interact(() -> f.selection.select(List.of("/States/WaitForStock", RESERVE), "test"));
        StateView reserve = d.stateView(RESERVE);
        f.edit("\"WaitForStock\": {\n      \"Type\": \"Wait\",\n      \"Seconds\": 86400,\n      \"Next\": \"IsInStock\"\n    },\n", "");
        assertNull(d.stateView("/States/WaitForStock"));
        assertNull(d.edgeView("/States/WaitForStock#next"));
        assertSame(reserve, d.stateView(RESERVE));
        assertEquals(List.of(RESERVE), f.selection.getSelected(), "the selection keeps the states that still exist");
    }

    @Test
    void text_that_does_not_parse_keeps_the_last_drawing_marked_stale(FxRobot robot) {
        CanvasFixture f = order(robot);
        StateView validate = f.canvas.stateView(VALIDATE);
        robot.interact(() -> f.session.edit(List.of(TextEdit.insert(f.session.text().indexOf("\"States\""), "{{")), "Typing", null, null));
        robot.interact(() -> f.session.document());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(f.canvas.isStale());
        assertTrue(f.canvas.staleReasonProperty().get().startsWith("Line "), f.canvas.staleReasonProperty().get());
        assertSame(validate, f.canvas.stateView(VALIDATE), "the drawing stays");
        assertTrue(f.canvas.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("stale")));
        robot.interact(() -> f.session.undo());
        robot.interact(() -> f.session.document());
        f.laidOut();
        assertFalse(f.canvas.isStale());
    }

    @Test
    void typing_without_a_parse_is_drawn_after_a_pause(FxRobot robot) throws Exception {
        CanvasFixture f = order(robot);
        int at = f.session.text().indexOf("86400");
        robot.interact(() -> f.session.edit(List.of(new TextEdit(at, at + 5, "60")), "Typing", null, "typing"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Wait \u00b7 60 s".equals(f.canvas.stateView("/States/WaitForStock").shownSubtitle()));
    }

    // ---- diagnostics

    @Test
    void diagnostics_put_badges_on_their_state_and_edge_and_are_counted(FxRobot robot) {
        CanvasFixture f = order(robot);
        Diagnostic onState = Diagnostic.error("BAD_ARN", "Resource is not a valid ARN", NOTIFY + "/Resource", Span.NONE);
        Diagnostic onEdge = Diagnostic.warning("UNREACHABLE", "This rule can never match", IN_STOCK + "/Choices/1/And", Span.NONE);
        Diagnostic onDocument = Diagnostic.warning("NO_COMMENT", "The workflow has no Comment", "", Span.NONE);
        robot.interact(() -> f.canvas.setDiagnostics(List.of(onState, onEdge, onDocument)));
        assertEquals("error: Resource is not a valid ARN", f.canvas.stateView(NOTIFY).problemText());
        assertEquals("warning: This rule can never match", f.canvas.diagram().edgeView(IN_STOCK + "#choice/1").problemText());
        assertEquals(1, f.canvas.errorCountProperty().get());
        assertEquals(2, f.canvas.warningCountProperty().get());
        robot.interact(() -> f.canvas.setDiagnostics(List.of()));
        assertNull(f.canvas.stateView(NOTIFY).problemText());
        assertEquals(0, f.canvas.errorCountProperty().get());
    }

    // ---- skins

    @Test
    void each_state_type_shows_its_name_and_second_line(FxRobot robot) {
        CanvasFixture f = order(robot);
        assertEquals("Lambda \u00b7 validate-order", f.canvas.stateView(VALIDATE).shownSubtitle());
        assertEquals("SNS \u00b7 publish", f.canvas.stateView(NOTIFY).shownSubtitle());
        assertEquals("Wait \u00b7 86400 s", f.canvas.stateView("/States/WaitForStock").shownSubtitle());
        assertEquals("Choice \u00b7 2 rules", f.canvas.stateView(IN_STOCK).shownSubtitle());
        assertTrue(f.canvas.stateView(VALIDATE).showsRetryBadge());
        assertFalse(f.canvas.stateView(NOTIFY).showsRetryBadge());
        assertEquals("$.inStock == true", f.canvas.diagram().edgeView(IN_STOCK + "#choice/0").shownLabel());
        assertEquals("Default", f.canvas.diagram().edgeView(IN_STOCK + "#default").shownLabel());
        assertTrue(f.canvas.diagram().edgeView(VALIDATE + "#catch/0").getStyleClass().contains("catch"));
    }

    @Test
    void export_writes_the_drawing_on_show_with_its_pins(FxRobot robot, @TempDir Path dir) throws Exception {
        CanvasFixture f = order(robot);
        robot.interact(() -> f.canvas.pin(Map.of(NOTIFY, new Point(640, 700))));
        f.laidOut();
        Path svg = dir.resolve("order.svg");
        Path png = dir.resolve("order.png");
        f.canvas.exportPicture(svg, 1).get(20, TimeUnit.SECONDS);
        f.canvas.exportPicture(png, 1).get(20, TimeUnit.SECONDS);
        String text = Files.readString(svg);
        assertTrue(text.contains("<g class=\"state Task\" data-state=\"NotifyCustomer\">"));
        assertTrue(text.contains("<rect x=\"640\" y=\"700\""), "drawn where it is pinned");
        assertEquals((int) Math.ceil(f.canvas.getLayout().bounds().width()), javax.imageio.ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void pinning_by_api_uses_drawing_coordinates(FxRobot robot) {
        CanvasFixture f = order(robot);
        robot.interact(() -> f.canvas.pin(Map.of(NOTIFY, new Point(700, 900))));
        f.laidOut();
        Box b = f.canvas.getLayout().state(NOTIFY).box();
        assertEquals(700, b.x(), 0.5);
        assertEquals(900, b.y(), 0.5);
    }
}

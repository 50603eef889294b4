package stepwise.canvas;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.PlacedLane;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.model.edit.Disconnect;
import stepwise.model.graph.GraphEdge;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;

/**
 * The canvas's context menu, made for what is under the pointer: on a state, what can be done to the
 * selection (rename, duplicate, cut, copy, paste, delete); on a transition, removing it; on empty space
 * or in a branch, pasting there and the layout. The shortcuts shown are the canvas's own keys.
 */
final class CanvasContextMenu {
    private final WorkflowCanvas canvas;
    private ContextMenu showing;

    CanvasContextMenu(WorkflowCanvas canvas) {
        this.canvas = canvas;
    }

    /** Shows the menu for the point ({@code x}, {@code y}) of the drawing at the screen point given. */
    void show(double x, double y, double screenX, double screenY) {
        hide();
        WorkflowGraph graph = canvas.getGraph();
        if (graph == null) {
            return;
        }
        WorkflowLayout layout = canvas.getLayout();
        PlacedState state = layout.stateAt(x, y);
        PlacedLane lane = layout.laneAt(x, y);
        boolean inLane = state != null && state.container() && lane != null && state.box().encloses(lane.box());
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("canvas-menu");
        menu.setOnShown(e -> canvas.themePopup(menu));
        if (state != null && !inLane) {
            forStates(menu);
        } else {
            PlacedEdge edge = layout.edgeAt(x, y, 6 / canvas.viewport().getZoom());
            GraphEdge transition = edge == null ? null : graph.edge(edge.id());
            if (transition != null) {
                forTransition(menu, graph, transition);
            } else {
                forSpace(menu, lane == null ? graph.root().id() : lane.scopeId());
            }
        }
        showing = menu;
        menu.show(canvas, screenX, screenY);
    }

    void hide() {
        if (showing != null) {
            showing.hide();
            showing = null;
        }
    }

    /** The menu on show, or null. */
    ContextMenu showing() {
        return showing != null && showing.isShowing() ? showing : null;
    }

    private void forStates(ContextMenu menu) {
        CanvasEditing edit = canvas.editing();
        int count = canvas.selection().getSelected().size();
        String what = count > 1 ? count + " states" : "state";
        MenuItem rename = item("Rename", "F2", edit::rename);
        rename.setDisable(count != 1);
        menu.getItems().addAll(rename,
                item("Duplicate", "Shortcut+D", edit::duplicate),
                new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", edit::cut),
                item("Copy", "Shortcut+C", edit::copy),
                pasteItem(edit::paste),
                new SeparatorMenuItem(),
                item("Delete " + what, "Delete", edit::delete));
    }

    private void forTransition(ContextMenu menu, WorkflowGraph graph, GraphEdge transition) {
        GraphNode from = graph.node(transition.from());
        String label = switch (transition.kind()) {
            case NEXT -> "Remove Next of " + from.name();
            case DEFAULT -> "Remove Default of " + from.name();
            case CHOICE -> "Remove this choice rule";
            case CATCH -> "Remove this catch";
        };
        menu.getItems().add(item(label, null, () -> canvas.commands().execute(new Disconnect(transition.pointer()))));
    }

    private void forSpace(ContextMenu menu, String scopeId) {
        menu.getItems().addAll(pasteItem(() -> canvas.editing().paste(scopeId)),
                item("Select All", "Shortcut+A", () -> canvas.selection().select(
                        List.copyOf(canvas.getGraph().nodes().stream().map(GraphNode::id).toList()), canvas)),
                new SeparatorMenuItem(),
                item("Fit to Window", "Shift+Digit1", canvas::fitToWindow),
                item("Reset Layout", null, canvas::resetLayout));
    }

    private MenuItem pasteItem(Runnable paste) {
        MenuItem item = item("Paste", "Shortcut+V", paste);
        item.setDisable(!Clipboard.getSystemClipboard().hasString());
        return item;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}

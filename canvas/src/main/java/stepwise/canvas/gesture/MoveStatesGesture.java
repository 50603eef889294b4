package stepwise.canvas.gesture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.WorkflowSelection;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.Point;
import stepwise.canvas.view.DiagramView;
import stepwise.canvas.view.EdgeView;
import stepwise.canvas.view.StateView;
import stepwise.model.graph.GraphEdge;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.Scope;
import stepwise.model.graph.WorkflowGraph;

/**
 * Press on a state: click selects it (Shift or Ctrl/Cmd toggles it); dragging moves the selected
 * states, and what their containers hold, by translating their views only. On release the new places
 * are pinned in one change (saved beside the workflow, never in the ASL); the lines follow when the
 * layout comes back. Lines to states that stay are dimmed while dragging.
 */
public final class MoveStatesGesture implements MouseGesture {
    private static final double DRAG_SLOP = 4;
    static final PseudoClass MOVING = PseudoClass.getPseudoClass("moving");

    private final CanvasContext ctx;
    private final String pressedId;
    private final boolean toggled;
    private final Point2D startView;
    private final Point2D startDrawing;
    private final List<Node> translated = new ArrayList<>();
    private final List<EdgeView> dimmed = new ArrayList<>();
    private final List<String> moved = new ArrayList<>();
    private boolean moving;

    public MoveStatesGesture(CanvasContext ctx, StateView pressed, MouseEvent e) {
        this.ctx = ctx;
        this.pressedId = pressed.stateId();
        this.startView = ctx.toViewport(e);
        this.startDrawing = ctx.toDrawing(e);
        WorkflowCanvas canvas = ctx.canvas();
        WorkflowSelection selection = canvas.selection();
        if (e.isShiftDown() || e.isShortcutDown()) {
            selection.toggle(pressedId, canvas);
            toggled = true;
        } else {
            toggled = false;
            if (!selection.isSelected(pressedId)) {
                selection.select(pressedId, canvas);
            }
        }
    }

    @Override
    public void dragged(MouseEvent e) {
        Point2D p = ctx.toViewport(e);
        if (!moving) {
            if (p.distance(startView) < DRAG_SLOP || !ctx.canvas().selection().isSelected(pressedId)) {
                return;
            }
            begin();
        }
        Point2D d = ctx.toDrawing(e).subtract(startDrawing);
        for (Node n : translated) {
            n.setTranslateX(d.getX());
            n.setTranslateY(d.getY());
        }
    }

    private void begin() {
        moving = true;
        WorkflowGraph graph = ctx.canvas().getGraph();
        DiagramView diagram = ctx.canvas().diagram();
        Set<String> selected = new HashSet<>(ctx.canvas().selection().getSelected());
        Set<String> carried = new HashSet<>();
        for (String id : selected) {
            if (graph.node(id) != null && !insideAny(graph, id, selected)) {
                moved.add(id);
                carried.add(id);
                collectInside(graph, graph.node(id), carried);
            }
        }
        Set<String> carriedEdges = new HashSet<>();
        for (String id : carried) {
            StateView v = diagram.stateView(id);
            if (v != null) {
                translated.add(v);
            }
            for (GraphEdge e : graph.outgoing(id)) {
                if (e.to() != null && carried.contains(e.to())) {
                    carriedEdges.add(e.id());
                }
            }
        }
        for (String id : carriedEdges) {
            EdgeView v = diagram.edgeView(id);
            if (v != null) {
                translated.add(v);
            }
        }
        for (EdgeView v : diagram.edgeViews()) {
            if (!carriedEdges.contains(v.edgeId()) && (carried.contains(v.placed().from()) || carried.contains(v.placed().to()))) {
                v.pseudoClassStateChanged(MOVING, true);
                dimmed.add(v);
            }
        }
    }

    /** True when a container around {@code id} is also selected, so {@code id} moves with it. */
    private static boolean insideAny(WorkflowGraph graph, String id, Set<String> selected) {
        String scope = graph.node(id).scopeId();
        while (scope != null) {
            String owner = graph.scope(scope).parentNodeId();
            if (owner == null) {
                return false;
            }
            if (selected.contains(owner)) {
                return true;
            }
            scope = graph.node(owner).scopeId();
        }
        return false;
    }

    private static void collectInside(WorkflowGraph graph, GraphNode node, Set<String> out) {
        for (Scope child : node.children()) {
            for (GraphNode n : child.nodes()) {
                out.add(n.id());
                collectInside(graph, n, out);
            }
        }
    }

    @Override
    public void released(MouseEvent e) {
        WorkflowCanvas canvas = ctx.canvas();
        if (!moving) {
            if (!toggled && canvas.selection().getSelected().size() > 1) {
                canvas.selection().select(pressedId, canvas);
            }
            return;
        }
        Point2D d = ctx.toDrawing(e).subtract(startDrawing);
        Map<String, Point> topLefts = new LinkedHashMap<>();
        for (String id : moved) {
            PlacedState s = canvas.getLayout().state(id);
            if (s != null) {
                topLefts.put(id, new Point(s.box().x() + d.getX(), s.box().y() + d.getY()));
            }
        }
        canvas.pin(topLefts).whenComplete((layout, error) -> restore());
    }

    @Override
    public void cancel() {
        restore();
    }

    private void restore() {
        for (Node n : translated) {
            n.setTranslateX(0);
            n.setTranslateY(0);
        }
        for (EdgeView v : dimmed) {
            v.pseudoClassStateChanged(MOVING, false);
        }
        translated.clear();
        dimmed.clear();
    }

    /** The states being moved (without those carried inside a moved container), for tests and feedback. */
    public List<String> movedStates() {
        return List.copyOf(moved);
    }
}

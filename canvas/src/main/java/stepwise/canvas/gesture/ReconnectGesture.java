package stepwise.canvas.gesture;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.Point;
import stepwise.canvas.layout.RouteKind;
import stepwise.canvas.view.EdgeView;
import stepwise.model.edit.Connect;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.Reconnect;
import stepwise.model.graph.GraphEdge;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;
import stepwise.model.json.JsonPointer;

/**
 * Drag the end of a transition (its arrowhead) to another state of its machine: the transition goes
 * there instead, in one command that changes only the target's name (the rule's condition, the catch's
 * errors stay). The link from Start moves {@code StartAt}; a link to End becomes a {@code Next}.
 */
public final class ReconnectGesture implements MouseGesture {
    /** How near to an arrowhead's tip (in screen pixels) a press picks up the transition's end. */
    static final double GRAB = 8;

    private final CanvasContext ctx;
    private final PlacedEdge edge;
    private final String scopeId;
    private final ConnectionLine line;
    private final EdgeView view;

    ReconnectGesture(CanvasContext ctx, PlacedEdge edge, String scopeId) {
        this.ctx = ctx;
        this.edge = edge;
        this.scopeId = scopeId;
        List<Point> p = edge.points();
        Point from = p.get(Math.max(0, p.size() - 2));
        this.line = new ConnectionLine(ctx.canvas(), scopeId, null, from.x(), from.y());
        this.view = ctx.canvas().diagram().edgeView(edge.id());
        if (view != null) {
            view.pseudoClassStateChanged(MoveStatesGesture.MOVING, true);
        }
    }

    /** The transition whose end is at the press point, if it may be moved; null otherwise. */
    static ReconnectGesture at(CanvasContext ctx, double x, double y) {
        WorkflowCanvas canvas = ctx.canvas();
        WorkflowGraph graph = canvas.getGraph();
        if (graph == null) {
            return null;
        }
        double reach = GRAB / canvas.viewport().getZoom();
        PlacedEdge best = null;
        double bestDistance = reach;
        for (PlacedEdge e : canvas.getLayout().edges()) {
            if (e.isJump() || e.points().isEmpty()) {
                continue;
            }
            Point tip = e.points().get(e.points().size() - 1);
            double d = Math.hypot(tip.x() - x, tip.y() - y);
            var target = e.to() == null ? null : canvas.getLayout().state(e.to());
            boolean inside = target != null && target.box().contains(x, y) && d > 1;
            if (d <= bestDistance && !inside) {
                best = e;
                bestDistance = d;
            }
        }
        if (best == null) {
            return null;
        }
        String scope = best.kind() == RouteKind.START ? graph.root().id() : graph.node(best.from()) == null ? null : graph.node(best.from()).scopeId();
        return scope == null ? null : new ReconnectGesture(ctx, best, scope);
    }

    @Override
    public void dragged(MouseEvent e) {
        Point2D p = ctx.toDrawing(e);
        line.moveTo(p.getX(), p.getY());
    }

    @Override
    public void released(MouseEvent e) {
        dragged(e);
        GraphNode to = line.target();
        restore();
        if (to == null || to.id().equals(edge.to())) {
            return;
        }
        EditCommand command = command(ctx.canvas().getGraph(), to);
        if (command != null) {
            ctx.canvas().commands().execute(command);
        }
    }

    private EditCommand command(WorkflowGraph graph, GraphNode to) {
        return switch (edge.kind()) {
            case START -> new Reconnect(JsonPointer.parse(scopeId).append("StartAt"), to.name());
            case END -> Connect.next(JsonPointer.parse(edge.from()), to.name());
            default -> {
                GraphEdge transition = graph.edge(edge.id());
                yield transition == null ? null : new Reconnect(transition.pointer(), to.name());
            }
        };
    }

    @Override
    public void cancel() {
        restore();
    }

    private void restore() {
        line.remove();
        if (view != null) {
            view.pseudoClassStateChanged(MoveStatesGesture.MOVING, false);
        }
    }

    /** The transition being moved. */
    public PlacedEdge edge() {
        return edge;
    }
}

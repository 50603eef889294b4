package stepwise.canvas.gesture;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.PlacedLane;
import stepwise.canvas.layout.Point;
import stepwise.canvas.palette.StateTemplate;
import stepwise.canvas.view.ContainerView;
import stepwise.canvas.view.EdgeView;
import stepwise.canvas.view.LaneView;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;

/**
 * Drags a new state from the palette over the canvas. While it moves, the state is drawn under the
 * pointer saying what a drop would do; the transition it would be inserted on, or the branch it would
 * go into, is highlighted. On release over the canvas the state is added in one command (see
 * {@link DropTarget}), selected, and its name opened for editing. The palette starts it and hands it the
 * mouse events of its drag.
 */
public final class DropStateGesture implements MouseGesture {
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final CanvasContext ctx;
    private final StateTemplate template;
    private final StateGhost ghost;
    private final Circle insertAt = new Circle(5);
    private DropTarget target = DropTarget.NONE;
    private EdgeView litEdge;
    private LaneView litLane;

    DropStateGesture(CanvasContext ctx, StateTemplate template) {
        this.ctx = ctx;
        this.template = template;
        this.ghost = new StateGhost(template.type(), template.baseName(), template.title());
        insertAt.getStyleClass().add("drop-point");
        insertAt.setManaged(false);
        insertAt.setMouseTransparent(true);
    }

    /** Where a drop now would go (for tests and for the palette's cursor). */
    public DropTarget target() {
        return target;
    }

    /** What the state under the pointer says a drop would do, or null while the pointer is off the canvas. */
    public String hint() {
        return ghost.getParent() == null ? null : ghost.hint();
    }

    @Override
    public void dragged(MouseEvent e) {
        WorkflowCanvas canvas = ctx.canvas();
        Point2D inView = ctx.toViewport(e);
        boolean over = canvas.getLayoutBounds().contains(inView) && canvas.getGraph() != null && !canvas.isStale();
        if (!over) {
            target = DropTarget.NONE;
            light(null, null);
            ctx.canvas().diagram().feedback().getChildren().removeAll(ghost, insertAt);
            return;
        }
        Point2D p = ctx.toDrawing(e);
        target = DropTarget.at(canvas.getGraph(), canvas.getLayout(), p.getX(), p.getY(), canvas.viewport().getZoom());
        light(target.edge(), target.lane());
        var feedback = canvas.diagram().feedback().getChildren();
        if (!feedback.contains(ghost)) {
            feedback.add(ghost);
        }
        ghost.show(p.getX(), p.getY(), canvas.viewport().getZoom(), describe(canvas.getGraph(), target), !target.accepted());
        if (target.edge() != null) {
            Point on = nearest(target.edge().points(), p.getX(), p.getY());
            insertAt.setCenterX(on.x());
            insertAt.setCenterY(on.y());
            if (!feedback.contains(insertAt)) {
                feedback.add(insertAt);
            }
        } else {
            feedback.remove(insertAt);
        }
        canvas.setCursor(target.accepted() ? Cursor.CLOSED_HAND : Cursor.DEFAULT);
    }

    @Override
    public void released(MouseEvent e) {
        dragged(e);
        DropTarget at = target;
        // dropped on empty space, the state stays where its picture was under the pointer
        Point topLeft = at.accepted() && at.onTransition() == null ? new Point(ghost.getLayoutX(), ghost.getLayoutY()) : null;
        clear();
        if (at.accepted()) {
            ctx.canvas().requestFocus();
            ctx.canvas().editing().add(template, at.scopeId(), at.onTransition(), at.target(), topLeft);
        }
    }

    @Override
    public void cancel() {
        clear();
    }

    private void clear() {
        light(null, null);
        ctx.canvas().diagram().feedback().getChildren().removeAll(ghost, insertAt);
        ctx.canvas().setCursor(null);
        target = DropTarget.NONE;
    }

    private void light(PlacedEdge edge, PlacedLane lane) {
        EdgeView edgeView = edge == null ? null : ctx.canvas().diagram().edgeView(edge.id());
        if (edgeView != litEdge) {
            if (litEdge != null) {
                litEdge.pseudoClassStateChanged(DROP_TARGET, false);
            }
            litEdge = edgeView;
            if (litEdge != null) {
                litEdge.pseudoClassStateChanged(DROP_TARGET, true);
            }
        }
        LaneView laneView = null;
        if (lane != null && ctx.canvas().diagram().stateView(lane.ownerId()) instanceof ContainerView c) {
            laneView = c.lane(lane.scopeId());
        }
        if (laneView != litLane) {
            if (litLane != null) {
                litLane.pseudoClassStateChanged(DROP_TARGET, false);
            }
            litLane = laneView;
            if (litLane != null) {
                litLane.pseudoClassStateChanged(DROP_TARGET, true);
            }
        }
    }

    /** "Insert between A and B", "Add to Branch 2 of Fan out", "Add unconnected"; where it cannot go, where it can. */
    static String describe(WorkflowGraph graph, DropTarget t) {
        if (!t.accepted()) {
            return "Drop on a line or on empty space";
        }
        if (t.edge() != null) {
            if (t.onTransition().last().equals("StartAt")) {
                return "Insert at the start";
            }
            GraphNode from = graph.node(t.edge().from());
            String name = from == null ? "" : from.name();
            return "Insert between " + name + " and " + (t.target() == null ? "End" : t.target());
        }
        if (t.lane() != null) {
            GraphNode owner = graph.node(t.lane().ownerId());
            return "Add to " + t.lane().title() + (owner == null ? "" : " of " + owner.name());
        }
        return "Add unconnected";
    }

    private static Point nearest(List<Point> points, double x, double y) {
        Point best = points.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i + 1 < points.size(); i++) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
            Point on = new Point(a.x() + t * dx, a.y() + t * dy);
            double d = Math.hypot(x - on.x(), y - on.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = on;
            }
        }
        return best;
    }
}

package stepwise.canvas.gesture;

import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.PlacedLane;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.RouteKind;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.model.graph.GraphEdge;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;
import stepwise.model.json.JsonPointer;

/**
 * Where a state dragged from the palette would go if dropped at a point of the drawing: on a transition
 * (it is inserted there), into a Parallel branch or a Map's processor, or on empty space of the
 * workflow (unconnected). Over a state, or on a line that is no transition (the link to End from a
 * Succeed), there is no place for it.
 *
 * @param scopeId the machine the state goes into ("" for the workflow)
 * @param onTransition where the transition's target is written, or null to add it unconnected
 * @param target the state the transition went to (null for one that ended the machine)
 * @param edge the drawn transition, or null
 * @param lane the branch or processor, or null
 */
public record DropTarget(boolean accepted, String scopeId, JsonPointer onTransition, String target, PlacedEdge edge, PlacedLane lane) {
    /** How near to a line (in screen pixels) a drop counts as on it. */
    static final double EDGE_TOLERANCE = 9;

    static final DropTarget NONE = new DropTarget(false, null, null, null, null, null);

    /** What a drop at ({@code x}, {@code y}) of the drawing would do, at {@code zoom}. */
    public static DropTarget at(WorkflowGraph graph, WorkflowLayout layout, double x, double y, double zoom) {
        if (graph == null) {
            return NONE;
        }
        PlacedState over = layout.stateAt(x, y);
        PlacedLane lane = layout.laneAt(x, y);
        boolean onContainerLane = over != null && over.container() && lane != null && over.box().encloses(lane.box());
        if (over != null && !onContainerLane) {
            return NONE;
        }
        PlacedEdge edge = layout.edgeAt(x, y, EDGE_TOLERANCE / zoom);
        if (edge != null) {
            DropTarget onEdge = onEdge(graph, edge);
            if (onEdge != null) {
                return onEdge;
            }
        }
        if (lane != null) {
            return new DropTarget(true, lane.scopeId(), null, null, null, lane);
        }
        return new DropTarget(true, graph.root().id(), null, null, null, null);
    }

    private static DropTarget onEdge(WorkflowGraph graph, PlacedEdge edge) {
        if (edge.kind() == RouteKind.START) {
            String start = graph.root().start();
            GraphNode first = start == null ? null : graph.node(start);
            return first == null ? null : new DropTarget(true, graph.root().id(), JsonPointer.parse(graph.root().id()).append("StartAt"),
                    first.name(), edge, null);
        }
        if (edge.kind() == RouteKind.END) {
            GraphNode from = graph.node(edge.from());
            if (from == null || from.type().isTerminalType()) {
                return null;
            }
            return new DropTarget(true, from.scopeId(), JsonPointer.parse(from.id()).append("End"), null, edge, null);
        }
        GraphEdge transition = graph.edge(edge.id());
        if (transition == null) {
            return null;
        }
        GraphNode from = graph.node(transition.from());
        return new DropTarget(true, from.scopeId(), transition.pointer(), transition.toName(), edge, null);
    }
}

package stepwise.canvas.layout;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.NullElkProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out one scope with ELK Layered: top to bottom, orthogonal edges, labels placed between layers,
 * nodes kept in the order they are written, the Start marker in the first layer and the End marker in
 * the last. Containers arrive already measured, so each scope is a flat graph and can be cached alone.
 */
final class ElkScopeLayouter {
    private static final int SMALL_SCOPE = 64;
    private static final long DEEP_STACK_BYTES = 512L * 1024 * 1024;

    private final LayoutMetrics metrics;
    private final RecursiveGraphLayoutEngine engine = new RecursiveGraphLayoutEngine();

    ElkScopeLayouter(LayoutMetrics metrics) {
        this.metrics = metrics;
    }

    ScopeLayout layout(ScopeShape shape) {
        ElkNode graph = ElkGraphUtil.createGraph();
        configure(graph, shape);
        List<ElkNode> nodes = new ArrayList<>(shape.slots().size());
        List<ElkConnectableShape> inputs = new ArrayList<>(shape.slots().size());
        List<ElkConnectableShape> outputs = new ArrayList<>(shape.slots().size());
        for (ScopeShape.Slot slot : shape.slots()) {
            ElkNode n = ElkGraphUtil.createNode(graph);
            n.setDimensions(slot.width(), slot.height());
            if (slot.centered()) {
                // A container takes its lines at the middle of its top and bottom, so that a sequence
                // runs straight down through it however wide it is.
                n.setProperty(LayeredOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
                inputs.add(port(n, slot.width() / 2, 0, PortSide.NORTH));
                outputs.add(port(n, slot.width() / 2, slot.height(), PortSide.SOUTH));
            } else {
                inputs.add(n);
                outputs.add(n);
            }
            if (slot.role() == ScopeShape.Role.START || slot.role() == ScopeShape.Role.ENTRY) {
                n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            } else if (slot.role() == ScopeShape.Role.END || slot.role() == ScopeShape.Role.LAST_STATE
                    || slot.role() == ScopeShape.Role.EXIT) {
                n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
            }
            nodes.add(n);
        }
        List<ElkEdge> edges = new ArrayList<>(shape.links().size());
        for (ScopeShape.Link link : shape.links()) {
            ElkEdge e = ElkGraphUtil.createSimpleEdge(outputs.get(link.from()), inputs.get(link.to()));
            if (shape.slots().get(link.to()).role() == ScopeShape.Role.JUMP) {
                // A jump chip belongs right next to its source.
                e.setProperty(LayeredOptions.PRIORITY_SHORTNESS, 20);
            }
            if (link.kind() == RouteKind.CATCH) {
                // Error paths bend before the main flow does.
                e.setProperty(LayeredOptions.PRIORITY_STRAIGHTNESS, 0);
            } else {
                e.setProperty(LayeredOptions.PRIORITY_STRAIGHTNESS, 10);
            }
            if (link.labelled()) {
                // ELK places only labels that have text; the text itself plays no part in the size.
                ElkLabel label = ElkGraphUtil.createLabel("label", e);
                label.setDimensions(link.labelWidth(), link.labelHeight());
            }
            edges.add(e);
        }
        runElk(graph, shape.slots().size());

        List<Point> positions = new ArrayList<>(nodes.size());
        for (ElkNode n : nodes) {
            positions.add(new Point(n.getX(), n.getY()));
        }
        List<ScopeLayout.Route> routes = new ArrayList<>(edges.size());
        for (ElkEdge e : edges) {
            routes.add(route(e));
        }
        return new ScopeLayout(graph.getWidth(), graph.getHeight(), positions, routes);
    }

    /**
     * ELK's network simplex recurses once per node of a long chain; large scopes run on a thread with a
     * stack deep enough for them, whatever thread the caller is on.
     */
    private void runElk(ElkNode graph, int size) {
        if (size < SMALL_SCOPE) {
            engine.layout(graph, new NullElkProgressMonitor());
            return;
        }
        RuntimeException[] failure = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                engine.layout(graph, new NullElkProgressMonitor());
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "stepwise-elk", DEEP_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("layout interrupted", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static ElkPort port(ElkNode node, double x, double y, PortSide side) {
        ElkPort p = ElkGraphUtil.createPort(node);
        p.setDimensions(0, 0);
        p.setLocation(x, y);
        p.setProperty(LayeredOptions.PORT_SIDE, side);
        return p;
    }

    private void configure(ElkNode graph, ScopeShape shape) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.PADDING, new ElkPadding(metrics.scopePadding()));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, metrics.nodeSpacing());
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, metrics.layerSpacing());
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, metrics.edgeNodeSpacing());
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, metrics.edgeNodeSpacing());
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, metrics.edgeEdgeSpacing());
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, metrics.edgeEdgeSpacing());
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DEPTH_FIRST);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        // Large scopes get a cheaper crossing minimisation: quality barely changes, time does.
        graph.setProperty(LayeredOptions.THOROUGHNESS, shape.slots().size() > 150 ? 1 : 7);
    }

    private static ScopeLayout.Route route(ElkEdge e) {
        List<Point> points = new ArrayList<>();
        if (!e.getSections().isEmpty()) {
            ElkEdgeSection s = e.getSections().get(0);
            points.add(new Point(s.getStartX(), s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) {
                points.add(new Point(b.getX(), b.getY()));
            }
            points.add(new Point(s.getEndX(), s.getEndY()));
        }
        Box label = null;
        if (!e.getLabels().isEmpty()) {
            ElkLabel l = e.getLabels().get(0);
            label = new Box(l.getX(), l.getY(), l.getWidth(), l.getHeight());
        }
        return new ScopeLayout.Route(points, label);
    }
}

package stepwise.canvas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stepwise.model.graph.GraphEdge;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.Scope;
import stepwise.model.graph.ScopeKind;
import stepwise.model.graph.WorkflowGraph;

/**
 * Lays out a whole workflow, scope by scope from the innermost out: each nested scope is laid out
 * alone, which gives its container's size, which its parent scope then lays out as one box. Every
 * scope's layout is cached by its {@link ScopeShape}, so after an edit only the scope that changed and
 * the ancestors whose sizes changed are laid out again; the rest is reused. Pinned states override
 * ELK's positions and their edges are re-routed.
 *
 * <p>Not thread-safe: one layouter per canvas, used from one background thread.
 */
public final class WorkflowLayouter {
    private static final int JUMP_REASON_CHARS = 16;
    private final LayoutMetrics metrics;
    private final ElkScopeLayouter elk;
    private Map<ScopeShape, ScopeLayout> lastPass = new HashMap<>();
    private Map<ScopeShape, ScopeLayout> passBefore = new HashMap<>();
    private Map<ScopeShape, ScopeLayout> thisPass = new HashMap<>();
    private int computed;
    private int reused;

    public WorkflowLayouter() {
        this(LayoutMetrics.DEFAULT);
    }

    public WorkflowLayouter(LayoutMetrics metrics) {
        this.metrics = metrics;
        this.elk = new ElkScopeLayouter(metrics);
    }

    /** A new layouter that starts with this one's cache (for measuring an edit against a warm cache). */
    public WorkflowLayouter withSameCache() {
        WorkflowLayouter copy = new WorkflowLayouter(metrics);
        copy.lastPass = new HashMap<>(lastPass);
        copy.passBefore = new HashMap<>(passBefore);
        return copy;
    }

    public LayoutMetrics metrics() {
        return metrics;
    }

    /** How many scopes the latest {@link #layout} call laid out with ELK, and how many it took from the cache. */
    public record Stats(int laidOut, int reused) {
    }

    public Stats lastStats() {
        return new Stats(computed, reused);
    }

    /** Lays out {@code graph}, honouring {@code pins}. */
    public WorkflowLayout layout(WorkflowGraph graph, LayoutPins pins) {
        computed = 0;
        reused = 0;
        thisPass = new HashMap<>();
        Measured root = measure(graph.root(), true, pins);
        Assembly out = new Assembly();
        place(root, new Point(0, 0), out);
        passBefore = lastPass;
        lastPass = thisPass;
        Box bounds = new Box(0, 0, root.layout.width(), root.layout.height());
        return new WorkflowLayout(out.states, out.lanes, out.edges, out.markers, out.origins, bounds);
    }

    /** A scope with its layout (relative), and what its containers hold. */
    private record Measured(Scope scope, ScopeLayout layout, List<Link> links, Map<String, Container> containers, boolean markers) {
    }

    /** A container node: its geometry and its measured nested scopes, in order. */
    private record Container(ContainerGeometry geometry, List<Measured> children) {
    }

    /** What a link of the shape stands for, to turn positions back into keyed elements; {@code jumpSlot} is -1 unless it jumps. */
    private record Link(String id, RouteKind kind, String from, String to, String label, String fullLabel, String chipText,
                        int jumpSlot) {
    }

    private Measured measure(Scope scope, boolean root, LayoutPins pins) {
        List<GraphNode> nodes = scope.nodes();
        List<ScopeShape.Slot> slots = new ArrayList<>(nodes.size() + 2);
        Map<String, Integer> index = new HashMap<>();
        Map<String, Container> containers = new LinkedHashMap<>();
        for (GraphNode node : nodes) {
            index.put(node.id(), slots.size());
            if (node.isContainer()) {
                List<Measured> children = new ArrayList<>();
                List<double[]> sizes = new ArrayList<>();
                for (Scope child : node.children()) {
                    Measured m = measure(child, false, pins);
                    children.add(m);
                    sizes.add(new double[] {m.layout.width(), m.layout.height()});
                }
                ContainerGeometry g = ContainerGeometry.of(sizes, metrics);
                containers.put(node.id(), new Container(g, children));
                slots.add(new ScopeShape.Slot(g.width(), g.height(), ScopeShape.Role.STATE, true));
            } else {
                slots.add(new ScopeShape.Slot(metrics.stateWidth(), metrics.stateHeight(), ScopeShape.Role.STATE));
            }
        }
        boolean large = nodes.size() >= metrics.jumpScopeSize();
        List<ScopeShape.Link> shapeLinks = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        boolean[] reached = new boolean[nodes.size()];
        for (GraphEdge e : scope.edges()) {
            if (e.isDangling()) {
                continue;
            }
            RouteKind kind = RouteKind.of(e.kind());
            String label = e.label() == null || e.label().isEmpty() ? null : metrics.shorten(e.label());
            int from = index.get(e.from());
            int to = index.get(e.to());
            if (large && Math.abs(to - from) > metrics.jumpSpan()) {
                // The chip says where the jump goes, and why: "States.ALL \u2192 Failed". A label on the
                // connector itself would cost ELK a layer and push the chip away from its source.
                String chipText = (label == null ? "" : shortened(label, JUMP_REASON_CHARS) + " ") + "\u2192 " + metrics.shorten(e.toName());
                int chip = slots.size();
                slots.add(new ScopeShape.Slot(metrics.labelWidth(chipText), metrics.jumpHeight(), ScopeShape.Role.JUMP));
                addLink(shapeLinks, links, new Link(e.id(), kind, e.from(), e.to(), null, e.label(), chipText, chip), from, chip);
            } else {
                reached[to] = true;
                addLink(shapeLinks, links, new Link(e.id(), kind, e.from(), e.to(), label, e.label(), null, -1), from, to);
            }
        }
        if (root) {
            int start = slots.size();
            slots.add(new ScopeShape.Slot(metrics.markerWidth(), metrics.markerHeight(), ScopeShape.Role.START));
            int end = slots.size();
            slots.add(new ScopeShape.Slot(metrics.markerWidth(), metrics.markerHeight(), ScopeShape.Role.END));
            if (scope.start() != null) {
                int to = index.get(scope.start());
                reached[to] = true;
                addLink(shapeLinks, links, new Link(PlacedMarker.START_ID + ">" + scope.start(), RouteKind.START, PlacedMarker.START_ID,
                        scope.start(), null, null, null, -1), start, to);
            }
            for (int i = 0; i < nodes.size(); i++) {
                GraphNode node = nodes.get(i);
                if (!node.state().isTerminal()) {
                    continue;
                }
                String id = node.id() + ">" + PlacedMarker.END_ID;
                if (large && nodes.size() - i > metrics.jumpSpan()) {
                    int chip = slots.size();
                    slots.add(new ScopeShape.Slot(metrics.labelWidth("\u2192 End"), metrics.jumpHeight(), ScopeShape.Role.JUMP));
                    addLink(shapeLinks, links, new Link(id, RouteKind.END, node.id(), PlacedMarker.END_ID, null, null, "\u2192 End", chip),
                            i, chip);
                } else {
                    addLink(shapeLinks, links, new Link(id, RouteKind.END, node.id(), PlacedMarker.END_ID, null, null, null, -1), i, end);
                }
            }
        } else {
            for (int i = 0; i < nodes.size(); i++) {
                if (!reached[i] && nodes.get(i).type().isTerminalType()) {
                    ScopeShape.Slot s = slots.get(i);
                    slots.set(i, s.withRole(ScopeShape.Role.LAST_STATE));
                }
            }
        }
        ScopeShape shape = new ScopeShape(slots, shapeLinks);
        ScopeLayout layout = layOut(shape, nodes, large);
        layout = PinnedPlacement.apply(layout, shape, pinnedSlots(nodes, pins), metrics);
        return new Measured(scope, layout, links, containers, root);
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    private void addLink(List<ScopeShape.Link> shapeLinks, List<Link> links, Link link, int from, int to) {
        double w = link.label == null ? 0 : metrics.labelWidth(link.label);
        double h = link.label == null ? 0 : metrics.labelHeight();
        shapeLinks.add(new ScopeShape.Link(from, to, link.kind, w, h));
        links.add(link);
    }

    private static Map<Integer, Point> pinnedSlots(List<GraphNode> nodes, LayoutPins pins) {
        if (pins.isEmpty()) {
            return Map.of();
        }
        Map<Integer, Point> out = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Point p = pins.get(nodes.get(i).id());
            if (p != null) {
                out.put(i, p);
            }
        }
        return out;
    }

    private ScopeLayout layOut(ScopeShape shape, List<GraphNode> nodes, boolean large) {
        if (!large) {
            return lookup(shape);
        }
        List<String> names = new ArrayList<>(nodes.size());
        for (GraphNode n : nodes) {
            names.add(n.name());
        }
        List<ScopeSegments.Segment> segments = ScopeSegments.split(shape, names);
        List<ScopeLayout> layouts = new ArrayList<>(segments.size());
        for (ScopeSegments.Segment s : segments) {
            layouts.add(lookup(s.shape()));
        }
        return ScopeSegments.compose(shape, segments, layouts, metrics);
    }

    private ScopeLayout lookup(ScopeShape shape) {
        ScopeLayout hit = thisPass.get(shape);
        if (hit == null) {
            hit = lastPass.get(shape);
        }
        if (hit == null) {
            hit = passBefore.get(shape);
        }
        if (hit == null) {
            hit = elk.layout(shape);
            computed++;
        } else {
            reused++;
        }
        thisPass.put(shape, hit);
        return hit;
    }

    /** The keyed, absolute elements of a measured scope laid out from {@code origin}. */
    private static final class Assembly {
        final Map<String, PlacedState> states = new LinkedHashMap<>();
        final Map<String, PlacedLane> lanes = new LinkedHashMap<>();
        final Map<String, PlacedEdge> edges = new LinkedHashMap<>();
        final Map<String, PlacedMarker> markers = new LinkedHashMap<>();
        final Map<String, Point> origins = new HashMap<>();
    }

    private void place(Measured m, Point origin, Assembly out) {
        out.origins.put(m.scope.id(), origin);
        List<GraphNode> nodes = m.scope.nodes();
        ScopeLayout layout = m.layout;
        double ox = origin.x();
        double oy = origin.y();
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode node = nodes.get(i);
            Point p = layout.positions().get(i);
            Container c = m.containers.get(node.id());
            Box box = c == null
                    ? new Box(ox + p.x(), oy + p.y(), metrics.stateWidth(), metrics.stateHeight())
                    : new Box(ox + p.x(), oy + p.y(), c.geometry.width(), c.geometry.height());
            out.states.put(node.id(), new PlacedState(node.id(), m.scope.id(), box, c != null));
            if (c != null) {
                for (int k = 0; k < c.children.size(); k++) {
                    Measured child = c.children.get(k);
                    Box lane = c.geometry.lanes().get(k).translate(box.x(), box.y());
                    Point childOrigin = new Point(lane.x() + (lane.width() - Math.max(child.layout.width(), 0)) / 2,
                            lane.y() + metrics.laneTitleHeight());
                    out.lanes.put(child.scope.id(), new PlacedLane(child.scope.id(), node.id(), child.scope.kind(),
                            laneTitle(child.scope, k), lane, childOrigin));
                    place(child, childOrigin, out);
                }
            }
        }
        if (m.markers) {
            int at = layout.positions().size() - 2;
            Point s = layout.positions().get(at);
            Point e = layout.positions().get(at + 1);
            out.markers.put(PlacedMarker.START_ID, new PlacedMarker(PlacedMarker.START_ID, PlacedMarker.Kind.START,
                    new Box(ox + s.x(), oy + s.y(), metrics.markerWidth(), metrics.markerHeight())));
            out.markers.put(PlacedMarker.END_ID, new PlacedMarker(PlacedMarker.END_ID, PlacedMarker.Kind.END,
                    new Box(ox + e.x(), oy + e.y(), metrics.markerWidth(), metrics.markerHeight())));
        }
        for (int i = 0; i < m.links.size(); i++) {
            Link link = m.links.get(i);
            ScopeLayout.Route r = layout.routes().get(i);
            List<Point> points = new ArrayList<>(r.points().size());
            for (Point p : r.points()) {
                points.add(p.translate(ox, oy));
            }
            Box label = r.label() == null ? null : r.label().translate(ox, oy);
            PlacedEdge.Jump jump = null;
            if (link.jumpSlot >= 0) {
                Point chip = layout.positions().get(link.jumpSlot);
                jump = new PlacedEdge.Jump(link.chipText, new Box(ox + chip.x(), oy + chip.y(),
                        metrics.labelWidth(link.chipText), metrics.jumpHeight()));
            }
            out.edges.put(link.id, new PlacedEdge(link.id, link.kind, link.from, link.to, points, link.label, link.fullLabel,
                    link.label == null ? null : label, jump));
        }
    }

    private static String laneTitle(Scope scope, int index) {
        if (scope.kind() == ScopeKind.BRANCH) {
            return "Branch " + (index + 1);
        }
        return scope.id().endsWith("/Iterator") ? "Iterator" : "Item processor";
    }
}

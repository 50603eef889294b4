package stepwise.canvas.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Where everything of one workflow is drawn, in canvas coordinates: states (containers included), the
 * lanes inside containers, edges with their routes and labels, and the Start/End markers. Keyed by the
 * graph's ids so that views update by key. Immutable; made off the FX thread.
 */
public final class WorkflowLayout {
    public static final WorkflowLayout EMPTY = new WorkflowLayout(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Box.EMPTY);

    private final Map<String, PlacedState> states;
    private final Map<String, PlacedLane> lanes;
    private final Map<String, PlacedEdge> edges;
    private final Map<String, PlacedMarker> markers;
    private final Map<String, Point> scopeOrigins;
    private final Box bounds;

    WorkflowLayout(Map<String, PlacedState> states, Map<String, PlacedLane> lanes, Map<String, PlacedEdge> edges,
                   Map<String, PlacedMarker> markers, Map<String, Point> scopeOrigins, Box bounds) {
        this.states = Collections.unmodifiableMap(states);
        this.lanes = Collections.unmodifiableMap(lanes);
        this.edges = Collections.unmodifiableMap(edges);
        this.markers = Collections.unmodifiableMap(markers);
        this.scopeOrigins = Collections.unmodifiableMap(scopeOrigins);
        this.bounds = bounds;
    }

    /** States in document order, containers before what they hold. */
    public Collection<PlacedState> states() {
        return states.values();
    }

    public PlacedState state(String id) {
        return states.get(id);
    }

    public Collection<PlacedLane> lanes() {
        return lanes.values();
    }

    public PlacedLane lane(String scopeId) {
        return lanes.get(scopeId);
    }

    public Collection<PlacedEdge> edges() {
        return edges.values();
    }

    public PlacedEdge edge(String id) {
        return edges.get(id);
    }

    public Collection<PlacedMarker> markers() {
        return markers.values();
    }

    public PlacedMarker marker(String id) {
        return markers.get(id);
    }

    /** Where the states of a scope are laid out from; pins are relative to it. */
    public Point scopeOrigin(String scopeId) {
        return scopeOrigins.getOrDefault(scopeId, new Point(0, 0));
    }

    /** The box around everything drawn. */
    public Box bounds() {
        return bounds;
    }

    /** The innermost state whose box holds the point, or null. */
    public PlacedState stateAt(double x, double y) {
        PlacedState hit = null;
        for (PlacedState s : states.values()) {
            // Later states in document order are nested deeper or are siblings; the innermost hit wins.
            if (s.box().contains(x, y) && (hit == null || hit.box().encloses(s.box()))) {
                hit = s;
            }
        }
        return hit;
    }

    /**
     * The edge drawn nearest to the point, if its line passes within {@code tolerance} of it (for
     * dropping a state onto an edge); Start/End links and jump chips count by their line only.
     */
    public PlacedEdge edgeAt(double x, double y, double tolerance) {
        PlacedEdge best = null;
        double bestDistance = tolerance;
        for (PlacedEdge e : edges.values()) {
            List<Point> p = e.points();
            for (int i = 0; i + 1 < p.size(); i++) {
                double d = distanceToSegment(x, y, p.get(i), p.get(i + 1));
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = e;
                }
            }
        }
        return best;
    }

    private static double distanceToSegment(double x, double y, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / lengthSquared));
        return Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy));
    }

    /** The innermost lane (Parallel branch or Map processor) holding the point, or null (for dropping into a branch). */
    public PlacedLane laneAt(double x, double y) {
        PlacedLane hit = null;
        for (PlacedLane lane : lanes.values()) {
            if (lane.box().contains(x, y) && (hit == null || hit.box().encloses(lane.box()))) {
                hit = lane;
            }
        }
        return hit;
    }

    /** The states whose boxes lie entirely inside {@code area} (a rubber band). */
    public List<String> statesInside(Box area) {
        List<String> out = new ArrayList<>();
        for (PlacedState s : states.values()) {
            if (area.encloses(s.box())) {
                out.add(s.id());
            }
        }
        return out;
    }
}

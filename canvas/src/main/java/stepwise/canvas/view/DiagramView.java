package stepwise.canvas.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import stepwise.canvas.diagram.DiagnosticPlacement;
import stepwise.canvas.diagram.StateStatus;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.PlacedLane;
import stepwise.canvas.layout.PlacedMarker;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.Point;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.model.graph.GraphEdge;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;

/**
 * The drawing: containers at the back, then edges, then states, then the Start/End markers. It keeps
 * one view per state, edge and marker, keyed by id, and reconciles them with each new graph and layout:
 * it adds what is new, removes what is gone, and updates (moves, relabels) only what changed. The scene
 * is never rebuilt.
 *
 * <p>Views exist only for what lies in the area around the part in view ({@link #showArea}); panning
 * far makes the views of what comes into that area and drops those that leave it. So opening, editing
 * and painting a large workflow cost what is on screen, not what is in the file.
 */
public final class DiagramView extends Group {
    /** What the latest {@link #show} did to the views. */
    public record Update(int added, int removed, int changed, int kept) {
    }

    private final Group containers = new Group();
    private final Group edgeLayer = new Group();
    private final Group stateLayer = new Group();
    private final Group markerLayer = new Group();
    private final Group feedbackLayer = new Group();
    private final Map<String, StateView> states = new LinkedHashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    private final Map<String, MarkerView> markers = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();
    private final Set<String> selected = new HashSet<>();
    private final Set<String> related = new HashSet<>();
    private final Map<String, StateStatus> statuses = new HashMap<>();
    private Map<String, List<PlacedLane>> lanesByOwner = Map.of();
    private WorkflowGraph graph;
    private WorkflowLayout layout = WorkflowLayout.EMPTY;
    private DiagnosticPlacement problems = DiagnosticPlacement.NONE;
    private Box area;
    private Update last = new Update(0, 0, 0, 0);

    public DiagramView() {
        getStyleClass().add("diagram");
        setManaged(false);
        containers.getStyleClass().add("containers");
        edgeLayer.getStyleClass().add("edges");
        stateLayer.getStyleClass().add("states");
        markerLayer.getStyleClass().add("markers");
        feedbackLayer.getStyleClass().add("feedback");
        feedbackLayer.setMouseTransparent(true);
        for (Group g : List.of(containers, edgeLayer, stateLayer, markerLayer, feedbackLayer)) {
            g.setAutoSizeChildren(false);
        }
        setAutoSizeChildren(false);
        getChildren().addAll(containers, edgeLayer, stateLayer, markerLayer, feedbackLayer);
    }

    public WorkflowGraph graph() {
        return graph;
    }

    /**
     * A layer above everything drawn, in drawing coordinates, for what gestures show while they run (a
     * state being dropped, a connection being drawn, the port under the pointer). It takes no input.
     */
    public Group feedback() {
        return feedbackLayer;
    }

    public WorkflowLayout shownLayout() {
        return layout;
    }

    public Update lastUpdate() {
        return last;
    }

    /** The view of a state, or null when the state is not in the area that has views. */
    public StateView stateView(String id) {
        return states.get(id);
    }

    public EdgeView edgeView(String id) {
        return edges.get(id);
    }

    public MarkerView markerView(String id) {
        return markers.get(id);
    }

    public Collection<StateView> stateViews() {
        return Collections.unmodifiableCollection(states.values());
    }

    public Collection<EdgeView> edgeViews() {
        return Collections.unmodifiableCollection(edges.values());
    }

    /** How many nodes the views hold in all (for benchmarks and tests). */
    public int viewCount() {
        return states.size() + edges.size() + markers.size();
    }

    /**
     * Makes sure there are views for everything around {@code visible} (drawing coordinates); when the
     * area with views no longer covers it, or has become far larger than it (after zooming in), the area
     * becomes the visible part and one screen around it.
     */
    public void showArea(Box visible) {
        // a much larger area than the view (left by zooming out, then in) would keep far views alive for nothing
        boolean tooLarge = area != null && (area.width() > visible.width() * 6 || area.height() > visible.height() * 6);
        if (area != null && area.encloses(visible) && !tooLarge) {
            return;
        }
        area = new Box(visible.x() - visible.width(), visible.y() - visible.height(), visible.width() * 3, visible.height() * 3);
        if (graph != null) {
            last = reconcile(false);
        }
    }

    /** The area of the drawing that has views, or null before {@link #showArea} was called. */
    public Box area() {
        return area;
    }

    /** Shows {@code newGraph} laid out as {@code newLayout}, updating views in place by id. */
    public Update show(WorkflowGraph newGraph, WorkflowLayout newLayout, DiagnosticPlacement newProblems) {
        graph = newGraph;
        layout = newLayout;
        problems = newProblems;
        Map<String, List<PlacedLane>> lanes = new HashMap<>();
        for (PlacedLane lane : newLayout.lanes()) {
            lanes.computeIfAbsent(lane.ownerId(), k -> new ArrayList<>()).add(lane);
        }
        lanesByOwner = lanes;
        last = reconcile(true);
        return last;
    }

    private boolean inArea(Box b) {
        return area == null || b.overlaps(area) || area.encloses(b);
    }

    /** Adds, removes and (when the data changed) updates views so that they match the data and the area. */
    private Update reconcile(boolean dataChanged) {
        int[] counts = new int[4];
        boolean containersChanged = states(dataChanged, counts);
        if (containersChanged) {
            sortContainers();
        }
        edges(dataChanged, counts);
        markers();
        if (dataChanged || counts[0] > 0) {
            markSelection();
        }
        return new Update(counts[0], counts[1], counts[2], counts[3]);
    }

    private boolean states(boolean dataChanged, int[] counts) {
        boolean containersChanged = false;
        Set<String> wanted = new HashSet<>();
        for (PlacedState placed : layout.states()) {
            if (!inArea(placed.box())) {
                continue;
            }
            GraphNode node = graph.node(placed.id());
            wanted.add(placed.id());
            StateView view = states.get(placed.id());
            Group layer = placed.container() ? containers : stateLayer;
            if (view != null && (view.type() != node.type() || view.getParent() != layer)) {
                detach(view);
                states.remove(placed.id());
                view = null;
                counts[1]++;
            }
            if (view == null) {
                view = StateViews.create(node);
                states.put(placed.id(), view);
                layer.getChildren().add(view);
                containersChanged |= placed.container();
                view.update(node, placed, problems.forState(placed.id()));
                view.setStatus(statuses.get(placed.id()));
                counts[0]++;
            } else if (dataChanged) {
                if (view.update(node, placed, problems.forState(placed.id()))) {
                    counts[2]++;
                } else {
                    counts[3]++;
                }
            } else {
                counts[3]++;
                continue;
            }
            if (view instanceof ContainerView container) {
                container.updateLanes(lanesByOwner.getOrDefault(placed.id(), List.of()));
            }
        }
        for (var it = states.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (!wanted.contains(e.getKey())) {
                containersChanged |= e.getValue().getParent() == containers;
                detach(e.getValue());
                it.remove();
                counts[1]++;
            }
        }
        return containersChanged;
    }

    private void edges(boolean dataChanged, int[] counts) {
        Set<String> wanted = new HashSet<>();
        for (PlacedEdge placed : layout.edges()) {
            if (!inArea(bounds(placed))) {
                continue;
            }
            wanted.add(placed.id());
            EdgeView view = edges.get(placed.id());
            if (view != null && (view.placed().kind() != placed.kind() || view.placed().isJump() != placed.isJump())) {
                edgeLayer.getChildren().remove(view);
                edges.remove(placed.id());
                view = null;
                counts[1]++;
            }
            if (view == null) {
                view = new EdgeView(placed);
                edges.put(placed.id(), view);
                edgeLayer.getChildren().add(view);
                view.update(placed, problems.forEdge(placed.id()));
                counts[0]++;
            } else if (!dataChanged) {
                counts[3]++;
            } else if (view.update(placed, problems.forEdge(placed.id()))) {
                counts[2]++;
            } else {
                counts[3]++;
            }
        }
        for (var it = edges.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (!wanted.contains(e.getKey())) {
                edgeLayer.getChildren().remove(e.getValue());
                it.remove();
                counts[1]++;
            }
        }
    }

    private void markers() {
        Set<String> seen = new HashSet<>();
        for (PlacedMarker m : layout.markers()) {
            seen.add(m.id());
            MarkerView view = markers.computeIfAbsent(m.id(), k -> {
                MarkerView v = new MarkerView(m);
                markerLayer.getChildren().add(v);
                return v;
            });
            view.update(m);
        }
        markers.entrySet().removeIf(e -> {
            if (!seen.contains(e.getKey())) {
                markerLayer.getChildren().remove(e.getValue());
                return true;
            }
            return false;
        });
    }

    private static Box bounds(PlacedEdge e) {
        List<Point> points = new ArrayList<>(e.points());
        Box b = Box.around(points);
        if (e.labelBox() != null) {
            b = b.union(e.labelBox());
        }
        if (e.isJump()) {
            b = b.union(e.jump().box());
        }
        return b;
    }

    private static void detach(StateView view) {
        ((Group) view.getParent()).getChildren().remove(view);
    }

    /** Keeps outer containers behind the containers they hold. */
    private void sortContainers() {
        depth.clear();
        List<Node> sorted = new ArrayList<>(containers.getChildren());
        sorted.sort(Comparator.comparingInt(n -> depthOf(((StateView) n).stateId())));
        containers.getChildren().setAll(sorted);
    }

    private int depthOf(String id) {
        Integer d = depth.get(id);
        if (d == null) {
            GraphNode n = graph.node(id);
            String parent = n == null ? null : graph.scope(n.scopeId()).parentNodeId();
            d = parent == null ? 0 : depthOf(parent) + 1;
            depth.put(id, d);
        }
        return d;
    }

    /** Marks the views of the {@code selection}'s states, and the edges touching them. */
    public void showSelection(Collection<String> selection) {
        selected.clear();
        selected.addAll(selection);
        markSelection();
    }

    private void markSelection() {
        Set<String> nowRelated = new HashSet<>();
        if (graph != null) {
            for (String id : selected) {
                for (GraphEdge e : graph.outgoing(id)) {
                    nowRelated.add(e.id());
                }
                for (GraphEdge e : graph.incoming(id)) {
                    nowRelated.add(e.id());
                }
            }
        }
        for (StateView v : states.values()) {
            boolean s = selected.contains(v.stateId());
            if (v.isSelected() != s) {
                v.setSelected(s);
            }
        }
        for (String id : related) {
            if (!nowRelated.contains(id)) {
                EdgeView e = edges.get(id);
                if (e != null) {
                    e.setRelated(false);
                }
            }
        }
        for (String id : nowRelated) {
            EdgeView e = edges.get(id);
            if (e != null) {
                e.setRelated(true);
            }
        }
        related.clear();
        related.addAll(nowRelated);
    }

    /** Shows execution statuses by state id; states not in the map show none. */
    public void showStatuses(Map<String, StateStatus> byState) {
        statuses.clear();
        statuses.putAll(byState);
        for (StateView v : states.values()) {
            v.setStatus(statuses.get(v.stateId()));
        }
    }
}

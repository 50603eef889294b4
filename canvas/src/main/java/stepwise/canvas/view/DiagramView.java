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
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.PlacedLane;
import stepwise.canvas.layout.PlacedMarker;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.GraphEdge;
import stepwise.model.graph.WorkflowGraph;

/**
 * The drawing: containers at the back, then edges, then states, then the Start/End markers. It keeps
 * one view per state, edge and marker, keyed by id, and reconciles them with each new graph and layout:
 * it adds what is new, removes what is gone, and updates (moves, relabels) only what changed. The scene
 * is never rebuilt.
 */
public final class DiagramView extends Group {
    /** What the latest {@link #show} did. */
    public record Update(int added, int removed, int changed, int kept) {
    }

    private final Group containers = new Group();
    private final Group edgeLayer = new Group();
    private final Group stateLayer = new Group();
    private final Group markerLayer = new Group();
    private final Map<String, StateView> states = new LinkedHashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    private final Map<String, MarkerView> markers = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();
    private final Set<String> related = new HashSet<>();
    private WorkflowGraph graph;
    private WorkflowLayout layout = WorkflowLayout.EMPTY;
    private Update last = new Update(0, 0, 0, 0);

    public DiagramView() {
        getStyleClass().add("diagram");
        setManaged(false);
        containers.getStyleClass().add("containers");
        edgeLayer.getStyleClass().add("edges");
        stateLayer.getStyleClass().add("states");
        markerLayer.getStyleClass().add("markers");
        for (Group g : List.of(containers, edgeLayer, stateLayer, markerLayer)) {
            g.setAutoSizeChildren(false);
        }
        setAutoSizeChildren(false);
        getChildren().addAll(containers, edgeLayer, stateLayer, markerLayer);
    }

    public WorkflowGraph graph() {
        return graph;
    }

    public WorkflowLayout shownLayout() {
        return layout;
    }

    public Update lastUpdate() {
        return last;
    }

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

    /** Shows {@code newGraph} laid out as {@code newLayout}, updating views in place by id. */
    public Update show(WorkflowGraph newGraph, WorkflowLayout newLayout, DiagnosticPlacement problems) {
        int added = 0;
        int removed = 0;
        int changed = 0;
        int kept = 0;
        boolean containersChanged = false;
        Map<String, List<PlacedLane>> lanesByOwner = new HashMap<>();
        for (PlacedLane lane : newLayout.lanes()) {
            lanesByOwner.computeIfAbsent(lane.ownerId(), k -> new ArrayList<>()).add(lane);
        }
        Set<String> seen = new HashSet<>();
        for (PlacedState placed : newLayout.states()) {
            GraphNode node = newGraph.node(placed.id());
            seen.add(placed.id());
            StateView view = states.get(placed.id());
            Group layer = placed.container() ? containers : stateLayer;
            if (view != null && (view.type() != node.type() || view.getParent() != layer)) {
                remove(view);
                view = null;
                removed++;
            }
            boolean isNew = view == null;
            if (isNew) {
                view = StateViews.create(node);
                states.put(placed.id(), view);
                layer.getChildren().add(view);
                containersChanged |= placed.container();
                added++;
            }
            boolean c = view.update(node, placed, problems.forState(placed.id()));
            if (view instanceof ContainerView container) {
                container.updateLanes(lanesByOwner.getOrDefault(placed.id(), List.of()));
            }
            if (!isNew) {
                if (c) {
                    changed++;
                } else {
                    kept++;
                }
            }
        }
        for (var it = states.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (!seen.contains(e.getKey())) {
                containersChanged |= e.getValue().getParent() == containers;
                remove(e.getValue());
                it.remove();
                removed++;
            }
        }
        if (containersChanged) {
            sortContainers(newGraph);
        }

        Set<String> seenEdges = new HashSet<>();
        for (PlacedEdge placed : newLayout.edges()) {
            seenEdges.add(placed.id());
            EdgeView view = edges.get(placed.id());
            if (view != null && (view.placed().kind() != placed.kind() || view.placed().isJump() != placed.isJump())) {
                edgeLayer.getChildren().remove(view);
                view = null;
                removed++;
            }
            if (view == null) {
                view = new EdgeView(placed);
                edges.put(placed.id(), view);
                edgeLayer.getChildren().add(view);
                view.update(placed, problems.forEdge(placed.id()));
                added++;
            } else if (view.update(placed, problems.forEdge(placed.id()))) {
                changed++;
            } else {
                kept++;
            }
        }
        for (var it = edges.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (!seenEdges.contains(e.getKey())) {
                edgeLayer.getChildren().remove(e.getValue());
                it.remove();
                removed++;
            }
        }

        Set<String> seenMarkers = new HashSet<>();
        for (PlacedMarker m : newLayout.markers()) {
            seenMarkers.add(m.id());
            MarkerView view = markers.computeIfAbsent(m.id(), k -> {
                MarkerView v = new MarkerView(m);
                markerLayer.getChildren().add(v);
                return v;
            });
            view.update(m);
        }
        markers.entrySet().removeIf(e -> {
            if (!seenMarkers.contains(e.getKey())) {
                markerLayer.getChildren().remove(e.getValue());
                return true;
            }
            return false;
        });

        graph = newGraph;
        layout = newLayout;
        last = new Update(added, removed, changed, kept);
        return last;
    }

    private void remove(StateView view) {
        ((Group) view.getParent()).getChildren().remove(view);
    }

    /** Keeps outer containers behind the containers they hold. */
    private void sortContainers(WorkflowGraph g) {
        depth.clear();
        List<Node> sorted = new ArrayList<>(containers.getChildren());
        sorted.sort(Comparator.comparingInt(n -> depthOf(g, ((StateView) n).stateId())));
        containers.getChildren().setAll(sorted);
    }

    private int depthOf(WorkflowGraph g, String id) {
        Integer d = depth.get(id);
        if (d == null) {
            GraphNode n = g.node(id);
            String parent = n == null ? null : g.scope(n.scopeId()).parentNodeId();
            d = parent == null ? 0 : depthOf(g, parent) + 1;
            depth.put(id, d);
        }
        return d;
    }

    /** Marks the views of {@code selected} states, and the edges touching them, unmarking the rest. */
    public void showSelection(Collection<String> before, Collection<String> selected) {
        for (String id : before) {
            StateView v = states.get(id);
            if (v != null) {
                v.setSelected(false);
            }
        }
        for (String id : related) {
            EdgeView e = edges.get(id);
            if (e != null) {
                e.setRelated(false);
            }
        }
        related.clear();
        for (String id : selected) {
            StateView v = states.get(id);
            if (v != null) {
                v.setSelected(true);
            }
            if (graph != null) {
                for (GraphEdge e : graph.outgoing(id)) {
                    related.add(e.id());
                }
                for (GraphEdge e : graph.incoming(id)) {
                    related.add(e.id());
                }
            }
        }
        for (String id : related) {
            EdgeView e = edges.get(id);
            if (e != null) {
                e.setRelated(true);
            }
        }
    }
}

package stepwise.canvas.gesture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.model.graph.EdgeKind;
import stepwise.model.graph.GraphEdge;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.Scope;
import stepwise.model.graph.WorkflowGraph;

/**
 * Moves the selection with the keyboard along the workflow: Down follows the state's transition (its
 * Next first), Up goes back to a state that leads here, Left and Right go to the neighbour on the same
 * row, Enter goes into a Parallel or Map, Escape goes out to the container (or clears), Tab and
 * Shift+Tab walk the states in the order they are written, Ctrl/Cmd+A selects all.
 */
public final class KeyboardNavigation {
    private final WorkflowCanvas canvas;

    public KeyboardNavigation(WorkflowCanvas canvas) {
        this.canvas = canvas;
    }

    /** Handles {@code e} if it is a navigation key; answers whether it did. */
    public boolean handle(KeyEvent e) {
        WorkflowGraph graph = canvas.getGraph();
        if (graph == null) {
            return false;
        }
        String current = canvas.selection().getPrimary();
        GraphNode node = current == null ? null : graph.node(current);
        String target;
        KeyCode code = e.getCode();
        if (code == KeyCode.A && e.isShortcutDown()) {
            canvas.selection().select(graph.nodes().stream().map(GraphNode::id).toList(), canvas);
            return true;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        switch (code) {
            case DOWN -> target = node == null ? start(graph, graph.root()) : successor(graph, node);
            case UP -> target = node == null ? null : predecessor(graph, node);
            case LEFT, RIGHT -> target = node == null ? null : beside(graph, node, code == KeyCode.RIGHT);
            case ENTER -> target = node == null || node.children().isEmpty() ? null : start(graph, node.children().get(0));
            case ESCAPE -> {
                if (node == null) {
                    return false;
                }
                String parent = graph.scopeOf(node).parentNodeId();
                if (parent == null) {
                    canvas.selection().clear(canvas);
                    return true;
                }
                target = parent;
            }
            case TAB -> target = inOrder(graph, node, e.isShiftDown());
            default -> {
                return false;
            }
        }
        if (target != null) {
            canvas.selection().select(target, canvas);
            canvas.reveal(target);
        }
        return true;
    }

    private static String start(WorkflowGraph graph, Scope scope) {
        if (scope.start() != null) {
            return scope.start();
        }
        return scope.nodes().isEmpty() ? null : scope.nodes().get(0).id();
    }

    private static String successor(WorkflowGraph graph, GraphNode node) {
        List<GraphEdge> out = graph.outgoing(node.id());
        for (GraphEdge e : out) {
            if (e.kind() == EdgeKind.NEXT && e.to() != null) {
                return e.to();
            }
        }
        for (GraphEdge e : out) {
            if (e.to() != null) {
                return e.to();
            }
        }
        return null;
    }

    private static String predecessor(WorkflowGraph graph, GraphNode node) {
        List<GraphEdge> in = graph.incoming(node.id());
        for (GraphEdge e : in) {
            if (e.kind() == EdgeKind.NEXT) {
                return e.from();
            }
        }
        if (!in.isEmpty()) {
            return in.get(0).from();
        }
        // the first state of a branch: up goes to its container
        return graph.scopeOf(node).parentNodeId();
    }

    /** The nearest state of the same scope to the left or right whose row overlaps this one's. */
    private String beside(WorkflowGraph graph, GraphNode node, boolean right) {
        WorkflowLayout layout = canvas.getLayout();
        PlacedState here = layout.state(node.id());
        if (here == null) {
            return null;
        }
        Box b = here.box();
        List<PlacedState> candidates = new ArrayList<>();
        for (GraphNode other : graph.scopeOf(node).nodes()) {
            PlacedState s = layout.state(other.id());
            if (s == null || other == node) {
                continue;
            }
            boolean sameRow = s.box().y() < b.maxY() && b.y() < s.box().maxY();
            boolean side = right ? s.box().centerX() > b.centerX() : s.box().centerX() < b.centerX();
            if (sameRow && side) {
                candidates.add(s);
            }
        }
        return candidates.stream().min(Comparator.comparingDouble(s -> Math.abs(s.box().centerX() - b.centerX())))
                .map(PlacedState::id).orElse(null);
    }

    private static String inOrder(WorkflowGraph graph, GraphNode node, boolean backwards) {
        List<GraphNode> all = new ArrayList<>(graph.nodes());
        if (all.isEmpty()) {
            return null;
        }
        if (node == null) {
            return all.get(backwards ? all.size() - 1 : 0).id();
        }
        int i = all.indexOf(node);
        int next = Math.floorMod(i + (backwards ? -1 : 1), all.size());
        return all.get(next).id();
    }
}

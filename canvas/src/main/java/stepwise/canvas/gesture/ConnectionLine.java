package stepwise.canvas.gesture;

import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.view.StateView;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.Scope;
import stepwise.model.graph.WorkflowGraph;

/**
 * What connecting and reconnecting show while the mouse moves: a line from where the transition leaves
 * to the pointer, and the state it would go to, lit. A transition stays within its machine, so the
 * state under the pointer counts only if it is of the machine the transition is written in (or holds
 * the pointer's state inside it, as a Parallel holds its branches).
 */
final class ConnectionLine {
    static final PseudoClass CONNECT_TARGET = PseudoClass.getPseudoClass("connect-target");

    private final WorkflowCanvas canvas;
    private final String scopeId;
    private final String excluded;
    private final Group group = new Group();
    private final Line line = new Line();
    private final Circle end = new Circle(4);
    private StateView lit;
    private GraphNode target;

    /** A line in machine {@code scopeId} from ({@code x}, {@code y}); {@code excluded} cannot be its target (null: any). */
    ConnectionLine(WorkflowCanvas canvas, String scopeId, String excluded, double x, double y) {
        this.canvas = canvas;
        this.scopeId = scopeId;
        this.excluded = excluded;
        group.getStyleClass().add("connect-line");
        group.setManaged(false);
        group.setMouseTransparent(true);
        line.getStyleClass().add("line");
        end.getStyleClass().add("end");
        line.setStartX(x);
        line.setStartY(y);
        line.setEndX(x);
        line.setEndY(y);
        end.setCenterX(x);
        end.setCenterY(y);
        group.getChildren().addAll(line, end);
        canvas.diagram().feedback().getChildren().add(group);
    }

    /** Draws the line to a point of the drawing and lights the state there; answers it (null: none fits). */
    GraphNode moveTo(double x, double y) {
        line.setEndX(x);
        line.setEndY(y);
        end.setCenterX(x);
        end.setCenterY(y);
        target = targetAt(canvas.getGraph(), canvas.getLayout().stateAt(x, y), scopeId, excluded);
        StateView view = target == null ? null : canvas.diagram().stateView(target.id());
        if (view != lit) {
            if (lit != null) {
                lit.pseudoClassStateChanged(CONNECT_TARGET, false);
            }
            lit = view;
            if (lit != null) {
                lit.pseudoClassStateChanged(CONNECT_TARGET, true);
            }
        }
        return target;
    }

    GraphNode target() {
        return target;
    }

    void remove() {
        if (lit != null) {
            lit.pseudoClassStateChanged(CONNECT_TARGET, false);
            lit = null;
        }
        canvas.diagram().feedback().getChildren().remove(group);
    }

    /** The state of machine {@code scopeId} at or around {@code under}, other than {@code excluded}; null if none. */
    static GraphNode targetAt(WorkflowGraph graph, PlacedState under, String scopeId, String excluded) {
        GraphNode node = under == null || graph == null ? null : graph.node(under.id());
        while (node != null && !node.scopeId().equals(scopeId)) {
            Scope scope = graph.scope(node.scopeId());
            node = scope == null || scope.parentNodeId() == null ? null : graph.node(scope.parentNodeId());
        }
        return node == null || node.id().equals(excluded) ? null : node;
    }
}

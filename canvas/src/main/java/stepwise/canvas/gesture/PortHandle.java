package stepwise.canvas.gesture;

import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedState;
import stepwise.model.graph.GraphNode;

/**
 * The port of the state under the pointer: a dot in the middle of its bottom side, from which a
 * transition is dragged to another state. Only states that can go on somewhere have one (not Succeed
 * or Fail). One dot serves the whole drawing; it follows the pointer.
 */
final class PortHandle {
    /** Pointer over the dot: pressing now connects. */
    static final PseudoClass ARMED = PseudoClass.getPseudoClass("armed");
    /** How near to the port (in screen pixels) a press grabs it. */
    static final double GRAB = 8;
    private static final double RADIUS = 5;

    private final WorkflowCanvas canvas;
    private final Circle dot = new Circle(RADIUS);
    private String stateId;

    PortHandle(WorkflowCanvas canvas) {
        this.canvas = canvas;
        dot.getStyleClass().add("port");
        dot.setManaged(false);
        dot.setMouseTransparent(true);
    }

    /** Shows the port of the state at a point of the drawing (or hides it over empty space). */
    void hover(double x, double y) {
        GraphNode withPort = at(canvas, x, y);
        PlacedState under = withPort != null ? canvas.getLayout().state(withPort.id()) : canvas.getLayout().stateAt(x, y);
        GraphNode node = under == null || canvas.getGraph() == null ? null : canvas.getGraph().node(under.id());
        if (node == null || node.type().isTerminalType()) {
            hide();
            return;
        }
        Box b = under.box();
        Point2D port = ConnectGesture.port(b);
        dot.setCenterX(port.getX());
        dot.setCenterY(port.getY());
        // as big on screen when zoomed out; growing with the drawing when zoomed in
        dot.setRadius(RADIUS / Math.min(1, canvas.viewport().getZoom()));
        dot.pseudoClassStateChanged(ARMED, withPort != null && withPort.id().equals(node.id()));
        stateId = node.id();
        if (dot.getParent() == null) {
            canvas.diagram().feedback().getChildren().add(dot);
        }
    }

    void hide() {
        stateId = null;
        canvas.diagram().feedback().getChildren().remove(dot);
    }

    /** The state shown with its port, or null. */
    String stateId() {
        return stateId;
    }

    /** The state whose port is at a point of the drawing (the innermost when ports are near each other), or null. */
    static GraphNode at(WorkflowCanvas canvas, double x, double y) {
        if (canvas.getGraph() == null) {
            return null;
        }
        double reach = GRAB / canvas.viewport().getZoom();
        GraphNode best = null;
        double bestDistance = reach;
        for (PlacedState s : canvas.getLayout().states()) {
            Box b = s.box();
            if (x < b.x() || x > b.maxX() || y < b.maxY() - reach || y > b.maxY() + reach) {
                continue;
            }
            double d = Math.hypot(x - b.centerX(), y - b.maxY());
            GraphNode node = canvas.getGraph().node(s.id());
            if (d <= bestDistance && node != null && !node.type().isTerminalType()) {
                best = node;
                bestDistance = d;
            }
        }
        return best;
    }
}

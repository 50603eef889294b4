package stepwise.canvas.gesture;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.view.StateView;

/** What a gesture may use of the canvas: the canvas itself (selection, layout, commands), coordinates and a layer for feedback. */
public interface CanvasContext {
    WorkflowCanvas canvas();

    /** The drawing's coordinates of a mouse event. */
    Point2D toDrawing(MouseEvent e);

    /** The viewport's coordinates of a mouse event. */
    Point2D toViewport(MouseEvent e);

    /** A layer above the drawing, in viewport coordinates, for feedback such as the rubber band. */
    Pane overlay();

    /** The state under the mouse (a container only on its header), or null over empty space. */
    StateView stateAt(MouseEvent e);
}

package stepwise.canvas.gesture;

import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture on the canvas, from the press that starts it to the release that ends it. A gesture
 * touches only the view while it runs; on release it commits at most one change (a selection, pinned
 * positions, or one {@code EditCommand} through {@code WorkflowCanvas.commands()}).
 */
public interface MouseGesture {
    void dragged(MouseEvent e);

    void released(MouseEvent e);

    /** Abandons the gesture (Escape, focus lost): the view goes back to how it was. */
    default void cancel() {
    }
}

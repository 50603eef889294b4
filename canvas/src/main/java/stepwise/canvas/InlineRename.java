package stepwise.canvas;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import stepwise.canvas.diagram.NodeGeometry;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedState;
import stepwise.model.edit.RenameState;
import stepwise.model.graph.GraphNode;
import stepwise.model.json.JsonPointer;

/**
 * Renames a state in place (F2): a text field over the state's name, at the drawing's zoom. Enter or
 * leaving the field renames the state and every transition that names it, as one command; Escape
 * leaves the name as it was. A name the workflow refuses (taken, empty, too long) keeps the field open
 * with what was typed, marked, and the reason shown as a notice.
 */
final class InlineRename {
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final double HEIGHT = 24;

    private final WorkflowCanvas canvas;
    private final Pane layer;
    private final TextField field = new TextField();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final InvalidationListener follow = o -> place();
    private String stateId;
    private String original;
    private boolean committing;

    InlineRename(WorkflowCanvas canvas, Pane layer) {
        this.canvas = canvas;
        this.layer = layer;
        field.getStyleClass().add("rename-field");
        field.setManaged(false);
        field.getTransforms().add(scale);
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && stateId != null) {
                commit(false);
            }
        });
        field.textProperty().addListener((o, a, b) -> field.pseudoClassStateChanged(REFUSED, false));
    }

    /** Opens the field over state {@code id}'s name, all of it selected. */
    void open(String id) {
        GraphNode node = canvas.getGraph() == null ? null : canvas.getGraph().node(id);
        if (node == null) {
            return;
        }
        if (stateId != null) {
            close();
        }
        stateId = id;
        original = node.name();
        field.setText(original);
        field.pseudoClassStateChanged(REFUSED, false);
        layer.getChildren().add(field);
        canvas.viewport().zoomProperty().addListener(follow);
        canvas.viewport().panXProperty().addListener(follow);
        canvas.viewport().panYProperty().addListener(follow);
        canvas.layoutProperty().addListener(follow);
        place();
        field.requestFocus();
        field.selectAll();
    }

    boolean isOpen() {
        return stateId != null;
    }

    /** The state being renamed, or null. */
    String stateId() {
        return stateId;
    }

    TextField field() {
        return field;
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            commit(true);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            canvas.requestFocus();
            e.consume();
        }
    }

    private void commit(boolean keepFocus) {
        if (committing || stateId == null) {
            return;
        }
        String name = field.getText();
        if (name.equals(original)) {
            close();
            if (keepFocus) {
                canvas.requestFocus();
            }
            return;
        }
        JsonPointer pointer = JsonPointer.parse(stateId);
        committing = true;
        boolean renamed;
        try {
            renamed = canvas.commands().execute(new RenameState(pointer, name));
        } finally {
            committing = false;
        }
        if (!renamed) {
            field.pseudoClassStateChanged(REFUSED, true);
            if (keepFocus) {
                field.selectAll();
            }
            return;
        }
        close();
        canvas.selection().select(pointer.parent().append(name).toString(), canvas);
        if (keepFocus) {
            canvas.requestFocus();
        }
    }

    void close() {
        if (stateId == null) {
            return;
        }
        stateId = null;
        canvas.viewport().zoomProperty().removeListener(follow);
        canvas.viewport().panXProperty().removeListener(follow);
        canvas.viewport().panYProperty().removeListener(follow);
        canvas.layoutProperty().removeListener(follow);
        layer.getChildren().remove(field);
    }

    /** Puts the field over the name, where the state is drawn now; closes it when the state is gone. */
    private void place() {
        if (stateId == null) {
            return;
        }
        PlacedState s = canvas.getLayout().state(stateId);
        if (s == null) {
            close();
            return;
        }
        Box b = s.box();
        double zoom = canvas.viewport().getZoom();
        Point2D at = canvas.viewport().toViewport(b.x() + NodeGeometry.TEXT_X - 6, b.y() + NodeGeometry.TITLE_BASELINE - 16);
        scale.setX(zoom);
        scale.setY(zoom);
        field.resizeRelocate(at.getX(), at.getY(), b.width() - NodeGeometry.TEXT_X, HEIGHT);
    }
}

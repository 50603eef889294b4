package stepwise.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;

/**
 * Finds states by name (Ctrl+F): the states whose name contains the text, in written order; Enter and
 * Shift+Enter step through them, selecting and revealing each; Esc closes.
 */
final class FindBar extends HBox {
    private final WorkflowCanvas canvas;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Runnable close;
    private List<String> matches = List.of();
    private int at = -1;

    FindBar(WorkflowCanvas canvas, Runnable close) {
        this.canvas = canvas;
        this.close = close;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        field.setPromptText("Find a state");
        field.setPrefColumnCount(18);
        count.getStyleClass().add("find-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = new Button("\u2191");
        Button next = new Button("\u2193");
        Button closeButton = new Button("\u2715");
        previous.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        closeButton.setOnAction(e -> close.run());
        previous.setFocusTraversable(false);
        next.setFocusTraversable(false);
        closeButton.setFocusTraversable(false);
        getChildren().addAll(field, count, previous, next, closeButton);
        field.textProperty().addListener((obs, before, after) -> search(after));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                step(1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                step(-1);
                e.consume();
            }
        });
    }

    void open() {
        search(field.getText());
        field.requestFocus();
        field.selectAll();
    }

    TextField field() {
        return field;
    }

    List<String> matches() {
        return matches;
    }

    private void search(String text) {
        WorkflowGraph graph = canvas.getGraph();
        List<String> found = new ArrayList<>();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (graph != null && !needle.isEmpty()) {
            for (GraphNode n : graph.nodes()) {
                if (n.name().toLowerCase(Locale.ROOT).contains(needle)) {
                    found.add(n.id());
                }
            }
        }
        matches = found;
        at = -1;
        if (!found.isEmpty()) {
            step(1);
        } else {
            count.setText(needle.isEmpty() ? "" : "No state");
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"), !needle.isEmpty());
        }
    }

    private void step(int by) {
        if (matches.isEmpty()) {
            return;
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"), false);
        at = Math.floorMod(at + by, matches.size());
        String id = matches.get(at);
        canvas.selection().select(id, canvas);
        canvas.reveal(id);
        count.setText((at + 1) + " of " + matches.size());
    }

    @Override
    public void requestFocus() {
        field.requestFocus();
    }

    Runnable closer() {
        return close;
    }
}

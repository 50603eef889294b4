package stepwise.app.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import stepwise.canvas.WorkflowSelection;
import stepwise.engine.replay.DataSummary;
import stepwise.engine.replay.ExecutionPicture;
import stepwise.engine.replay.MapProgress;
import stepwise.engine.replay.Replay;
import stepwise.engine.replay.StateStatus;
import stepwise.engine.replay.TokenPosition;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;

/**
 * Every state of the workflow at the player's event, nested as written: its status (the canvas's
 * pseudo-classes, with the legend), the tokens in it and the data they carry, a Map's iterations. The
 * outline of the picture the canvas draws; a virtual list, so 1,000 states cost only the rows in sight.
 * Clicking a row selects the state.
 */
final class StateStatusList extends BorderPane {
    private final Player player;
    private final ListView<String> list = new ListView<>();
    private final ObservableList<String> ids = FXCollections.observableArrayList();
    private final Map<String, Integer> depth = new HashMap<>();
    private final ShownUpdates updates;
    private WorkflowGraph graph;

    StateStatusList(Player player, WorkflowSelection selection, ObservableBooleanValue shown) {
        this.player = player;
        getStyleClass().add("state-status-list");
        list.setId("state-status-list");
        list.setItems(ids);
        list.setCellFactory(v -> new Row());
        list.setPlaceholder(new Label("Run the workflow or import a history to see each state's status."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null && !after.equals(selection.getPrimary())) {
                selection.select(after, this);
            }
        });
        selection.primaryProperty().addListener((obs, before, after) -> {
            if (after != null && !after.equals(list.getSelectionModel().getSelectedItem()) && ids.contains(after)) {
                list.getSelectionModel().select(after);
            }
        });
        StatusLegend legend = new StatusLegend();
        legend.setStyle("-fx-padding: 4 8 4 8;");
        setTop(legend);
        setCenter(list);
        updates = new ShownUpdates(shown, this::update);
        player.pictureProperty().addListener((obs, before, after) -> updates.request());
        player.replayProperty().addListener((obs, before, after) -> updates.request());
        updates.now();
    }

    ListView<String> list() {
        return list;
    }

    private void update() {
        Replay r = player.getReplay();
        WorkflowGraph g = r == null ? null : r.graph();
        if (g != graph) {
            graph = g;
            List<String> order = new ArrayList<>();
            depth.clear();
            if (g != null) {
                walk(g.root(), 0, order);
            }
            ids.setAll(order);
        }
        list.refresh();
    }

    /** The states as written: each followed by its branches' or processor's states, one level deeper. */
    private void walk(stepwise.model.graph.Scope scope, int level, List<String> order) {
        for (GraphNode n : scope.nodes()) {
            order.add(n.id());
            depth.put(n.id(), level);
            for (stepwise.model.graph.Scope child : n.children()) {
                walk(child, level + 1, order);
            }
        }
    }

    /** One state: indent, name, type, tokens and data, Map progress, status chip; the row carries the status pseudo-class. */
    private final class Row extends ListCell<String> {
        private final Label name = new Label();
        private final Label type = new Label();
        private final Label tokens = new Label();
        private final StatusChip chip = new StatusChip();
        private final Region indent = new Region();
        private final HBox box;

        Row() {
            getStyleClass().add("state-row");
            type.getStyleClass().add("step-type");
            tokens.getStyleClass().add("muted");
            tokens.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(tokens, Priority.ALWAYS);
            box = new HBox(8, indent, name, type, tokens, chip);
            box.setStyle("-fx-alignment: center-left;");
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            ExecutionPicture p = player.getPicture();
            StateStatus status = empty || id == null || p == null ? null : p.statusOf(id);
            for (StateStatus s : StateStatus.values()) {
                pseudoClassStateChanged(StatusChip.pseudoClass(s), s == status);
            }
            if (empty || id == null || graph == null || graph.node(id) == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            GraphNode n = graph.node(id);
            indent.setMinWidth(16.0 * depth.getOrDefault(id, 0));
            name.setText(n.name());
            type.setText(n.type().aslName());
            chip.show(status == null ? StateStatus.NOT_RUN : status);
            tokens.setText(tokensWords(p, id));
            setGraphic(box);
            setText(null);
        }
    }

    private static String tokensWords(ExecutionPicture p, String id) {
        if (p == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        MapProgress m = p.mapProgress(id);
        if (m != null) {
            sb.append(m.summary());
        }
        int here = 0;
        TokenPosition first = null;
        for (TokenPosition t : p.tokens()) {
            if (id.equals(t.nodeId()) && !t.left()) {
                here++;
                if (first == null) {
                    first = t;
                }
            }
        }
        if (here > 0) {
            if (sb.length() > 0) {
                sb.append("  \u00b7  ");
            }
            sb.append(here == 1 ? "\u25cf " + DataSummary.of(first.data()) : "\u25cf \u00d7" + here);
            if (first.error() != null) {
                sb.append("  \u00b7  ").append(first.error());
            }
        }
        return sb.toString();
    }
}

package stepwise.app.run;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.table.TableRowExpanderColumn;
import stepwise.canvas.WorkflowSelection;
import stepwise.engine.EventDetails;
import stepwise.engine.HistoryEvent;
import stepwise.engine.replay.Replay;

/**
 * The execution's events as the AWS console lists them: ID, Type, Step, Resource, Started after,
 * Timestamp; filtered by kind and by type or state name; a row expands to its details JSON. Rows are
 * event indexes and every cell is worked out when it is shown, so 100,000 events cost one int each.
 * Selecting a row moves the player to that event and selects its state.
 */
final class EventTable extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, HH:mm:ss.SSS", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** The kinds of events the filter offers. */
    enum Kind {
        ALL("All events"), STATES("State entered and exited"), TASKS("Task calls"), FAILURES("Failures"), MAPS("Map iterations");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Player player;
    private final WorkflowSelection selection;
    private final TableView<Integer> table = new TableView<>();
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private final TextField search = new TextField();
    private final ChoiceBox<Kind> kind = new ChoiceBox<>();
    private final Label count = new Label();
    private int indexed;
    private static final Duration FOLLOW_INTERVAL = Duration.millis(100);
    private final PauseTransition followLater = new PauseTransition(FOLLOW_INTERVAL);
    private long lastFollow;
    private boolean syncing;

    EventTable(Player player, WorkflowSelection selection) {
        this.player = player;
        this.selection = selection;
        getStyleClass().add("event-table");
        table.setId("event-table");
        table.setItems(rows);
        table.setPlaceholder(new Label("Run the workflow or import a history to see its events."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(expander());
        table.getColumns().add(column("ID", 60, i -> Long.toString(event(i).id())));
        TableColumn<Integer, String> type = column("Type", 190, i -> event(i).type().name());
        type.setCellFactory(c -> new TypeCell());
        table.getColumns().add(type);
        table.getColumns().add(column("Step", 150, i -> orEmpty(replay().stepNameOf(i))));
        table.getColumns().add(column("Resource", 170, i -> resource(event(i))));
        table.getColumns().add(column("Started after", 110, i -> startedAfter(i)));
        table.getColumns().add(column("Timestamp", 200, i -> TIME.format(event(i).timestamp())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (!syncing && after != null) {
                syncing = true;
                try {
                    player.pause();
                    player.seek(after + 1);
                    String node = replay().nodeIdOf(after);
                    if (node != null) {
                        selection.select(node, this);
                    }
                } finally {
                    syncing = false;
                }
            }
        });

        search.setPromptText("Filter by type or state name");
        search.setId("event-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        kind.getItems().setAll(Kind.values());
        kind.setValue(Kind.ALL);
        kind.setId("event-kind");
        search.textProperty().addListener((obs, before, after) -> rebuild());
        kind.valueProperty().addListener((obs, before, after) -> rebuild());
        count.getStyleClass().add("muted");
        HBox filters = new HBox(6, kind, search, count);
        filters.setStyle("-fx-padding: 4 6 4 6; -fx-alignment: center-left;");
        setTop(filters);
        setCenter(table);

        player.replayProperty().addListener((obs, before, after) -> rebuild());
        player.sizeProperty().addListener((obs, before, after) -> grow());
        player.positionProperty().addListener((obs, before, after) -> followSoon());
        player.playingProperty().addListener((obs, before, after) -> {
            if (!after) {
                followLater.stop();
                follow(player.getPosition());
            }
        });
        followLater.setOnFinished(e -> follow(player.getPosition()));
    }

    /**
     * Follows the player's event: at once when stepping or scrubbing; while playing at most ten times a
     * second, since nobody reads a table that scrolls every frame and redrawing it costs most of a frame.
     */
    private void followSoon() {
        if (!player.isPlaying()) {
            follow(player.getPosition());
            return;
        }
        long now = System.nanoTime();
        if (now - lastFollow >= FOLLOW_INTERVAL.toMillis() * 1_000_000L) {
            follow(player.getPosition());
        } else if (followLater.getStatus() != Animation.Status.RUNNING) {
            followLater.playFromStart();
        }
    }

    TableView<Integer> table() {
        return table;
    }

    private Replay replay() {
        return player.getReplay();
    }

    private HistoryEvent event(int i) {
        return replay().event(i);
    }

    private TableRowExpanderColumn<Integer> expander() {
        TableRowExpanderColumn<Integer> column = new TableRowExpanderColumn<>(param -> {
            int i = param.getValue();
            String text = JsonBlock.prettyText(event(i).toJson());
            VBox box = new VBox(JsonBlock.of(text, 24));
            box.getStyleClass().add("event-details");
            return box;
        });
        column.setPrefWidth(28);
        column.setMaxWidth(28);
        column.setMinWidth(28);
        return column;
    }

    private TableColumn<Integer, String> column(String title, double width, java.util.function.IntFunction<String> value) {
        TableColumn<Integer, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null || replay() == null ? ""
                : value.apply(cell.getValue())));
        return c;
    }

    /** The type with a dot coloured by what the event does. */
    private final class TypeCell extends TableCell<Integer, String> {
        private final Region dot = new Region();

        TypeCell() {
            dot.getStyleClass().add("event-type-icon");
            setGraphicTextGap(6);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            dot.getStyleClass().removeAll("entered", "exited", "failure", "execution");
            getStyleClass().remove("event-failure");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item);
            String group = item.startsWith("Execution") ? "execution" : item.endsWith("Entered") || item.endsWith("Started") ? "entered"
                    : item.endsWith("Exited") || item.endsWith("Succeeded") ? "exited"
                    : item.endsWith("Failed") || item.endsWith("TimedOut") || item.endsWith("Aborted") ? "failure" : null;
            if (group != null) {
                dot.getStyleClass().add(group);
            }
            if ("failure".equals(group)) {
                getStyleClass().add("event-failure");
            }
            setGraphic(dot);
        }
    }

    private String startedAfter(int i) {
        long ms = event(i).epochMillis() - event(0).epochMillis();
        return String.format(Locale.ROOT, "%,d ms", ms);
    }

    static String resource(HistoryEvent e) {
        String r = null;
        EventDetails d = e.details();
        if (d instanceof EventDetails.TaskScheduledEventDetails t) {
            r = t.resourceType() + ":" + t.resource();
        } else if (d instanceof EventDetails.TaskStartedEventDetails t) {
            r = t.resourceType() + ":" + t.resource();
        } else if (d instanceof EventDetails.TaskSucceededEventDetails t) {
            r = t.resourceType() + ":" + t.resource();
        } else if (d instanceof EventDetails.TaskFailedEventDetails t) {
            r = t.resourceType() + ":" + t.resource();
        } else if (d instanceof EventDetails.TaskSubmittedEventDetails t) {
            r = t.resourceType() + ":" + t.resource();
        } else if (d instanceof EventDetails.LambdaFunctionScheduledEventDetails t) {
            r = t.resource();
        } else if (d instanceof EventDetails.ActivityScheduledEventDetails t) {
            r = t.resource();
        }
        if (r == null) {
            return "";
        }
        int fn = r.indexOf(":function:");
        return fn >= 0 ? "Lambda " + r.substring(fn + ":function:".length()) : r;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private IntPredicate filter() {
        Replay r = replay();
        Kind k = kind.getValue();
        String text = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        return i -> {
            HistoryEvent e = r.event(i);
            String type = e.type().name();
            boolean kindOk = switch (k) {
                case ALL -> true;
                case STATES -> type.endsWith("StateEntered") || type.endsWith("StateExited");
                case TASKS -> type.startsWith("Task") && !type.startsWith("TaskState") || type.startsWith("Lambda")
                        || type.startsWith("Activity");
                case FAILURES -> type.endsWith("Failed") || type.endsWith("TimedOut") || type.endsWith("Aborted");
                case MAPS -> type.startsWith("MapIteration");
            };
            if (!kindOk) {
                return false;
            }
            if (text.isEmpty()) {
                return true;
            }
            String step = r.stepNameOf(i);
            return type.toLowerCase(Locale.ROOT).contains(text) || (step != null && step.toLowerCase(Locale.ROOT).contains(text));
        };
    }

    private void rebuild() {
        Replay r = replay();
        indexed = 0;
        if (r == null) {
            rows.clear();
            count.setText("");
            return;
        }
        List<Integer> all = collect(0, r.size());
        rows.setAll(all);
        indexed = r.size();
        updateCount();
        follow(player.getPosition());
    }

    private void grow() {
        Replay r = replay();
        if (r == null || r.size() <= indexed) {
            if (r == null || r.size() < indexed) {
                rebuild();
            }
            return;
        }
        rows.addAll(collect(indexed, r.size()));
        indexed = r.size();
        updateCount();
    }

    private List<Integer> collect(int from, int to) {
        IntPredicate keep = filter();
        boolean everything = kind.getValue() == Kind.ALL && (search.getText() == null || search.getText().isBlank());
        List<Integer> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            if (everything || keep.test(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private void updateCount() {
        int total = replay() == null ? 0 : replay().size();
        count.setText(rows.size() == total ? String.format(Locale.ROOT, "%,d events", total)
                : String.format(Locale.ROOT, "%,d of %,d events", rows.size(), total));
    }

    /** Selects the row of the player's event, scrolling only when it is out of sight. */
    private void follow(int k) {
        if (syncing) {
            return;
        }
        lastFollow = System.nanoTime();
        syncing = true;
        try {
            if (k == 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            int row = java.util.Collections.binarySearch(rows, k - 1);
            if (row < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            table.getSelectionModel().clearAndSelect(row);
            if (!visible(row)) {
                table.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private boolean visible(int row) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }
}

package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.MoveItem;
import stepwise.model.edit.SetField;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonPointer;

/**
 * An editable table over an array of the state (Retry, Catch): one row of fields per entry, each
 * cell committing on its own; a menu per row to move or remove the entry; messages under the row.
 * Rows are kept by index: when the document changes only the fields whose values changed refresh,
 * and rows are added or dropped at the end.
 */
abstract class ArrayTable {
    /** One row: its fields and cells, an optional line of details under the cells, its messages. */
    protected static final class Row {
        final List<FieldBinding> fields = new ArrayList<>();
        final List<Node> cells = new ArrayList<>();
        /** A cell on a line of its own above the others, across the columns (a retrier's errors). */
        Node lead;
        VBox details;
        final VBox messages = new VBox(1);
        final MenuButton actions = new MenuButton();
    }

    protected final InspectorEdits edits;
    protected final String field;
    private final GridPane grid = new GridPane();
    private final VBox root;
    private final List<Row> rows = new ArrayList<>();
    private final int columns;
    private final Label empty;

    /**
     * @param leadHeader the title of the line above the cells of each row (null when rows have none)
     * @param headers the column titles; a last column for the row menu is added
     */
    ArrayTable(InspectorEdits edits, String field, String leadHeader, List<String> headers, List<ColumnConstraints> widths,
               String emptyText) {
        this.edits = edits;
        this.field = field;
        this.columns = headers.size() + 1;
        grid.getStyleClass().add("array-table");
        if (leadHeader != null) {
            Label h = new Label(leadHeader);
            h.getStyleClass().add("column-header");
            grid.add(h, 0, 0, columns - 1, 1);
        }
        for (int c = 0; c < headers.size(); c++) {
            Label h = new Label(headers.get(c));
            h.getStyleClass().add("column-header");
            h.setMinWidth(0);
            grid.add(h, c, 1);
        }
        grid.getColumnConstraints().addAll(widths);
        ColumnConstraints menu = new ColumnConstraints(28, 28, 28);
        grid.getColumnConstraints().add(menu);
        empty = new Label(emptyText);
        empty.getStyleClass().add("table-empty");
        root = new VBox(6, grid, empty);
        root.getStyleClass().add("array-table-box");
    }

    static ColumnConstraints grow(double min) {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(min);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    static ColumnConstraints fixed(double width) {
        ColumnConstraints c = new ColumnConstraints(width, width, width);
        c.setFillWidth(true);
        return c;
    }

    Node node() {
        return root;
    }

    /** Puts {@code composer} (the line that adds an entry) under the table. */
    protected void setComposer(Node composer) {
        root.getChildren().add(composer);
    }

    /** Makes the row of entry {@code index}: its fields, their cells (one per header) and its details. */
    protected abstract Row createRow(int index, InspectedState state);

    /** Extra menu items of a row, before Move and Remove. */
    protected List<MenuItem> extraActions(int index, Row row) {
        return List.of();
    }

    protected JsonPointer entry(int index) {
        return Paths.of(field, index);
    }

    List<FieldBinding> fields() {
        List<FieldBinding> out = new ArrayList<>();
        for (Row r : rows) {
            out.addAll(r.fields);
        }
        return out;
    }

    int rowCount() {
        return rows.size();
    }

    void update(InspectedState state) {
        JsonArray array = state.raw().array(field);
        int size = array == null ? 0 : array.size();
        while (rows.size() > size) {
            Row r = rows.remove(rows.size() - 1);
            grid.getChildren().removeAll(r.cells);
            grid.getChildren().removeAll(r.actions, r.messages);
            if (r.lead != null) {
                grid.getChildren().remove(r.lead);
            }
            if (r.details != null) {
                grid.getChildren().remove(r.details);
            }
        }
        while (rows.size() < size) {
            int i = rows.size();
            Row r = createRow(i, state);
            layOut(i, r);
            rows.add(r);
        }
        for (int i = 0; i < rows.size(); i++) {
            for (FieldBinding f : rows.get(i).fields) {
                f.update(state);
            }
            updateRow(i, rows.get(i), state);
        }
        empty.setVisible(size == 0);
        empty.setManaged(size == 0);
        grid.setVisible(size > 0);
        grid.setManaged(size > 0);
    }

    /** Refreshes what a row shows besides its fields (the details line). */
    protected void updateRow(int index, Row row, InspectedState state) {
    }

    private void layOut(int i, Row r) {
        int base = 2 + i * 4;
        int cellRow = base;
        if (r.lead != null) {
            grid.add(r.lead, 0, base, columns - 1, 1);
            r.lead.getStyleClass().add("row-lead");
            cellRow = base + 1;
        }
        for (int c = 0; c < r.cells.size(); c++) {
            grid.add(r.cells.get(c), c, cellRow);
        }
        r.actions.setText("\u22ef");
        r.actions.getStyleClass().add("row-menu");
        r.actions.setId("rowmenu:" + field + "/" + i);
        r.actions.getItems().addAll(extraActions(i, r));
        if (!r.actions.getItems().isEmpty()) {
            r.actions.getItems().add(new SeparatorMenuItem());
        }
        r.actions.getItems().addAll(action("Move up", () -> move(i, i - 1)), action("Move down", () -> move(i, i + 1)),
                action("Remove", () -> remove(i)));
        r.actions.setOnShowing(e -> {
            r.actions.getItems().get(r.actions.getItems().size() - 3).setDisable(i == 0);
            r.actions.getItems().get(r.actions.getItems().size() - 2).setDisable(i == rows.size() - 1);
        });
        grid.add(r.actions, columns - 1, base);
        GridPane.setHalignment(r.actions, javafx.geometry.HPos.CENTER);
        if (r.details != null) {
            r.details.getStyleClass().add("row-details");
            grid.add(r.details, 0, base + 2, columns, 1);
        }
        for (FieldBinding f : r.fields) {
            if (f.messageNode().getParent() == null) {
                r.messages.getChildren().add(f.messageNode());
            }
        }
        r.messages.setAlignment(Pos.TOP_LEFT);
        r.messages.setMinWidth(0);
        r.messages.setPrefWidth(10);
        for (Node m : r.messages.getChildren()) {
            ((Label) m).setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(r.messages, 0, base + 3, columns, 1);
    }

    private static MenuItem action(String text, Runnable run) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> run.run());
        return item;
    }

    protected void run(EditCommand command, Row row) {
        String failure = edits.run(command, List.of());
        if (failure != null && !row.fields.isEmpty()) {
            row.fields.get(0).setProblem(failure);
        }
    }

    private void move(int from, int to) {
        if (to >= 0 && to < rows.size()) {
            run(new MoveItem(edits.absolute(Paths.of(field)), from, to), rows.get(from));
        }
    }

    private void remove(int index) {
        JsonPointer target = rows.size() == 1 ? Paths.of(field) : entry(index);
        run(SetField.remove(edits.absolute(target)), rows.get(index));
    }
}

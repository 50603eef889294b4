package stepwise.app.recovery;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A line diff as people read it: hunk headers, then each line with its old and new number and a sign,
 * removed lines on red, added on green (colours from the theme: {@code recovery.css}). Virtualised, so
 * that a diff of a whole large file scrolls smoothly.
 */
public final class DiffView {
    /** A row: a hunk's header, or one of its lines. */
    private sealed interface Row permits HeaderRow, LineRow {
    }

    private record HeaderRow(String text) implements Row {
    }

    private record LineRow(LineDiff.Line line) implements Row {
    }

    private final ListView<Row> list = new ListView<>();

    public DiffView() {
        list.getStyleClass().add("diff-view");
        list.setFocusTraversable(true);
        list.setCellFactory(v -> new RowCell());
        list.setPlaceholder(new Label("No differences"));
    }

    public ListView<?> node() {
        return list;
    }

    public void show(LineDiff diff) {
        List<Row> rows = new ArrayList<>();
        for (LineDiff.Hunk h : diff.hunks()) {
            rows.add(new HeaderRow(h.header()));
            h.lines().forEach(l -> rows.add(new LineRow(l)));
        }
        list.getItems().setAll(rows);
        list.scrollTo(0);
    }

    public void clear(String placeholder) {
        list.getItems().clear();
        list.setPlaceholder(new Label(placeholder));
    }

    /** How many lines of the diff are shown (headers not counted). */
    int lineCount() {
        return (int) list.getItems().stream().filter(r -> r instanceof LineRow).count();
    }

    private static final class RowCell extends ListCell<Row> {
        private static final List<String> KINDS = List.of("diff-hunk", "diff-same", "diff-added", "diff-removed");
        private final Label oldNumber = number();
        private final Label newNumber = number();
        private final Label sign = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(oldNumber, newNumber, sign, text);

        RowCell() {
            getStyleClass().add("diff-row");
            sign.getStyleClass().add("diff-sign");
            text.getStyleClass().add("diff-text");
            text.setMinWidth(USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            setGraphic(null);
        }

        private static Label number() {
            Label l = new Label();
            l.getStyleClass().add("diff-number");
            l.setAlignment(Pos.CENTER_RIGHT);
            return l;
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(KINDS);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row instanceof HeaderRow h) {
                getStyleClass().add("diff-hunk");
                oldNumber.setText("");
                newNumber.setText("");
                sign.setText("");
                text.setText(h.text());
            } else if (row instanceof LineRow r) {
                LineDiff.Line l = r.line();
                getStyleClass().add(switch (l.kind()) {
                    case SAME -> "diff-same";
                    case ADDED -> "diff-added";
                    case REMOVED -> "diff-removed";
                });
                oldNumber.setText(l.oldNumber() == 0 ? "" : Integer.toString(l.oldNumber()));
                newNumber.setText(l.newNumber() == 0 ? "" : Integer.toString(l.newNumber()));
                sign.setText(switch (l.kind()) {
                    case SAME -> " ";
                    case ADDED -> "+";
                    case REMOVED -> "\u2212";
                });
                text.setText(l.text().replace("\t", "    "));
            }
            setGraphic(box);
        }
    }
}

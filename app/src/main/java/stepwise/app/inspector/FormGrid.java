package stepwise.app.inspector;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The two columns of a form: labels on the left, one width for all; fields filling the rest. */
final class FormGrid extends GridPane {
    static final double LABEL_WIDTH = 112;
    private int row;

    FormGrid() {
        getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH, LABEL_WIDTH, LABEL_WIDTH);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(120);
        getColumnConstraints().addAll(labels, fields);
    }

    static Label label(String text, String help) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(0);
        if (help != null) {
            Tooltip tip = new Tooltip(help);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            label.setTooltip(tip);
        }
        return label;
    }

    /** A labelled field on one line. */
    FormGrid add(String label, String help, FieldBinding field) {
        return add(label, help, field.node());
    }

    FormGrid add(String label, String help, Node node) {
        Label l = label(label, help);
        add(l, 0, row);
        GridPane.setValignment(l, VPos.TOP);
        l.getStyleClass().add("beside");
        add(node, 1, row);
        GridPane.setFillWidth(node, true);
        row++;
        return this;
    }

    /** A field under its label, across both columns (JSON areas, tables). */
    FormGrid addWide(String label, String help, FieldBinding field) {
        return addWide(label, help, field.node());
    }

    FormGrid addWide(String label, String help, Node node) {
        if (label != null) {
            Label l = label(label, help);
            l.getStyleClass().add("above");
            add(l, 0, row++, 2, 1);
        }
        add(node, 0, row++, 2, 1);
        GridPane.setFillWidth(node, true);
        return this;
    }

    void clearRows() {
        getChildren().clear();
        row = 0;
    }

    /** Shows or hides the row that holds {@code node}, its label with it. */
    void showRow(Node node, boolean visible) {
        Integer r = GridPane.getRowIndex(node);
        for (Node child : getChildren()) {
            Integer cr = GridPane.getRowIndex(child);
            if (r != null && r.equals(cr)) {
                child.setVisible(visible);
                child.setManaged(visible);
            }
        }
    }
}

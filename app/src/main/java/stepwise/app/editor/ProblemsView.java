package stepwise.app.editor;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import stepwise.model.Diagnostic;

/** The list of problems: severity, message, code and position; choosing one goes to it. */
public final class ProblemsView {
    private final ListView<Diagnostic> list = new ListView<>();

    public ProblemsView(ObservableList<Diagnostic> problems, Consumer<Diagnostic> open) {
        list.setItems(problems);
        list.getStyleClass().add("problems-view");
        list.setPlaceholder(new Label("No problems"));
        list.setCellFactory(v -> new ProblemCell());
        list.setOnMouseClicked(e -> {
            Diagnostic d = list.getSelectionModel().getSelectedItem();
            if (d != null && e.getClickCount() >= 1) {
                open.accept(d);
            }
        });
        list.setOnKeyPressed(e -> {
            Diagnostic d = list.getSelectionModel().getSelectedItem();
            if (d != null && e.getCode() == KeyCode.ENTER) {
                open.accept(d);
            }
        });
    }

    public ListView<Diagnostic> node() {
        return list;
    }

    private static final class ProblemCell extends ListCell<Diagnostic> {
        private final Label icon = new Label();
        private final Label message = new Label();
        private final Label where = new Label();
        private final HBox box;

        ProblemCell() {
            icon.getStyleClass().add("problem-icon");
            message.getStyleClass().add("problem-message");
            where.getStyleClass().add("problem-where");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(8, icon, message, spacer, where);
        }

        @Override
        protected void updateItem(Diagnostic d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                return;
            }
            icon.setText(switch (d.severity()) {
                case ERROR -> "\u2716";
                case WARNING -> "\u26A0";
                case INFO -> "\u2139";
            });
            icon.getStyleClass().setAll("problem-icon", d.severity().label());
            message.setText(d.message());
            where.setText(d.code() + "  " + d.line() + ":" + d.column());
            setGraphic(box);
        }
    }
}

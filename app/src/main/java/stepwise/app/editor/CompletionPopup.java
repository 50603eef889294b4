package stepwise.app.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * The list of completions under the caret, with the chosen one's documentation below it. Up and Down
 * choose, Enter or Tab accept, Escape closes; typing goes on in the editor and refilters the list.
 */
final class CompletionPopup {
    private final CodeArea area;
    private final Popup popup = new Popup();
    private final ListView<Completion> list = new ListView<>();
    private final Label doc = new Label();
    private Consumer<Completion> onAccept = c -> { };

    CompletionPopup(CodeArea area) {
        this.area = area;
        list.getStyleClass().add("completion-list");
        list.setCellFactory(v -> new CompletionCell());
        list.setPrefSize(460, 220);
        list.setFocusTraversable(false);
        doc.getStyleClass().add("completion-doc");
        doc.setWrapText(true);
        doc.setMaxWidth(460);
        doc.setMinHeight(Region.USE_PREF_SIZE);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> doc.setText(b == null ? "" : b.detail()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                accept();
            }
        });
        VBox box = new VBox(list, doc);
        box.getStyleClass().addAll("root", "completion-popup"); // "root": the theme's named colours resolve in the popup too
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    void setOnAccept(Consumer<Completion> onAccept) {
        this.onAccept = onAccept;
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** The completions shown, for tests. */
    List<Completion> items() {
        return List.copyOf(list.getItems());
    }

    ListView<Completion> listView() {
        return list;
    }

    /** Shows {@code items} at the caret (hides when there are none). */
    void show(List<Completion> items) {
        if (items.isEmpty()) {
            hide();
            return;
        }
        list.getItems().setAll(items);
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        list.setPrefHeight(Math.min(10, items.size()) * 26 + 6);
        if (!popup.isShowing()) {
            Bounds caret = area.getCaretBounds().orElse(null);
            if (caret == null || area.getScene() == null || area.getScene().getWindow() == null) {
                return;
            }
            popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    void hide() {
        popup.hide();
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int i = list.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
            int n = list.getItems().size();
            list.getSelectionModel().select((i + n) % n);
            list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
            e.consume();
        } else if (code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP) {
            int i = list.getSelectionModel().getSelectedIndex() + (code == KeyCode.PAGE_DOWN ? 8 : -8);
            list.getSelectionModel().select(Math.max(0, Math.min(list.getItems().size() - 1, i)));
            list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
            e.consume();
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB) {
            accept();
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            hide();
            e.consume();
        } else if (code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.HOME || code == KeyCode.END) {
            hide();
        }
    }

    void accept() {
        Completion chosen = list.getSelectionModel().getSelectedItem();
        hide();
        if (chosen != null) {
            onAccept.accept(chosen);
        }
    }

    private static final class CompletionCell extends ListCell<Completion> {
        private final Label kind = new Label();
        private final Label label = new Label();
        private final Label detail = new Label();
        private final HBox box;

        CompletionCell() {
            kind.getStyleClass().add("completion-kind");
            label.getStyleClass().add("completion-label");
            detail.getStyleClass().add("completion-detail");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(6, kind, label, spacer, detail);
            detail.setMaxWidth(200);
        }

        @Override
        protected void updateItem(Completion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            kind.setText(symbol(item.kind()));
            kind.getStyleClass().setAll("completion-kind", item.kind().name().toLowerCase(java.util.Locale.ROOT));
            label.setText(item.label());
            String d = item.detail();
            int dash = d.indexOf(" \u2014 ");
            detail.setText(dash > 0 ? d.substring(0, dash) : item.kind() == Completion.Kind.FIELD ? "" : shorten(d));
            setGraphic(box);
        }

        private static String shorten(String s) {
            return s.length() > 32 ? s.substring(0, 31) + "\u2026" : s;
        }

        private static String symbol(Completion.Kind k) {
            return switch (k) {
                case FIELD -> "F";
                case STATE -> "S";
                case VALUE -> "V";
                case ERROR -> "E";
                case FUNCTION -> "\u0192";
                case RESOURCE -> "R";
                case PATH -> "$";
                case SNIPPET -> "\u2026";
            };
        }
    }
}

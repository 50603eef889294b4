package stepwise.app.recovery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Offers back the work a crashed or killed Stepwise had not saved: one row per workflow, and for the one
 * selected, how it differs from the file on disk. Restore opens it (unsaved, with its file), Discard
 * forgets it, Decide Later keeps it for the next start.
 */
public final class RestorePrompt {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Stage stage = new Stage();
    private final ListView<RecoveredWork> list = new ListView<>();
    private final Label name = new Label();
    private final Label where = new Label();
    private final Label summary = new Label();
    private final DiffView diff = new DiffView();
    private final Button restore = new Button("Restore");
    private final Button discard = new Button("Discard");
    private final Button later = new Button("Decide Later");
    private final Label intro = new Label();
    private final ZoneId zone;

    /**
     * @param onRestore opens the work in a window (the prompt then forgets it)
     * @param onDiscard forgets the work for good
     */
    public RestorePrompt(Window owner, List<RecoveredWork> work, Consumer<RecoveredWork> onRestore, Consumer<RecoveredWork> onDiscard,
                         ZoneId zone) {
        this.zone = zone;
        stage.setTitle("Restore Unsaved Work \u2014 Stepwise");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        list.getItems().setAll(work);
        list.getStyleClass().add("recovered-list");
        list.setCellFactory(v -> new WorkCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> showSelected(after));
        restore.setDefaultButton(true);
        later.setCancelButton(true);
        restore.setOnAction(e -> decided(onRestore));
        discard.setOnAction(e -> decided(onDiscard));
        later.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(discard, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(later, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar.setButtonData(restore, ButtonBar.ButtonData.OK_DONE);
        Scene scene = new Scene(createView(), 900, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        updateIntro();
        list.getSelectionModel().selectFirst();
    }

    private BorderPane createView() {
        SVGPath icon = new SVGPath();
        // a clock turning back: work brought back
        icon.setContent("M13 3a9 9 0 0 0-9 9H1l3.9 3.9.1.1L9 12H6a7 7 0 1 1 2.05 4.95l-1.42 1.42A9 9 0 1 0 13 3zm-1 5v5l4.28 2.54.72-1.21-3.5-2.08V8H12z");
        icon.getStyleClass().add("restore-icon");
        Label title = new Label("Stepwise found work that was not saved");
        title.getStyleClass().add("restore-title");
        intro.getStyleClass().add("restore-intro");
        intro.setWrapText(true);
        VBox heading = new VBox(4, title, intro);
        HBox header = new HBox(14, icon, heading);
        header.getStyleClass().add("restore-header");
        header.setAlignment(Pos.CENTER_LEFT);

        name.getStyleClass().add("restore-name");
        where.getStyleClass().add("restore-where");
        summary.getStyleClass().add("restore-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox detail = new VBox(4, name, where, summary, diff.node());
        VBox.setVgrow(diff.node(), Priority.ALWAYS);
        VBox.setMargin(diff.node(), new Insets(6, 0, 0, 0));
        detail.getStyleClass().add("restore-detail");
        HBox.setHgrow(detail, Priority.ALWAYS);
        list.setPrefWidth(230);
        list.setMinWidth(200);
        HBox body = new HBox(14, list, detail);
        body.getStyleClass().add("restore-body");

        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(discard, later, restore);
        buttons.getStyleClass().add("restore-buttons");

        BorderPane root = new BorderPane(body, header, null, buttons, null);
        root.getStyleClass().add("restore-prompt");
        return root;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** The work still offered. */
    public List<RecoveredWork> remaining() {
        return List.copyOf(list.getItems());
    }

    /** Selects the {@code index}-th work, as a click on it would. */
    public void select(int index) {
        list.getSelectionModel().select(index);
    }

    public void restoreSelected() {
        restore.fire();
    }

    public void discardSelected() {
        discard.fire();
    }

    /** The summary of the selected work's difference (for tests). */
    public String summaryText() {
        return summary.getText();
    }

    int diffLineCount() {
        return diff.lineCount();
    }

    private void decided(Consumer<RecoveredWork> action) {
        RecoveredWork w = list.getSelectionModel().getSelectedItem();
        if (w == null) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        list.getItems().remove(w);
        action.accept(w);
        if (list.getItems().isEmpty()) {
            stage.close();
            return;
        }
        list.getSelectionModel().select(Math.min(index, list.getItems().size() - 1));
        updateIntro();
    }

    private void updateIntro() {
        int n = list.getItems().size();
        intro.setText((n == 1 ? "Stepwise closed before this workflow was saved. " : "Stepwise closed before these " + n + " workflows were saved. ")
                + "Restore to carry on where you stopped; nothing is written to your files until you save.");
        boolean many = n > 1;
        list.setVisible(many);
        list.setManaged(many);
    }

    private void showSelected(RecoveredWork w) {
        restore.setDisable(w == null);
        discard.setDisable(w == null);
        if (w == null) {
            return;
        }
        name.setText(w.displayName());
        where.setText((w.file() == null ? "Not saved to a file" : String.valueOf(w.file().toAbsolutePath().getParent()))
                + "  \u00b7  autosaved " + when(w));
        summary.setText("Comparing\u2026");
        diff.clear("Comparing\u2026");
        CompletableFuture.supplyAsync(() -> Comparison.of(w)).whenComplete((c, error) -> Platform.runLater(() -> {
            if (list.getSelectionModel().getSelectedItem() != w) {
                return;
            }
            if (error != null) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, error);
                summary.setText("The difference cannot be shown.");
                diff.clear("");
                return;
            }
            summary.setText(c.summary());
            if (c.diff().isEmpty()) {
                diff.clear("No differences");
            } else {
                diff.show(c.diff());
            }
        }));
    }

    private String when(RecoveredWork w) {
        ZonedDateTime t = w.savedAt().atZone(zone);
        LocalDate today = LocalDate.now(zone);
        if (t.toLocalDate().equals(today)) {
            return "today at " + TIME.format(t);
        }
        if (t.toLocalDate().equals(today.minusDays(1))) {
            return "yesterday at " + TIME.format(t);
        }
        return "on " + DAY.format(t);
    }

    private final class WorkCell extends ListCell<RecoveredWork> {
        @Override
        protected void updateItem(RecoveredWork w, boolean empty) {
            super.updateItem(w, empty);
            if (empty || w == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label n = new Label(w.displayName());
            n.getStyleClass().add("recovered-name");
            Label d = new Label((w.file() == null ? "never saved" : String.valueOf(w.file().toAbsolutePath().getParent().getFileName()))
                    + " \u00b7 " + when(w));
            d.getStyleClass().add("recovered-detail");
            VBox box = new VBox(2, n, d);
            setPrefWidth(0); // the names are cut with an ellipsis rather than scrolled sideways
            setGraphic(box);
            setText(null);
        }
    }
}

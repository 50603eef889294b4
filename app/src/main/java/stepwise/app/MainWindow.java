package stepwise.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import stepwise.app.run.RunPanel;
import stepwise.canvas.ExecutionOverlay;
import stepwise.canvas.WorkflowSelection;
import stepwise.model.AslDocument;
import stepwise.model.edit.TextEdit;
import stepwise.model.edit.WorkflowSession;

/**
 * The main window: menu bar, and the workflow's views side by side in split panes (canvas, JSON
 * editor, inspector, run panel). It owns the open file and its {@link WorkflowSession}.
 */
public final class MainWindow {
    static final String NEW_WORKFLOW = """
            {
              "Comment": "A new workflow",
              "StartAt": "Start",
              "States": {
                "Start": {
                  "Type": "Pass",
                  "End": true
                }
              }
            }
            """;

    private final Stage stage;
    private final RecentFiles recent = RecentFiles.forUser();
    private final BorderPane root = new BorderPane();
    private final TextArea editor = new TextArea();
    private final Menu recentMenu = new Menu("Open _Recent");
    private WorkflowSession session;
    private Path file;
    private boolean updatingEditor;
    private final WorkflowSelection selection = new WorkflowSelection();
    private RunPanel runPanel;

    public MainWindow(Stage stage) {
        this.stage = stage;
        root.setTop(createMenuBar());
        root.setCenter(createPanes());
        stage.setScene(new Scene(root, 1280, 800));
        runPanel.installShortcuts(stage.getScene());
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
        editor.textProperty().addListener((obs, before, after) -> {
            if (!updatingEditor && session != null) {
                session.replaceAll(after, "Typing", null);
                updateTitle();
            }
        });
        setSession(new WorkflowSession(AslDocument.of(NEW_WORKFLOW)), null);
    }

    public Stage stage() {
        return stage;
    }

    public WorkflowSession session() {
        return session;
    }

    /** The run panel: running the workflow and watching the run. */
    public RunPanel runPanel() {
        return runPanel;
    }

    private MenuBar createMenuBar() {
        Menu file = new Menu("_File");
        MenuItem newItem = item("_New", "Shortcut+N", this::newWorkflow);
        MenuItem open = item("_Open\u2026", "Shortcut+O", this::openWithChooser);
        MenuItem save = item("_Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save _As\u2026", "Shortcut+Shift+S", this::saveAs);
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> {
            if (confirmDiscard()) {
                stage.close();
            }
        });
        file.setOnShowing(e -> fillRecent());
        file.getItems().addAll(newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(), quit);
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(item("_Undo", "Shortcut+Z", () -> session.undo()), item("_Redo", "Shortcut+Shift+Z", () -> session.redo()));
        return new MenuBar(file, edit);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private SplitPane createPanes() {
        StackPane canvas = new StackPane(new Label("Canvas"));
        canvas.getStyleClass().add("canvas-pane");
        StackPane inspector = new StackPane(new Label("Inspector"));
        RunPanel runPanel = new RunPanel(this::session, selection, () -> file, ExecutionOverlay.NONE);
        this.runPanel = runPanel;
        editor.getStyleClass().add("json-editor");
        editor.setStyle("-fx-font-family: monospace");
        SplitPane top = new SplitPane(canvas, editor, inspector);
        top.setDividerPositions(0.5, 0.8);
        SplitPane main = new SplitPane(top, runPanel);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.75);
        return main;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<Path> files = recent.list();
        for (Path p : files) {
            MenuItem mi = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> {
                if (confirmDiscard()) {
                    open(p);
                }
            });
            recentMenu.getItems().add(mi);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    private void setSession(WorkflowSession newSession, Path newFile) {
        this.session = newSession;
        this.file = newFile;
        if (runPanel != null) {
            runPanel.reset();
        }
        session.addListener(new WorkflowSession.Listener() {
            @Override
            public void textChanged(WorkflowSession.Change change) {
                if (change.origin() != null) {
                    updatingEditor = true;
                    try {
                        for (TextEdit e : change.edits()) {
                            editor.replaceText(e.start(), e.end(), e.replacement());
                        }
                    } finally {
                        updatingEditor = false;
                    }
                }
                updateTitle();
            }

            @Override
            public void historyChanged() {
                updateTitle();
            }
        });
        updatingEditor = true;
        try {
            editor.setText(session.text());
        } finally {
            updatingEditor = false;
        }
        updateTitle();
    }

    private void updateTitle() {
        String name = file == null ? "Untitled" : file.getFileName().toString();
        stage.setTitle((session != null && session.isDirty() ? "\u2022 " : "") + name + " \u2014 Stepwise");
    }

    void newWorkflow() {
        if (confirmDiscard()) {
            setSession(new WorkflowSession(AslDocument.of(NEW_WORKFLOW)), null);
        }
    }

    private void openWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open workflow");
        java.io.File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens {@code path} in this window, replacing the current workflow. */
    public void open(Path path) {
        try {
            AslDocument doc = WorkflowFiles.read(path);
            setSession(new WorkflowSession(doc), path);
            recent.add(path);
        } catch (IOException e) {
            error("Could not open " + path.getFileName(), e.getMessage());
        }
    }

    void save() {
        if (file == null) {
            saveAs();
        } else {
            writeTo(file);
        }
    }

    private void saveAs() {
        FileChooser chooser = chooser("Save workflow as");
        chooser.setInitialFileName(file == null ? "workflow.asl.json" : file.getFileName().toString());
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            writeTo(chosen.toPath());
        }
    }

    private void writeTo(Path target) {
        try {
            WorkflowFiles.writeAtomically(target, session.document().encode());
            file = target;
            session.markSaved();
            recent.add(target);
            updateTitle();
        } catch (IOException e) {
            error("Could not save " + target.getFileName(), e.getMessage() + "\nYour changes are still open in the editor.");
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Workflows (*.asl.json, *.json, *.asl.yaml, *.yaml)", "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (file != null && file.getParent() != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
        }
        return chooser;
    }

    /** Asks what to do with unsaved changes; true when it is fine to go on. */
    private boolean confirmDiscard() {
        if (session == null || !session.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to " + (file == null ? "Untitled" : file.getFileName()) + "?",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setHeaderText("This workflow has unsaved changes");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save) {
            save();
            return !session.isDirty();
        }
        return true;
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}

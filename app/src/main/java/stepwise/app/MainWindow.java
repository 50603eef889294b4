package stepwise.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import stepwise.app.about.AboutDialog;
import stepwise.app.editor.JsonEditor;
import stepwise.app.editor.ProblemsView;
import stepwise.app.editor.StatusBar;
import stepwise.canvas.StatePalette;
import stepwise.canvas.WorkflowSelection;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.CanvasExecutionOverlay;
import stepwise.app.run.RunPanel;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.app.inspector.Inspector;
import stepwise.app.recovery.RecoveredWork;
import stepwise.app.recovery.WorkWindow;
import stepwise.app.start.OpenedExample;
import stepwise.assets.Example;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.Syntax;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.graph.GraphNode;
import stepwise.model.json.JsonPointer;

/**
 * The main window: menu bar, the workflow's views side by side in split panes (canvas, JSON editor,
 * inspector; problems and run panel below) and the status bar. It owns the open file, its
 * {@link WorkflowSession} and the {@link WorkflowSelection} every view shares.
 */
public final class MainWindow implements WorkWindow {
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

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
    private final Settings settings;
    private final RecentFiles recent;
    private final BorderPane root = new BorderPane();
    private final JsonEditor editor = new JsonEditor();
    private final WorkflowSelection selection = new WorkflowSelection();
    private final ReadOnlyObjectWrapper<WorkflowSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<OpenedExample> openedExample = new ReadOnlyObjectWrapper<>(this, "openedExample");
    private final Menu recentMenu = new Menu("Open _Recent");
    private final HBox notice = new HBox();
    private final Timeline diskWatch = new Timeline(new KeyFrame(Duration.seconds(2), e -> checkDisk()));
    private final WorkflowSession.Listener titleListener = new WorkflowSession.Listener() {
        @Override
        public void textChanged(WorkflowSession.Change change) {
            updateTitle();
        }

        @Override
        public void historyChanged() {
            updateTitle();
        }

        @Override
        public void documentChanged(AslDocument document) {
            if (!document.hasSyntaxErrors() && document.graph() != null) {
                java.util.Set<String> ids = new java.util.HashSet<>();
                document.graph().nodes().forEach(n -> ids.add(n.id()));
                selection.retain(ids); // states deleted or renamed elsewhere leave the selection
            }
        }
    };
    private java.util.function.BiConsumer<String, String> errors = this::showError;
    private final WorkflowCanvas canvas = new WorkflowCanvas(selection);
    private final StatePalette palette = new StatePalette(canvas);
    private final Inspector inspector = new Inspector(null, selection);
    private Path file;
    private RunPanel runPanel;
    private TabPane bottomTabs;
    private Tab runTab;
    private Consumer<String> openLink;
    private Syntax syntax = Syntax.JSON;
    private DiskStamp diskStamp;
    private DiskStamp ignoredStamp;
    private SafeSave saving = new SafeSave();
    private Function<SaveFailure, SaveFailureDialog.Choice> saveFailures = f -> SaveFailureDialog.ask(stage(), f);
    private final StartScreen start;
    private Node panes;

    public MainWindow(Stage stage) {
        this(stage, Settings.of(UserFolders.forUser()));
    }

    /** A window whose recent files and start page setting are kept in {@code settings}. */
    public MainWindow(Stage stage, Settings settings) {
        this.stage = stage;
        this.settings = settings;
        this.recent = new RecentFiles(settings);
        this.start = new StartScreen(this, settings, recent);
        settings.string(THEME).flatMap(MainWindow::theme).ifPresent(canvas::setTheme);
        editor.setSelection(selection);
        notice.getStyleClass().add("file-notice");
        hideNotice();
        panes = createPanes();
        root.setTop(new VBox(createMenuBar(), notice));
        root.setCenter(panes);
        StatusBar status = new StatusBar(editor);
        status.node().getChildren().add(new RepaintAnchor(runPanel.player().playingProperty()).node());
        root.setBottom(status.node());
        Scene scene = new Scene(root, 1280, 800);
        stage.setScene(scene);
        runPanel.installShortcuts(scene);
        applyTheme(canvas.themeProperty().get());
        installDrop(scene);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            } else {
                close();
            }
        });
        stage.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                checkDisk();
            }
        });
        diskWatch.setCycleCount(Animation.INDEFINITE);
        diskWatch.play();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            if (stage.getScene() != null && stage.getScene().getRoot() == root) {
                diskWatch.play();
            }
        });
        setSession(new WorkflowSession(AslDocument.of(NEW_WORKFLOW)), null, Syntax.JSON);
    }

    public Stage stage() {
        return stage;
    }

    /** The open workflow's session; it is replaced when another file is opened. */
    public WorkflowSession session() {
        return session.get();
    }

    /** The session, observable: views that edit through it follow it when a file is opened. */
    public ReadOnlyObjectProperty<WorkflowSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The run panel: running the workflow and watching the run. */
    public RunPanel runPanel() {
        return runPanel;
    }

    /** The selection of states that the canvas, the editor, the inspector and the run panel share. */
    public WorkflowSelection selection() {
        return selection;
    }

    public JsonEditor editor() {
        return editor;
    }

    /** The open file, or null for a new workflow not saved yet. */
    public Path file() {
        return file;
    }

    /** Where problems come from (the validator plugs in here): a function of a parsed document. */
    public void setDiagnoser(Function<AslDocument, List<Diagnostic>> diagnoser) {
        editor.setDiagnoser(diagnoser);
    }

    /** How web addresses (licence texts...) are opened: the application's host services. */
    public void openLinksWith(Consumer<String> opener) {
        this.openLink = opener;
    }

    /** The canvas showing the workflow. */
    public WorkflowCanvas canvas() {
        return canvas;
    }

    /** The example the open workflow was made from (its inputs and mocks, for Run), or null. */
    public ReadOnlyObjectProperty<OpenedExample> openedExampleProperty() {
        return openedExample.getReadOnlyProperty();
    }

    @Override
    public String exampleId() {
        OpenedExample e = openedExample.get();
        return e == null ? null : e.id();
    }

    /** The user's settings (recent files, whether the start page shows at start). */
    public Settings settings() {
        return settings;
    }

    private MenuBar createMenuBar() {
        Menu fileMenu = new Menu("_File");
        MenuItem newItem = item("_New", "Shortcut+N", this::newWorkflow);
        Menu fromExample = start.newFromExampleMenu();
        MenuItem open = item("_Open\u2026", "Shortcut+O", this::openWithChooser);
        MenuItem save = item("_Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save _As\u2026", "Shortcut+Shift+S", this::saveAs);
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> {
            if (confirmDiscard()) {
                close();
                stage.close();
            }
        });
        fileMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem export = item("_Export Picture\u2026", null, this::exportPicture);
        fileMenu.getItems().addAll(newItem, fromExample, open, recentMenu, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);
        Menu edit = new Menu("_Edit");
        MenuItem undo = item("_Undo", "Shortcut+Z", editor::undo);
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", editor::redo);
        // The states selected on the canvas; no accelerators here, so that the keys keep working in the text.
        List<MenuItem> stateItems = List.of(
                item("Cu_t States", null, () -> canvas.editing().cut()),
                item("_Copy States", null, () -> canvas.editing().copy()),
                item("Du_plicate States", null, () -> canvas.editing().duplicate()),
                item("_Delete States", null, () -> canvas.editing().delete()),
                item("Re_name State\u2026", null, () -> canvas.editing().rename()));
        MenuItem pasteStates = item("_Paste States", null, () -> canvas.editing().paste());
        edit.setOnShowing(e -> {
            stateItems.forEach(i -> i.setDisable(selection.getSelected().isEmpty()));
            WorkflowSession s = session();
            undo.setText(s != null && s.canUndo() ? "_Undo " + s.undoDescription() : "_Undo");
            undo.setDisable(s == null || !s.canUndo());
            redo.setText(s != null && s.canRedo() ? "_Redo " + s.redoDescription() : "_Redo");
            redo.setDisable(s == null || !s.canRedo());
        });
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem());
        edit.getItems().addAll(stateItems.subList(0, 2));
        edit.getItems().add(pasteStates);
        edit.getItems().addAll(stateItems.subList(2, stateItems.size()));
        edit.getItems().addAll(new SeparatorMenuItem(),
                item("_Find\u2026", null, () -> editor.area().fireEvent(shortcut(javafx.scene.input.KeyCode.F))),
                item("_Replace\u2026", null, () -> editor.area().fireEvent(shortcut(javafx.scene.input.KeyCode.H))),
                item("_Go to Line\u2026", null, editor::showGoToLine));
        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Start Page", null, this::showStartPage), new SeparatorMenuItem(),
                item("_About Stepwise", null, () -> new AboutDialog(stage, openLink).show()));
        return new MenuBar(fileMenu, edit, createViewMenu(), createRunMenu(), help);
    }

    private static javafx.scene.input.KeyEvent shortcut(javafx.scene.input.KeyCode code) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, !mac, false, mac);
    }

    /** Running the open workflow from anywhere in the window: F5 runs it with the Run tab's input and answers. */
    private Menu createRunMenu() {
        Menu menu = new Menu("_Run");
        MenuItem run = item("_Run Workflow", "F5", () -> {
            showRunTab();
            runPanel.runWorkflow();
        });
        run.disableProperty().bind(runPanel.runningProperty().or(sessionProperty().isNull()));
        MenuItem stop = item("_Stop", "Shift+F5", runPanel::stopRun);
        stop.disableProperty().bind(runPanel.runningProperty().not());
        MenuItem importHistory = item("_Import History\u2026", null, () -> {
            showRunTab();
            runPanel.chooseHistory();
        });
        importHistory.disableProperty().bind(sessionProperty().isNull());
        MenuItem exportHistory = item("_Export History\u2026", null, runPanel::exportHistory);
        exportHistory.disableProperty().bind(runPanel.player().replayProperty().isNull());
        menu.getItems().addAll(run, stop, new SeparatorMenuItem(), importHistory, exportHistory);
        return menu;
    }

    /** Brings the run panel to the front of the tabs below the workflow. */
    private void showRunTab() {
        bottomTabs.getSelectionModel().select(runTab);
    }

    private Menu createViewMenu() {
        Menu view = new Menu("_View");
        Menu theme = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        for (ThemePalette.Theme t : ThemePalette.Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t == ThemePalette.Theme.LIGHT ? "_Light" : "_Dark");
            item.setToggleGroup(themes);
            item.setSelected(t == canvas.themeProperty().get());
            item.setOnAction(e -> applyTheme(t));
            canvas.themeProperty().addListener((o, before, after) -> item.setSelected(after == t));
            theme.getItems().add(item);
        }
        view.getItems().addAll(
                item("Zoom _In", "Shortcut+Equals", canvas::zoomIn),
                item("Zoom _Out", "Shortcut+Minus", canvas::zoomOut),
                item("_Actual Size", "Shortcut+Digit0", canvas::resetZoom),
                item("_Fit to Window", "Shift+Digit1", canvas::fitToWindow),
                new SeparatorMenuItem(),
                item("_Reset Layout", null, canvas::resetLayout),
                new SeparatorMenuItem(),
                item("Find _State\u2026", null, () -> {
                    canvas.requestFocus();
                    canvas.showFind();
                }),
                item("Canvas _Shortcuts", "F1", canvas::showShortcuts),
                new SeparatorMenuItem(),
                theme);
        return view;
    }

    /** Shows the window in {@code theme} (as View → Theme does) and keeps it for the next start. */
    public void setTheme(ThemePalette.Theme theme) {
        applyTheme(theme);
    }

    /** Shows the whole window in {@code theme}: its palette, then the views' stylesheets that use its names. */
    private void applyTheme(ThemePalette.Theme theme) {
        canvas.setTheme(theme);
        AppTheme.apply(stage.getScene(), theme);
        if (!settings.string(THEME).equals(Optional.of(theme.name()))) {
            settings.putString(THEME, theme.name());
        }
    }

    private static final String THEME = "theme";

    private static Optional<ThemePalette.Theme> theme(String name) {
        try {
            return Optional.of(ThemePalette.Theme.named(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void exportPicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export picture");
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter("SVG picture (*.svg)", "*.svg");
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png");
        chooser.getExtensionFilters().addAll(svg, png);
        String base = file == null ? "workflow" : file.getFileName().toString().replaceFirst("(\\.asl)?\\.(json|ya?ml)$", "");
        chooser.setInitialFileName(base + ".svg");
        if (file != null && file.getParent() != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
        }
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path target = chosen.toPath();
            String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".svg") && !name.endsWith(".png")) {
                target = target.resolveSibling(target.getFileName() + (chooser.getSelectedExtensionFilter() == png ? ".png" : ".svg"));
            }
            canvas.exportPicture(target, 2);
        }
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
        runPanel = new RunPanel(this::session, selection, () -> file, new CanvasExecutionOverlay(canvas));
        openedExample.addListener((obs, before, after) -> runPanel.preset(after == null ? null : after.preset()));
        ProblemsView problems = new ProblemsView(editor.diagnostics(), this::openProblem);
        runTab = new Tab("Run", runPanel);
        bottomTabs = new TabPane(new Tab("Problems", problems.node()), runTab);
        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane top = new SplitPane(drawing(), editor.node(), inspector);
        top.setDividerPositions(0.5, 0.76);
        SplitPane main = new SplitPane(top, bottomTabs);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.78);
        return main;
    }

    /** The canvas with its palette of states on the left. */
    private BorderPane drawing() {
        BorderPane drawing = new BorderPane(canvas);
        drawing.setLeft(palette);
        return drawing;
    }

    /** The palette of states and integrations beside the canvas. */
    public StatePalette palette() {
        return palette;
    }

    /** Goes to a problem in the text and selects its state. */
    void openProblem(Diagnostic d) {
        editor.reveal(d);
        AslDocument doc = session().parsedDocument();
        if (doc != null && doc.graph() != null && !d.pointer().isEmpty()) {
            try {
                GraphNode node = doc.graph().nodeAt(JsonPointer.parse(d.pointer()));
                if (node != null) {
                    // on behalf of the editor, which already shows the problem: it keeps its selection
                    selection.select(node.id(), editor);
                }
            } catch (IllegalArgumentException e) {
                LOG.log(Level.FINE, "problem with a malformed pointer " + d.pointer(), e);
            }
        }
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<Path> files = recent.list();
        for (Path p : files) {
            MenuItem mi = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> openRecent(p));
            recentMenu.getItems().add(mi);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    /** Opens a recent file after asking about unsaved changes. */
    void openRecent(Path p) {
        if (confirmDiscard()) {
            open(p);
        }
    }

    private void setSession(WorkflowSession newSession, Path newFile, Syntax newSyntax) {
        showWorkflow();
        openedExample.set(null);
        WorkflowSession old = session.get();
        if (old != null) {
            old.removeListener(titleListener);
        }
        this.file = newFile;
        this.syntax = newSyntax;
        this.diskStamp = newFile == null ? null : DiskStamp.of(newFile);
        this.ignoredStamp = null;
        hideNotice();
        selection.clear(this);
        newSession.addListener(titleListener);
        editor.setSession(newSession, newSyntax);
        canvas.show(newSession, newFile);
        inspector.setSession(newSession);
        session.set(newSession);
        runPanel.reset();
        updateTitle();
    }

    private void updateTitle() {
        String name = file == null ? "Untitled" : file.getFileName().toString();
        WorkflowSession s = session.get();
        stage.setTitle((s != null && s.isDirty() ? "\u2022 " : "") + name + " \u2014 Stepwise");
    }

    void newWorkflow() {
        if (confirmDiscard()) {
            setSession(new WorkflowSession(AslDocument.of(NEW_WORKFLOW)), null, Syntax.JSON);
        }
    }

    void openWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open workflow");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens {@code path} in this window, replacing the current workflow; a file that cannot be read is reported. */
    public boolean open(Path path) {
        try {
            AslDocument doc = WorkflowFiles.read(path);
            setSession(new WorkflowSession(doc), path, doc.syntax());
            recent.add(path);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(e instanceof IOException ? Level.FINE : Level.WARNING, "could not open " + path, e);
            error("Could not open " + path.getFileName(), message(e));
            return false;
        }
    }

    void save() {
        if (file == null) {
            saveAs();
        } else {
            writeTo(file);
        }
    }

    private boolean saveAs() {
        FileChooser chooser = chooser("Save workflow as");
        OpenedExample example = openedExample.get();
        chooser.setInitialFileName(file != null ? file.getFileName().toString()
                : example != null ? example.example().workflowFileName()
                : syntax == Syntax.YAML ? "workflow.asl.yaml" : "workflow.asl.json");
        File chosen = chooser.showSaveDialog(stage);
        return chosen != null && writeTo(chosen.toPath());
    }

    /**
     * Saves the text to {@code target} atomically, keeping the version it replaces as {@code NAME~}
     * ({@link SafeSave}); answers whether it was written. When it cannot be, the user is told why (and may
     * save elsewhere); the text stays in the editor, unsaved.
     */
    boolean writeTo(Path target) {
        try {
            saving.save(target, session().document().encode());
            file = target;
            diskStamp = DiskStamp.of(target);
            ignoredStamp = null;
            hideNotice();
            session().markSaved();
            canvas.workflowFileProperty().set(target);
            recent.add(target);
            updateTitle();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(e instanceof IOException ? Level.INFO : Level.WARNING, "could not save " + target, e);
            return saveFailures.apply(SaveFailure.of(target, e)) == SaveFailureDialog.Choice.SAVE_AS && saveAs();
        }
    }

    /** How saving writes files (tests make the disk fail). */
    void setSaving(SafeSave saving) {
        this.saving = saving;
    }

    /** Where a failed save is reported (a dialog; tests record it). */
    void setSaveFailureReporter(Function<SaveFailure, SaveFailureDialog.Choice> reporter) {
        this.saveFailures = reporter;
    }

    // ------------------------------------------------------------------ start page, examples, recovered work

    /** Shows the start page in place of the workflow's views (the workflow stays open behind it). */
    public void showStartPage() {
        root.setCenter(start.page());
    }

    StartScreen startScreen() {
        return start;
    }

    /** True while the start page is shown. */
    public boolean isStartPageShown() {
        return root.getCenter() != panes;
    }

    /** Shows the workflow's views (leaving the start page). */
    void showWorkflow() {
        if (panes != null && root.getCenter() != panes) {
            root.setCenter(panes);
        }
    }

    /**
     * Opens {@code example} as a new, untitled workflow, keeping its inputs and mocks for Run; with
     * {@code folder}, opens the workflow file written there instead.
     */
    public boolean openExample(Example example, Path folder) {
        if (folder == null) {
            if (!confirmDiscard()) {
                return false;
            }
            setSession(new WorkflowSession(AslDocument.of(example.workflow())), null, Syntax.JSON);
        } else if (!open(folder.resolve(example.workflowFileName()))) {
            return false;
        }
        openedExample.set(new OpenedExample(example, folder));
        return true;
    }

    @Override
    public void restore(RecoveredWork work) {
        setSession(new WorkflowSession(AslDocument.of(work.text(), work.syntax())), work.file(), work.syntax());
        if (work.exampleId() != null) {
            stepwise.assets.Examples.find(work.exampleId()).ifPresent(e -> openedExample.set(new OpenedExample(e, null)));
        }
        session().markUnsaved();
        updateTitle();
    }

    private static String message(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "The file or folder " + n.getFile() + " does not exist.";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "Permission denied: " + a.getFile();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Workflows (*.asl.json, *.asl.yaml, *.asl.yml, *.json, *.yaml, *.yml)",
                        "*.asl.json", "*.asl.yaml", "*.asl.yml", "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("JSON workflows (*.asl.json, *.json)", "*.asl.json", "*.json"),
                new FileChooser.ExtensionFilter("YAML workflows (*.asl.yaml, *.asl.yml, *.yaml, *.yml)", "*.asl.yaml", "*.asl.yml", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (file != null && file.getParent() != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
        }
        return chooser;
    }

    // ------------------------------------------------------------------ drag and drop

    private void installDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            Dragboard db = e.getDragboard();
            if (db.hasFiles() && !db.getFiles().isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean done = false;
            if (db.hasFiles() && !db.getFiles().isEmpty()) {
                Path dropped = db.getFiles().get(0).toPath();
                javafx.application.Platform.runLater(() -> {
                    if (confirmDiscard()) {
                        open(dropped);
                    }
                });
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    // ------------------------------------------------------------------ the file changing on disk

    /** Notices when the open file was changed by another program since it was read or saved. */
    void checkDisk() {
        if (!stage.isShowing() || stage.getScene() == null || stage.getScene().getRoot() != root) {
            diskWatch.stop(); // closed, or the stage shows something else now: nothing to watch until it is shown again
            return;
        }
        if (file == null || diskStamp == null) {
            return;
        }
        DiskStamp now = DiskStamp.of(file);
        if (now == null || now.equals(diskStamp) || now.equals(ignoredStamp)) {
            return;
        }
        String changed;
        try {
            changed = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        if (changed.equals(session().text()) || stripBom(changed).equals(session().text())) {
            diskStamp = now;
            return;
        }
        showNotice(now);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private void showNotice(DiskStamp stamp) {
        Label text = new Label(file.getFileName() + " was changed on disk by another program."
                + (session().isDirty() ? " You have unsaved changes." : ""));
        javafx.scene.control.Button reload = new javafx.scene.control.Button("Reload from Disk");
        reload.setOnAction(e -> reloadFromDisk());
        javafx.scene.control.Button keep = new javafx.scene.control.Button("Keep My Version");
        keep.setOnAction(e -> keepMine(stamp));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notice.getChildren().setAll(text, spacer, reload, keep);
        notice.setVisible(true);
        notice.setManaged(true);
    }

    private void hideNotice() {
        notice.getChildren().clear();
        notice.setVisible(false);
        notice.setManaged(false);
    }

    /** True while the notice about a change on disk is shown. */
    boolean isDiskNoticeShown() {
        return notice.isVisible();
    }

    /** Replaces the text with the file's (the user chose the file on disk). */
    void reloadFromDisk() {
        Path p = file;
        hideNotice();
        if (p != null) {
            open(p);
        }
    }

    /** Keeps the editor's text; it now differs from the file, so it counts as unsaved. */
    void keepMine(DiskStamp stamp) {
        ignoredStamp = stamp;
        hideNotice();
        session().markUnsaved();
        updateTitle();
    }

    // ------------------------------------------------------------------ closing

    /** Asks what to do with unsaved changes; true when it is fine to go on. */
    private boolean confirmDiscard() {
        WorkflowSession s = session();
        if (s == null || !s.isDirty()) {
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
            return !s.isDirty();
        }
        return true;
    }

    private void close() {
        diskWatch.stop();
        editor.dispose();
    }

    /** Where failures to open or save are reported (a dialog; tests record them instead). */
    void setErrorReporter(java.util.function.BiConsumer<String, String> reporter) {
        this.errors = reporter;
    }

    void error(String header, String message) {
        errors.accept(header, message);
    }

    void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}

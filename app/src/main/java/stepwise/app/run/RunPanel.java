package stepwise.app.run;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import stepwise.canvas.ExecutionOverlay;
import stepwise.canvas.WorkflowSelection;
import stepwise.engine.ClockMode;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.MockConfigFile;
import stepwise.engine.replay.AwsHistory;
import stepwise.engine.replay.ExecutionPicture;
import stepwise.engine.replay.MapProgress;
import stepwise.engine.replay.Replay;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;
import stepwise.model.asl.StateType;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.graph.GraphNode;

/**
 * The run panel: the execution input (with named inputs kept in the workflow's sidecar), how Tasks are
 * answered (no mocks, a MockConfigFile test case, or a response per Task state), the clock, Run and
 * Stop; then the player over the execution's history with the event table, the step details, the
 * timeline, the pending callbacks and the cost, and teaching mode's caption. The same player replays a
 * history imported from AWS. It drives the canvas through an {@link ExecutionOverlay}.
 *
 * <pre>{@code
 * RunPanel run = new RunPanel(window::session, selection, window::file, canvasOverlay);
 * run.installShortcuts(scene);   // Space, ←, →, Home, End
 * }</pre>
 */
public final class RunPanel extends BorderPane {
    static final String STYLESHEET = RunPanel.class.getResource("run.css").toExternalForm();
    private static final Logger LOG = Logger.getLogger(RunPanel.class.getName());
    private static final String NO_MOCKS = "No mocks";
    private static final String MOCK_FILE = "Mock file";
    private static final String PER_STATE = "Mock each Task";
    private static final String PRESET = "The example's test cases";

    private final Supplier<WorkflowSession> session;
    private final WorkflowSelection selection;
    private final Supplier<Path> file;
    private final ExecutionOverlay overlay;
    private final Player player = new Player();
    private final LiveRun live;
    private final TextArea input = new TextArea("{}");
    private final ComboBox<String> namedInputs = new ComboBox<>();
    private final ChoiceBox<String> scenario = new ChoiceBox<>();
    private final TextField mockFile = new TextField();
    private final ComboBox<String> testCase = new ComboBox<>();
    private final VBox perStateBox = new VBox(4);
    private final Map<String, TextField> perState = new LinkedHashMap<>();
    private final ChoiceBox<String> clock = new ChoiceBox<>();
    private final Button run = new Button("Run");
    private final Button stop = new Button("Stop");
    private final Label status = new Label("Ready");
    private final ProgressBar progress = new ProgressBar();
    private final CheckBox teaching = new CheckBox("Teaching");
    private final CheckBox awsLimits = new CheckBox("AWS limits");
    private final MenuButton pauseAt = new MenuButton("Pause at");
    private final TeachingCaption caption;
    private final EventTable events;
    private final StepDetailsView details;
    private final TimelineView timeline;
    private final StateStatusList states;
    private final TabPane tabs = new TabPane();
    private final Tab callbacksTab;
    private WorkflowSidecar sidecar;
    private RunPreset preset;
    private Path sidecarFor;

    public RunPanel(Supplier<WorkflowSession> session, WorkflowSelection selection, Supplier<Path> file, ExecutionOverlay overlay) {
        this.session = session;
        this.selection = selection;
        this.file = file;
        this.overlay = overlay == null ? ExecutionOverlay.NONE : overlay;
        this.live = new LiveRun(player, this::problem);
        getStyleClass().add("run-panel");
        getStylesheets().add(STYLESHEET);
        setId("run-panel");

        Tab statesTab = new Tab("States");
        Tab eventsTab = new Tab("Events");
        Tab stepTab = new Tab("Step details");
        Tab timelineTab = new Tab("Timeline");
        callbacksTab = new Tab("Callbacks", new CallbackPanel(live));
        Tab costTab = new Tab("Cost");
        events = new EventTable(player, selection);
        details = new StepDetailsView(player, selection, stepTab.selectedProperty());
        timeline = new TimelineView(player, selection, timelineTab.selectedProperty());
        caption = new TeachingCaption(player, "teaching-caption");
        caption.setId("teaching-caption");
        states = new StateStatusList(player, selection, statesTab.selectedProperty());
        statesTab.setContent(states);
        eventsTab.setContent(events);
        stepTab.setContent(details);
        timelineTab.setContent(timeline);
        costTab.setContent(new CostView(player, costTab.selectedProperty()));
        tabs.getTabs().addAll(eventsTab, stepTab, timelineTab, statesTab, callbacksTab, costTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("run-tabs");

        // when the panel is short, the input side scrolls rather than squeezing the input to a line or two
        ScrollPane side = new ScrollPane(inputSide());
        side.setFitToWidth(true);
        side.setFitToHeight(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("run-input-side");
        SplitPane body = new SplitPane(side, tabs);
        body.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(body.getItems().get(0), false);
        setTop(new VBox(toolbar(), caption));
        setCenter(body);
        VBox bottom = new VBox(new PlayerBar(player));
        setBottom(bottom);

        caption.visibleProperty().bind(teaching.selectedProperty());
        caption.managedProperty().bind(teaching.selectedProperty());
        teaching.setId("teaching-toggle");
        player.pictureProperty().addListener((obs, before, after) -> showOnCanvas());
        player.travelProperty().addListener((obs, before, after) -> showOnCanvas());
        player.followedPictureProperty().addListener((obs, before, after) -> showOnCanvas());
        player.pictureProperty().addListener((obs, before, after) -> showProgress(after));
        live.pending().addListener((javafx.collections.ListChangeListener<stepwise.engine.PendingCallback>) c -> {
            callbacksTab.setText(live.pending().isEmpty() ? "Callbacks" : "Callbacks (" + live.pending().size() + ")");
            if (!live.pending().isEmpty()) {
                tabs.getSelectionModel().select(callbacksTab);
            }
        });
        live.runningProperty().addListener((obs, before, after) -> {
            run.setDisable(after);
            stop.setDisable(!after);
            if (!after && live.executionProperty().get() != null) {
                var e = live.executionProperty().get();
                status.getStyleClass().remove("error");
                status.setText("Execution " + e.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (e.error() == null ? "" : ": " + e.error()) + String.format(Locale.ROOT, "  \u00b7  %,d events",
                        e.history().size()));
                progress.setVisible(false);
            }
        });
        stop.setDisable(true);
        progress.setVisible(false);
        loadSidecar();
    }

    /**
     * Forgets the execution shown (another workflow was opened): stops a run, clears the player, and reads
     * the new workflow's sidecar when it is next needed.
     */
    public void reset() {
        preset(null);
        live.detach();
        player.setReplay(null);
        overlay.clearExecution();
        sidecar = null;
        loadSidecar();
        status.getStyleClass().remove("error");
        status.setText("Ready");
        progress.setVisible(false);
    }

    /** The execution run from this panel, or null (none yet, or a history was imported). */
    public javafx.beans.property.ReadOnlyObjectProperty<stepwise.engine.Execution> executionProperty() {
        return live.executionProperty();
    }

    /** True from Run until the execution has ended and its last event is in the player. */
    public javafx.beans.property.ReadOnlyBooleanProperty runningProperty() {
        return live.runningProperty();
    }

    /** Sets the execution input (JSON text). */
    public void setInput(String json) {
        input.setText(json);
    }

    /** The player: its position, picture and controls (for the window's menus and for tests). */
    public Player player() {
        return player;
    }

    /** Space plays and pauses, ← and → step, Home and End jump, whenever no text field has the keyboard. */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (typesText(scene.getFocusOwner()) || player.getReplay() == null) {
                return;
            }
            if (scene.getFocusOwner() instanceof javafx.scene.control.TableView<?> && (e.getCode() == KeyCode.HOME
                    || e.getCode() == KeyCode.END)) {
                return;
            }
            boolean used = true;
            switch (e.getCode()) {
                case SPACE -> player.togglePlay();
                case LEFT -> player.stepBack();
                case RIGHT -> player.stepForward();
                case HOME -> player.toStart();
                case END -> player.toEnd();
                default -> used = false;
            }
            if (used) {
                e.consume();
            }
        });
    }

    /** True for a node where Space and the arrows edit text: text fields and areas, and RichTextFX editors. */
    private static boolean typesText(javafx.scene.Node focused) {
        return focused instanceof TextInputControl || focused != null && (focused.getStyleClass().contains("styled-text-area")
                || focused.getStyleClass().contains("code-area"));
    }

    /** Sets the mocked response of one Task state (the inspector's "mock this state"), and chooses per-state mocks. */
    public void setStateMock(String stateName, String responseJson) {
        rebuildPerState();
        TextField f = perState.get(stateName);
        if (f != null) {
            f.setText(responseJson);
        }
        scenario.setValue(PER_STATE);
    }

    // ---- the input side ----

    private VBox inputSide() {
        Label title = new Label("Input");
        title.getStyleClass().add("section-title");
        namedInputs.setPromptText("Saved inputs");
        namedInputs.setId("named-inputs");
        namedInputs.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(namedInputs, Priority.ALWAYS);
        namedInputs.valueProperty().addListener((obs, before, after) -> {
            if (after != null && sidecar != null && sidecar.inputs().containsKey(after)) {
                input.setText(sidecar.inputs().get(after));
            } else if (after != null && preset != null && preset.inputs().containsKey(after)) {
                input.setText(preset.inputs().get(after));
            }
        });
        Button save = new Button("Save\u2026");
        save.setTooltip(new Tooltip("Save this input under a name, next to the workflow"));
        save.setOnAction(e -> saveInput());
        Button delete = new Button("Delete");
        delete.setOnAction(e -> deleteInput());
        input.getStyleClass().add("json-input");
        input.setId("run-input");
        VBox.setVgrow(input, Priority.ALWAYS);
        input.setMinHeight(96);

        Label mocksTitle = new Label("Task answers");
        mocksTitle.getStyleClass().add("section-title");
        scenario.getItems().setAll(NO_MOCKS, MOCK_FILE, PER_STATE);
        scenario.setValue(NO_MOCKS);
        scenario.setId("scenario");
        mockFile.setPromptText("MockConfigFile (Step Functions Local format)");
        mockFile.setId("mock-file");
        Button choose = new Button("Choose\u2026");
        choose.setOnAction(e -> chooseMockFile());
        HBox.setHgrow(mockFile, Priority.ALWAYS);
        testCase.setPromptText("Test case");
        testCase.setId("test-case");
        testCase.setMaxWidth(Double.MAX_VALUE);
        mockFile.textProperty().addListener((obs, before, after) -> readTestCases());
        HBox fileRow = new HBox(4, mockFile, choose);
        fileRow.visibleProperty().bind(scenario.valueProperty().isEqualTo(MOCK_FILE));
        fileRow.managedProperty().bind(fileRow.visibleProperty());
        testCase.visibleProperty().bind(scenario.valueProperty().isEqualTo(MOCK_FILE).or(scenario.valueProperty().isEqualTo(PRESET)));
        testCase.managedProperty().bind(testCase.visibleProperty());
        VBox fileBox = new VBox(4, fileRow, testCase);
        perStateBox.visibleProperty().bind(scenario.valueProperty().isEqualTo(PER_STATE));
        perStateBox.managedProperty().bind(perStateBox.visibleProperty());
        scenario.valueProperty().addListener((obs, before, after) -> {
            if (PER_STATE.equals(after)) {
                rebuildPerState();
            }
        });
        testCase.valueProperty().addListener((obs, before, after) -> {
            if (PRESET.equals(scenario.getValue())) {
                String caseInput = after == null ? null : preset.inputByTestCase().get(after);
                if (caseInput != null) {
                    input.setText(caseInput);
                }
            } else {
                remember("testCase", after);
            }
        });

        VBox side = new VBox(4, title, new HBox(4, namedInputs, save, delete), input, mocksTitle, scenario, fileBox, perStateBox);
        side.setStyle("-fx-padding: 6 8 8 8;");
        side.setMinWidth(240);
        return side;
    }

    private void loadSidecar() {
        Path f = file.get();
        if (sidecar != null && java.util.Objects.equals(f, sidecarFor)) {
            return;
        }
        sidecar = WorkflowSidecar.of(f);
        sidecarFor = f;
        namedInputs.getItems().setAll(sidecar.inputs().keySet());
        String mf = sidecar.mock("file");
        if (mf != null) {
            mockFile.setText(mf);
            scenario.setValue(MOCK_FILE);
            String tc = sidecar.mock("testCase");
            if (tc != null) {
                testCase.setValue(tc);
            }
        }
    }

    private void saveInput() {
        loadSidecar();
        TextInputDialog ask = new TextInputDialog(namedInputs.getValue() == null ? "" : namedInputs.getValue());
        ask.setTitle("Save input");
        ask.setHeaderText("Save this input under a name");
        ask.setContentText("Name:");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        Optional<String> name = ask.showAndWait();
        name.map(String::trim).filter(n -> !n.isEmpty()).ifPresent(this::saveInputAs);
    }

    /** Saves the input under {@code name} in the sidecar. */
    void saveInputAs(String name) {
        loadSidecar();
        try {
            sidecar.putInput(name, input.getText());
            namedInputs.getItems().setAll(sidecar.inputs().keySet());
            namedInputs.setValue(name);
        } catch (IOException e) {
            problem("Could not save the input: " + e.getMessage());
        }
    }

    private void deleteInput() {
        String name = namedInputs.getValue();
        if (name == null) {
            return;
        }
        try {
            sidecar.removeInput(name);
            namedInputs.getItems().setAll(sidecar.inputs().keySet());
        } catch (IOException e) {
            problem("Could not delete the input: " + e.getMessage());
        }
    }

    private void chooseMockFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a MockConfigFile");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            mockFile.setText(chosen.getAbsolutePath());
        }
    }

    private void readTestCases() {
        Path p = mockPath();
        testCase.getItems().clear();
        if (p == null || !Files.isRegularFile(p)) {
            return;
        }
        try {
            MockConfigFile mocks = MockConfigFile.parse(Files.readString(p, StandardCharsets.UTF_8));
            String machine = machineName(mocks);
            if (machine != null) {
                testCase.getItems().setAll(mocks.testCases(machine));
                if (testCase.getItems().size() == 1) {
                    testCase.setValue(testCase.getItems().get(0));
                }
            }
            remember("file", mockFile.getText().trim());
        } catch (IOException | RuntimeException e) {
            status.setText("The mock file cannot be read: " + e.getMessage());
        }
    }

    private Path mockPath() {
        String text = mockFile.getText() == null ? "" : mockFile.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        Path p = Path.of(text);
        Path wf = file.get();
        return p.isAbsolute() || wf == null || wf.getParent() == null ? p : wf.getParent().resolve(p);
    }

    /** The mock file's state machine: its only one, or the one named like the workflow file. */
    private String machineName(MockConfigFile mocks) {
        Set<String> machines = mocks.stateMachines();
        if (machines.size() == 1) {
            return machines.iterator().next();
        }
        String base = baseName();
        return machines.contains(base) ? base : null;
    }

    private String baseName() {
        Path f = file.get();
        if (f == null) {
            return "StateMachine";
        }
        String n = f.getFileName().toString();
        int dot = n.indexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private void remember(String key, String value) {
        try {
            loadSidecar();
            if (value != null && !value.equals(sidecar.mock(key))) {
                sidecar.putMock(key, value);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not remember the mock setting", e);
        }
    }

    private void rebuildPerState() {
        AslDocument doc = session.get().document();
        Map<String, String> before = new LinkedHashMap<>();
        perState.forEach((k, v) -> before.put(k, v.getText()));
        perState.clear();
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        if (doc.machine() != null) {
            for (State s : doc.machine().allStates()) {
                if (s.type() == StateType.TASK && !perState.containsKey(s.name())) {
                    TextField f = new TextField(before.getOrDefault(s.name(), ""));
                    f.setPromptText("{\"Return\": {...}} or {\"Throw\": {\"Error\": \"...\"}}");
                    f.getStyleClass().add("json-input");
                    f.setId("mock-" + s.name());
                    GridPane.setHgrow(f, Priority.ALWAYS);
                    grid.addRow(row++, new Label(s.name()), f);
                    perState.put(s.name(), f);
                }
            }
        }
        perStateBox.getChildren().setAll(row == 0 ? List.of(new Label("This workflow has no Task states.")) : List.of(grid));
    }

    // ---- running ----

    private HBox toolbar() {
        run.getStyleClass().add("run-button");
        run.setId("run-button");
        run.setDefaultButton(false);
        run.setOnAction(e -> runWorkflow());
        stop.getStyleClass().add("stop-button");
        stop.setId("stop-button");
        stop.setOnAction(e -> live.stop());
        clock.getItems().setAll("Virtual clock", "Real time");
        clock.setValue("Virtual clock");
        clock.setTooltip(new Tooltip("Virtual: waits and retries complete at once, with AWS's timestamps. Real time: they take"
                + " the time they say."));
        awsLimits.setSelected(true);
        awsLimits.setTooltip(new Tooltip("256 KiB per payload and 25,000 history events, as a Standard workflow on AWS. Turn off"
                + " for long local runs (a 10,000-item Map)."));
        Button importHistory = new Button("Import history\u2026");
        importHistory.setTooltip(new Tooltip("Replay the JSON of `aws stepfunctions get-execution-history` or the console's export"));
        importHistory.setOnAction(e -> chooseHistory());
        Button exportHistory = new Button("Export history\u2026");
        exportHistory.setOnAction(e -> exportHistory());
        exportHistory.disableProperty().bind(player.replayProperty().isNull());
        Button presenter = new Button("Presenter view");
        presenter.setOnAction(e -> {
            teaching.setSelected(true);
            PresenterView.open(player, getScene() == null ? null : getScene().getWindow());
        });
        pauseAt.setOnShowing(e -> fillPauseAt());
        pauseAt.setTooltip(new Tooltip("Playing pauses when a token enters these states"));
        status.getStyleClass().add("run-status");
        status.setId("run-status");
        status.setMaxWidth(420);
        progress.setPrefWidth(120);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(run, stop, clock, awsLimits, new Separator(javafx.geometry.Orientation.VERTICAL), importHistory, exportHistory,
                new Separator(javafx.geometry.Orientation.VERTICAL), teaching, pauseAt, presenter, grow, progress, status);
        bar.getStyleClass().add("run-toolbar");
        // the controls keep their full labels; when the bar is short of room, the status line gives way
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof Region r && n != status && n != grow && n != progress) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        status.setMinWidth(0);
        progress.setMinWidth(40);
        return bar;
    }

    private void fillPauseAt() {
        pauseAt.getItems().clear();
        AslDocument doc = session.get().document();
        if (doc.graph() == null) {
            return;
        }
        for (GraphNode n : doc.graph().nodes()) {
            CheckMenuItem item = new CheckMenuItem(n.name());
            item.setSelected(player.pauseAt().contains(n.id()));
            item.selectedProperty().addListener((obs, before, after) -> {
                if (after) {
                    player.pauseAt().add(n.id());
                } else {
                    player.pauseAt().remove(n.id());
                }
            });
            pauseAt.getItems().add(item);
        }
    }

    /**
     * Offers what a workflow brings for running it (a bundled example's inputs and test cases), and
     * chooses its default test case; null takes the offer back.
     */
    public void preset(RunPreset offer) {
        preset = offer;
        if (offer == null) {
            scenario.getItems().remove(PRESET);
            if (scenario.getValue() == null || PRESET.equals(scenario.getValue())) {
                scenario.setValue(NO_MOCKS);
            }
            return;
        }
        loadSidecar();
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(offer.inputs().keySet());
        names.addAll(sidecar.inputs().keySet());
        namedInputs.getItems().setAll(names);
        if (!scenario.getItems().contains(PRESET)) {
            scenario.getItems().add(0, PRESET);
        }
        scenario.setValue(PRESET);
        testCase.getItems().setAll(offer.testCases());
        testCase.setValue(null);
        testCase.setValue(offer.defaultTestCase());
        if (offer.defaultInput() != null && offer.inputs().containsKey(offer.defaultInput())) {
            namedInputs.setValue(offer.defaultInput());
        }
    }

    /** Runs the open workflow on the input with the chosen Task answers and clock. */
    public void runWorkflow() {
        if (session.get() == null || live.runningProperty().get()) {
            return;
        }
        loadSidecar();
        MockScenario chosen;
        if (PRESET.equals(scenario.getValue()) && preset != null) {
            if (testCase.getValue() == null) {
                problem("Choose one of the example's test cases, or run without mocks.");
                return;
            }
            chosen = new MockScenario.Text(preset.mocks(), preset.stateMachine(), testCase.getValue());
        } else if (MOCK_FILE.equals(scenario.getValue())) {
            Path p = mockPath();
            if (p == null || testCase.getValue() == null) {
                problem("Choose a mock file and one of its test cases, or run without mocks.");
                return;
            }
            String machine;
            try {
                machine = machineName(MockConfigFile.parse(Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                problem("The mock file cannot be read: " + e.getMessage());
                return;
            }
            chosen = new MockScenario.File(p, machine, testCase.getValue());
        } else if (PER_STATE.equals(scenario.getValue())) {
            Map<String, String> responses = new LinkedHashMap<>();
            perState.forEach((k, v) -> responses.put(k, v.getText()));
            chosen = new MockScenario.PerState(responses);
        } else {
            chosen = new MockScenario.None();
        }
        try {
            var tasks = chosen.tasks();
            status.getStyleClass().remove("error");
            status.setText("Starting\u2026");
            progress.setProgress(-1);
            progress.setVisible(true);
            overlay.clearExecution();
            live.start(session.get().document(), input.getText(), tasks,
                    "Real time".equals(clock.getValue()) ? ClockMode.REAL : ClockMode.VIRTUAL, baseName(),
                    awsLimits.isSelected() ? ExecutionLimits.AWS : ExecutionLimits.unlimited());
        } catch (IOException | RuntimeException e) {
            problem(e.getMessage());
        }
    }

    /** Stops the running execution (it ends ABORTED). */
    public void stopRun() {
        live.stop();
    }

    private void problem(String message) {
        status.setText(message);
        if (!status.getStyleClass().contains("error")) {
            status.getStyleClass().add("error");
        }
        status.setTooltip(new Tooltip(message));
        progress.setVisible(false);
    }

    private void showProgress(ExecutionPicture p) {
        if (!live.runningProperty().get() || p == null) {
            return;
        }
        MapProgress biggest = null;
        for (MapProgress m : p.maps().values()) {
            if (m.running() > 0 || m.started() < m.length()) {
                if (biggest == null || m.length() > biggest.length()) {
                    biggest = m;
                }
            }
        }
        status.getStyleClass().remove("error");
        status.setText(String.format(Locale.ROOT, "Running\u2026 %,d events", p.position())
                + (biggest == null ? "" : "  \u00b7  Map " + biggest.summary()));
        progress.setProgress(biggest == null || biggest.length() <= 0 ? -1
                : (biggest.succeeded() + biggest.failed() + biggest.aborted()) / (double) biggest.length());
    }

    private void showOnCanvas() {
        ExecutionPicture p = player.getPicture();
        if (p == null) {
            overlay.clearExecution();
        } else {
            overlay.showExecution(p, player.travelProperty().get(), player.followedPictureProperty().get());
        }
    }

    // ---- histories ----

    /** Asks for a history file (`aws stepfunctions get-execution-history` output or the console's export) and replays it. */
    public void chooseHistory() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import an execution history");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        java.io.File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            importHistory(chosen.toPath());
        }
    }

    /** Reads and indexes a history off the FX thread, then replays it on the open workflow. */
    public Task<Replay> importHistory(Path path) {
        AslDocument doc = session.get().document();
        Task<Replay> task = new Task<>() {
            private AwsHistory.Imported imported;

            @Override
            protected Replay call() throws Exception {
                try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    imported = AwsHistory.read(in);
                }
                return Replay.of(doc.graph(), imported.events());
            }

            @Override
            protected void succeeded() {
                live.detach();
                Replay r = getValue();
                player.setReplay(r);
                player.toStart();
                StringBuilder says = new StringBuilder(String.format(Locale.ROOT, "Imported %,d events from %s", r.size(),
                        path.getFileName()));
                if (!r.unknownStates().isEmpty()) {
                    says.append("  \u00b7  states not in this workflow: ").append(String.join(", ", r.unknownStates()));
                }
                if (!imported.skippedTypes().isEmpty()) {
                    says.append("  \u00b7  event types left out: ").append(String.join(", ", imported.skippedTypes()));
                }
                status.getStyleClass().remove("error");
                status.setText(says.toString());
                status.setTooltip(new Tooltip(says.toString()));
                progress.setVisible(false);
            }

            @Override
            protected void failed() {
                Throwable t = getException();
                if (!(t instanceof java.io.IOException) && !(t instanceof stepwise.engine.replay.HistoryFormatException)) {
                    stepwise.app.UnexpectedErrorHandler.report("could not import " + path, t);
                }
                problem("Could not import " + path.getFileName() + ": " + t.getMessage());
            }
        };
        status.setText("Reading " + path.getFileName() + "\u2026");
        progress.setProgress(-1);
        progress.setVisible(true);
        Thread worker = new Thread(task, "stepwise-import-history");
        worker.setDaemon(true);
        worker.start();
        return task;
    }

    /** Asks where to write the history on show, in the format `aws stepfunctions get-execution-history` prints. */
    public void exportHistory() {
        Replay r = player.getReplay();
        if (r == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the execution history");
        chooser.setInitialFileName(baseName() + "-history.json");
        java.io.File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            exportHistory(chosen.toPath());
        }
    }

    /** Writes the player's history as {@code aws stepfunctions get-execution-history} prints it. */
    public void exportHistory(Path target) {
        Replay r = player.getReplay();
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            AwsHistory.write(r.events(), out);
            status.getStyleClass().remove("error");
            status.setText(String.format(Locale.ROOT, "Exported %,d events to %s", r.size(), target.getFileName()));
        } catch (IOException e) {
            problem("Could not export the history: " + e.getMessage());
        }
    }

    // ---- for tests and the window ----

    TextArea inputArea() {
        return input;
    }

    EventTable eventTable() {
        return events;
    }

    StepDetailsView stepDetails() {
        return details;
    }

    TimelineView timelineView() {
        return timeline;
    }

    StateStatusList stateList() {
        return states;
    }

    TeachingCaption teachingCaption() {
        return caption;
    }

    TabPane tabs() {
        return tabs;
    }

    LiveRun liveRun() {
        return live;
    }

    CheckBox teachingToggle() {
        return teaching;
    }
}

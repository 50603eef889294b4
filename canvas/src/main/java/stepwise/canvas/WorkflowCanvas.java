package stepwise.canvas;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.stage.PopupWindow;
import javafx.util.Duration;
import stepwise.assets.Assets;
import stepwise.canvas.diagram.DiagnosticPlacement;
import stepwise.canvas.diagram.StateStatus;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.canvas.export.WorkflowExport;
import stepwise.canvas.gesture.MouseGesture;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.LayoutPins;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.Point;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.canvas.palette.StateTemplate;
import stepwise.canvas.view.DiagramView;
import stepwise.canvas.view.StateView;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.graph.WorkflowGraph;

/**
 * The workflow drawn as a graph, over a {@link WorkflowSession} and a {@link WorkflowSelection}. It
 * follows the session's document: each good parse is laid out off the FX thread and the drawing is
 * updated by key; when the text does not parse, the last good drawing stays, marked stale. Selection is
 * by state id and shared with the other views. Pinned positions are kept in a sidecar file next to the
 * workflow ({@link #workflowFileProperty()}). Gestures that change the ASL go through {@link #commands()}.
 *
 * <p>FX thread only.
 */
public class WorkflowCanvas extends Control {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final Duration PARSE_PAUSE = Duration.millis(300);

    /** The origin of every change the canvas makes to a session. */
    public static final WorkflowSession.Origin ORIGIN = new WorkflowSession.Origin() {
        @Override
        public String toString() {
            return "canvas";
        }
    };

    private final WorkflowSelection selection;
    private final ObjectProperty<WorkflowSession> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<List<Diagnostic>> diagnostics = new SimpleObjectProperty<>(this, "diagnostics", List.of());
    private final ObjectProperty<ThemePalette.Theme> theme = new SimpleObjectProperty<>(this, "theme", ThemePalette.Theme.LIGHT);
    private final SidecarPins pins = new SidecarPins(this, this::notify);
    private final ReadOnlyObjectWrapper<WorkflowLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout", WorkflowLayout.EMPTY);
    private final ReadOnlyObjectWrapper<WorkflowGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyStringWrapper staleReason = new ReadOnlyStringWrapper(this, "staleReason");
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errorCount");
    private final ReadOnlyIntegerWrapper warningCount = new ReadOnlyIntegerWrapper(this, "warningCount");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyObjectWrapper<LayoutPipeline.Result> lastLayout = new ReadOnlyObjectWrapper<>(this, "lastLayout");
    private final DiagramView diagram = new DiagramView();
    private final CanvasViewport viewport;
    private final CanvasCommands commands;
    private final CanvasEditing editing = new CanvasEditing(this);
    private final LayoutPipeline pipeline;
    private final PauseTransition parsePause = new PauseTransition(PARSE_PAUSE);
    private final WorkflowSession.Listener listener = new SessionListener();
    private CompletableFuture<WorkflowLayout> laidOut = new CompletableFuture<>();
    private DiagnosticPlacement placement = DiagnosticPlacement.NONE;
    private AslDocument shown;
    private long applied;
    private boolean firstDrawing = true;

    public WorkflowCanvas(WorkflowSelection selection) {
        this(null, selection, new LayoutPipeline());
    }

    public WorkflowCanvas(WorkflowSession session, WorkflowSelection selection) {
        this(session, selection, new LayoutPipeline());
    }

    WorkflowCanvas(WorkflowSession initial, WorkflowSelection selection, LayoutPipeline pipeline) {
        this.selection = selection;
        this.pipeline = pipeline;
        this.viewport = new CanvasViewport(this);
        this.commands = new CanvasCommands(this, this::notify);
        getStyleClass().add("workflow-canvas");
        setFocusTraversable(true);
        applyTheme();
        theme.addListener((obs, before, after) -> applyTheme());
        session.addListener((obs, before, after) -> {
            if (before != null) {
                before.removeListener(listener);
            }
            onSession(after);
        });
        diagnostics.addListener((obs, before, after) -> showDiagnostics());
        pins.fileProperty().addListener((obs, before, after) -> {
            if (pins.fileChanged(after, stateIds()) && shown != null) {
                requestLayout(shown);
            }
        });
        selection.getSelected().addListener((ListChangeListener<String>) change -> diagram.showSelection(selection.getSelected()));
        viewport.addViewListener(this::showVisibleArea);
        selection.primaryProperty().addListener((obs, before, after) -> {
            if (after != null && selection.sourceProperty().get() != this) {
                reveal(after);
            }
        });
        parsePause.setOnFinished(e -> parseIfNobodyDid());
        this.session.set(initial);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new WorkflowCanvasSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Assets.resource("theme/canvas.css").toExternalForm();
    }

    private void applyTheme() {
        getStylesheets().setAll(theme.get().stylesheet().toExternalForm());
    }

    /** Gives a popup of the canvas (its menus) the canvas's theme and stylesheet: a popup is a scene of its own. */
    public void themePopup(PopupWindow popup) {
        popup.getScene().getStylesheets().setAll(theme.get().stylesheet().toExternalForm(), getUserAgentStylesheet());
    }

    // ---- properties

    public ObjectProperty<WorkflowSession> sessionProperty() {
        return session;
    }

    public WorkflowSession getSession() {
        return session.get();
    }

    public void setSession(WorkflowSession s) {
        session.set(s);
    }

    public WorkflowSelection selection() {
        return selection;
    }

    /** The validator's findings to show as badges on the states and edges they concern. */
    public ObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics;
    }

    public void setDiagnostics(List<Diagnostic> list) {
        diagnostics.set(List.copyOf(list));
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warningCount.getReadOnlyProperty();
    }

    /** The workflow's file, if it has one: its pinned positions are read from and written to the file beside it. */
    public ObjectProperty<Path> workflowFileProperty() {
        return pins.fileProperty();
    }

    public ObjectProperty<ThemePalette.Theme> themeProperty() {
        return theme;
    }

    public void setTheme(ThemePalette.Theme t) {
        theme.set(t);
    }

    public ReadOnlyObjectProperty<LayoutPins> pinsProperty() {
        return pins.property();
    }

    /** The layout on show. */
    public ReadOnlyObjectProperty<WorkflowLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public WorkflowLayout getLayout() {
        return layout.get();
    }

    /** The graph on show (of the last good document), or null before the first drawing. */
    public ReadOnlyObjectProperty<WorkflowGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public WorkflowGraph getGraph() {
        return graph.get();
    }

    /** True while the text does not parse and the drawing shows the last good version. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public boolean isStale() {
        return stale.get();
    }

    /** Why the drawing is stale, with the position of the first error. */
    public ReadOnlyStringProperty staleReasonProperty() {
        return staleReason.getReadOnlyProperty();
    }

    /** A short message for the user (an edit the document refused, an export that failed); the skin shows it. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LayoutPipeline.Result> lastLayoutProperty() {
        return lastLayout.getReadOnlyProperty();
    }

    public CanvasViewport viewport() {
        return viewport;
    }

    /** The drawing, with its views by id. */
    public DiagramView diagram() {
        return diagram;
    }

    public StateView stateView(String id) {
        return diagram.stateView(id);
    }

    /** Where gestures turn into edit commands of the session. */
    public CanvasCommands commands() {
        return commands;
    }

    /** What the user does to the selected states: add, delete, cut, copy, paste, duplicate, rename, undo, redo. */
    public CanvasEditing editing() {
        return editing;
    }

    /** Opens the name of state {@code id} for editing in place (F2); Enter renames it everywhere it is named. */
    public void rename(String id) {
        if (getSkin() instanceof WorkflowCanvasSkin skin && layout.get().state(id) != null) {
            reveal(id);
            skin.rename(id);
        }
    }

    /**
     * Starts dragging a new state from a palette: the palette hands its drags and its release (or a
     * cancel) to the returned gesture, which shows where the state would go and adds it on release.
     * Null before the canvas is shown.
     */
    public MouseGesture startDrop(StateTemplate template) {
        return getSkin() instanceof WorkflowCanvasSkin skin ? skin.gestures().startDrop(template) : null;
    }

    /** Completes on the FX thread when the newest requested layout is on show. */
    public CompletableFuture<WorkflowLayout> whenLaidOut() {
        return laidOut;
    }

    // ---- following the session

    private void onSession(WorkflowSession s) {
        selection.clear(this);
        firstDrawing = true;
        viewport.untouch();
        shown = null;
        if (s == null) {
            return;
        }
        s.addListener(listener);
        AslDocument doc = s.parsedDocument();
        if (doc == null) {
            doc = s.document();
        }
        show(doc);
    }

    private final class SessionListener implements WorkflowSession.Listener {
        @Override
        public void textChanged(WorkflowSession.Change change) {
            parsePause.playFromStart();
        }

        @Override
        public void documentChanged(AslDocument document) {
            parsePause.stop();
            show(document);
        }
    }

    /**
     * The JSON editor parses typed text after a pause and offers it to the session; undo and redo do not
     * parse. If no parse has arrived after the pause, the canvas makes one off the FX thread.
     */
    private void parseIfNobodyDid() {
        WorkflowSession s = session.get();
        if (s == null || s.parsedDocument() != null) {
            return;
        }
        long version = s.version();
        String text = s.text();
        AslDocument base = s.currentBase();
        CompletableFuture.supplyAsync(() -> base.withText(text))
                .whenComplete((doc, error) -> {
                    if (error != null) {
                        BackgroundFailure.report("could not parse the workflow", error);
                        return;
                    }
                    Platform.runLater(() -> {
                        if (session.get() == s) {
                            s.offerParse(version, doc);
                        }
                    });
                });
    }

    /** Parses the session's text now (off the FX thread) rather than after the pause: after undo and redo. */
    void parseSoon() {
        parsePause.stop();
        parseIfNobodyDid();
    }

    private void show(AslDocument doc) {
        // the graph is made on the layout thread; an object root is all it needs
        if (doc.hasSyntaxErrors() || doc.rootObject() == null) {
            Diagnostic first = doc.syntaxDiagnostics().isEmpty() ? null : doc.syntaxDiagnostics().get(0);
            staleReason.set(first == null ? "The document is not a workflow object"
                    : String.format(Locale.ROOT, "Line %d, column %d: %s", first.line(), first.column(), first.message()));
            stale.set(true);
            pseudoClassStateChanged(STALE, true);
            return;
        }
        stale.set(false);
        staleReason.set(null);
        pseudoClassStateChanged(STALE, false);
        shown = doc;
        requestLayout(doc);
    }

    private CompletableFuture<LayoutPipeline.Result> requestLayout(AslDocument doc) {
        if (laidOut.isDone()) {
            laidOut = new CompletableFuture<>();
        }
        return pipeline.request(doc, pins.get(), this::apply);
    }

    private void apply(LayoutPipeline.Result r) {
        if (r.request() <= applied || r.document() != shown) {
            // an older request, or a document that is no longer the one to show (another session, newer text)
            return;
        }
        applied = r.request();
        graph.set(r.graph());
        layout.set(r.layout());
        if (firstDrawing && getWidth() > 0) {
            firstDrawing = false;
            showWhole();
        }
        selection.retain(r.graph().nodes().stream().map(n -> n.id()).toList());
        placement = DiagnosticPlacement.of(r.graph(), diagnostics.get());
        showVisibleArea();
        diagram.show(r.graph(), r.layout(), placement);
        countProblems();
        lastLayout.set(r);
        if (r.request() == pipeline.latestRequest()) {
            laidOut.complete(r.layout());
        }
    }

    /** Called by the skin when the canvas changes size: frames the drawing until the user moves the view. */
    void sized() {
        if (layout.get() != WorkflowLayout.EMPTY && (firstDrawing || !viewport.touched())) {
            firstDrawing = false;
            showWhole();
        }
        showVisibleArea();
    }

    /** Keeps views for what is around the part of the drawing in view. */
    private void showVisibleArea() {
        if (getWidth() > 0 && getHeight() > 0) {
            javafx.geometry.Bounds v = viewport.visibleArea();
            diagram.showArea(new Box(v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight()));
        }
    }

    /** Fits a small workflow in the window; shows a large one from its top at a readable zoom. */
    private void showWhole() {
        Box b = layout.get().bounds();
        double fit = Math.min((getWidth() - 48) / b.width(), (getHeight() - 48) / b.height());
        if (fit >= 0.6) {
            viewport.fit(b, 24);
        } else {
            viewport.zoomProperty().set(Math.max(0.6, Math.min(1, fit)));
            viewport.centerOn(new Box(b.x(), b.y(), b.width(), getHeight() / viewport.getZoom()));
        }
    }

    private void showDiagnostics() {
        WorkflowGraph g = graph.get();
        if (g == null) {
            countProblems();
            return;
        }
        placement = DiagnosticPlacement.of(g, diagnostics.get());
        diagram.show(g, layout.get(), placement);
        countProblems();
    }

    private void countProblems() {
        DiagnosticPlacement all = DiagnosticPlacement.of(graph.get(), diagnostics.get());
        errorCount.set(all.errorCount());
        warningCount.set(all.warningCount());
    }

    // ---- pins

    /**
     * Pins states at the given top-left corners (in drawing coordinates); the drawing is laid out again
     * around them and the pins are saved beside the workflow's file. It is one step on the session's
     * undo stack ("Move state Pay").
     */
    public CompletableFuture<WorkflowLayout> pin(Map<String, Point> topLefts) {
        WorkflowLayout l = layout.get();
        Map<String, Point> relative = new HashMap<>();
        for (Map.Entry<String, Point> e : topLefts.entrySet()) {
            PlacedState s = l.state(e.getKey());
            if (s != null) {
                Point origin = l.scopeOrigin(s.scopeId());
                relative.put(e.getKey(), new Point(Math.round(e.getValue().x() - origin.x()), Math.round(e.getValue().y() - origin.y())));
            }
        }
        return changePinsUndoably(pins.get().with(relative), PinsChange.moveDescription(relative.keySet(), graph.get()));
    }

    /**
     * Pins a state the last command added, with its top-left corner at {@code topLeft} of the drawing in
     * scope {@code scopeId}, as part of that command's undo step: undoing the adding unpins it too.
     */
    void pinAdded(String id, String scopeId, Point topLeft) {
        WorkflowSession s = session.get();
        WorkflowLayout l = layout.get();
        if (s == null || l == null) {
            return;
        }
        Point origin = l.scopeOrigin(scopeId);
        LayoutPins before = pins.get();
        LayoutPins after = before.with(Map.of(id, new Point(Math.round(topLeft.x() - origin.x()), Math.round(topLeft.y() - origin.y()))));
        s.attach(new PinsChange(this, s, "Pin state", before, after));
        changePins(after);
    }

    /** Unpins every state: the layout is automatic again. One step on the session's undo stack. */
    public CompletableFuture<WorkflowLayout> resetLayout() {
        return changePinsUndoably(LayoutPins.NONE, "Reset layout");
    }

    private CompletableFuture<WorkflowLayout> changePinsUndoably(LayoutPins newPins, String description) {
        WorkflowSession s = session.get();
        LayoutPins before = pins.get();
        if (s != null && !newPins.equals(before)) {
            s.record(new PinsChange(this, s, description, before, newPins));
        }
        return changePins(newPins);
    }

    /** Puts back pins as an undo or redo of {@code owner}'s stack left them, when that session is still on show. */
    void restorePins(WorkflowSession owner, LayoutPins restored) {
        if (session.get() == owner) {
            changePins(restored);
        }
    }

    private CompletableFuture<WorkflowLayout> changePins(LayoutPins newPins) {
        pins.set(newPins, stateIds());
        if (shown == null) {
            return CompletableFuture.completedFuture(layout.get());
        }
        requestLayout(shown);
        return laidOut;
    }

    /** The ids of the states on show, or null before the first drawing. */
    private List<String> stateIds() {
        WorkflowGraph g = graph.get();
        return g == null ? null : g.nodes().stream().map(n -> n.id()).toList();
    }

    /**
     * Shows another workflow: its session, and the file it was read from (null when it has none), whose
     * sidecar gives the pinned positions.
     */
    public void show(WorkflowSession newSession, Path file) {
        pins.forget();
        if (file != null && file.equals(pins.fileProperty().get())) {
            pins.fileProperty().set(null);
        }
        setSession(newSession);
        pins.fileProperty().set(file);
    }

    // ---- viewing

    public void zoomIn() {
        viewport.touch();
        viewport.zoomIn();
    }

    public void zoomOut() {
        viewport.touch();
        viewport.zoomOut();
    }

    /** Back to 100 %. */
    public void resetZoom() {
        viewport.touch();
        viewport.zoomTo(1);
    }

    public void fitToWindow() {
        viewport.touch();
        viewport.fit(layout.get().bounds(), 24);
    }

    /** Scrolls a state into view. */
    public void reveal(String stateId) {
        PlacedState s = layout.get().state(stateId);
        if (s != null && getWidth() > 0) {
            viewport.reveal(s.box(), 48);
        }
    }

    /** Opens the find bar (Ctrl+F). */
    public void showFind() {
        if (getSkin() instanceof WorkflowCanvasSkin skin) {
            skin.showFind();
        }
    }

    /** Opens the sheet of keyboard and mouse shortcuts (F1). */
    public void showShortcuts() {
        if (getSkin() instanceof WorkflowCanvasSkin skin) {
            skin.showShortcuts();
        }
    }

    /** Shows execution statuses on states (by id); an empty map clears them. */
    public void setStatuses(Map<String, StateStatus> byState) {
        diagram.showStatuses(byState);
    }

    void notify(String message) {
        notice.set(null);
        notice.set(message);
    }

    /** Shows a short message over the canvas (why a gesture did nothing, for instance). */
    public void showNotice(String message) {
        notify(message);
    }

    // ---- export

    /**
     * Writes the drawing on show to {@code file}: SVG or PNG by its extension, in the current theme,
     * with the current problems; a PNG of a very large workflow is drawn smaller than {@code scale} so
     * that it fits in memory. Runs off the FX thread; the outcome is reported as a notice.
     */
    public CompletableFuture<Path> exportPicture(Path file, double scale) {
        WorkflowGraph g = graph.get();
        if (g == null) {
            notify("There is no drawing to export yet");
            return CompletableFuture.failedFuture(new IllegalStateException("nothing to export"));
        }
        WorkflowExport.Options options = WorkflowExport.Options.defaults().withTheme(theme.get()).withScale(scale)
                .withDiagnostics(diagnostics.get());
        return PictureExport.write(g, layout.get(), options, file, this::notify);
    }
}

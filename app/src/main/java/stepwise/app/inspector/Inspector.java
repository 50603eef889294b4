package stepwise.app.inspector;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import stepwise.assets.Assets;
import stepwise.canvas.WorkflowSelection;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.json.JsonPointer;
import stepwise.model.validate.Validator;

/**
 * The inspector: a form of the selected state's fields (the primary state of the shared
 * {@link WorkflowSelection}), built for its type and query language in collapsible sections.
 *
 * <ul>
 * <li>Every change made here is one command on the {@link WorkflowSession}: it shows in the JSON at
 * once and undoes in one step. Text commits on Enter or when the field loses focus; pickers at once.</li>
 * <li>When the document changes (typing in the JSON editor, undo, the canvas), only the fields whose
 * values changed refresh, and a field the user is typing in keeps what they typed.</li>
 * <li>A value that would be wrong is not written: the field keeps the user's text and says why, until
 * it is fixed or Escape gives the document's value back. What the validator finds in the document
 * shows at the field it concerns, or above the form when it concerns the state as a whole.</li>
 * <li>When the state is renamed (here or anywhere) the inspector follows it, and moves the selection
 * with it; when it is deleted the inspector clears.</li>
 * </ul>
 * FX thread only; the validation of the document runs in the background.
 */
public final class Inspector extends BorderPane {
    private static final String STYLESHEET = "theme/inspector.css";
    private static final Duration REPARSE_PAUSE = Duration.millis(250);
    /** Below this width the form scrolls sideways rather than squeezing its tables. */
    static final double MIN_WIDTH = 360;

    private final WorkflowSelection selection;
    private final Validator validator = new Validator();
    private final InspectorEdits edits = new InspectorEdits(validator);
    private final Executor background;
    private final StateTracker tracker = new StateTracker();
    private final InspectorHeader header = new InspectorHeader();
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final VBox placeholder;
    private final Label placeholderTitle = new Label();
    private final Label placeholderHint = new Label();
    private final List<InspectorSection> sections = new ArrayList<>();
    private final Map<String, Boolean> expanded = new HashMap<>();
    /** Per state: what the user typed in its fields and was not taken, put back when the state shows again. */
    private final Map<String, Map<String, FieldBinding.Draft>> drafts = new HashMap<>();
    private final AtomicReference<AslDocument> toValidate = new AtomicReference<>();
    private final PauseTransition reparse = new PauseTransition(REPARSE_PAUSE);
    private final WorkflowSession.Listener listener = new WorkflowSession.Listener() {
        @Override
        public void textChanged(WorkflowSession.Change change) {
            tracker.apply(change.edits(), change.before(), change.after());
            if (change.origin() instanceof WorkflowSession.Builtin) {
                // Undo, redo and loading are single actions, not typing: show their result at once.
                Platform.runLater(() -> {
                    WorkflowSession s = session;
                    if (s != null && s.parsedDocument() == null) {
                        s.document();
                    }
                });
            } else {
                reparse.playFromStart();
            }
        }

        @Override
        public void documentChanged(AslDocument document) {
            refresh(document);
        }
    };
    private WorkflowSession session;
    private JsonPointer shownPointer;
    private String structure;
    private AslDocument diagnosticsOf;
    private List<Diagnostic> diagnostics = List.of();

    /** An inspector of {@code session}'s state that is primary in {@code selection}. */
    public Inspector(WorkflowSession session, WorkflowSelection selection) {
        this(session, selection, daemonThread());
    }

    /** As above, validating on {@code background} (tests pass a direct executor). */
    Inspector(WorkflowSession session, WorkflowSelection selection, Executor background) {
        this.selection = selection;
        this.background = background;
        getStyleClass().add("inspector");
        URL css = Assets.resource(STYLESHEET);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        content.getStyleClass().add("inspector-sections");
        content.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        content.setMinWidth(MIN_WIDTH);
        scroll.getStyleClass().add("inspector-scroll");
        placeholderTitle.getStyleClass().add("placeholder-title");
        placeholderHint.getStyleClass().add("placeholder-hint");
        placeholderHint.setWrapText(true);
        placeholder = new VBox(6, placeholderTitle, placeholderHint);
        placeholder.getStyleClass().add("inspector-placeholder");
        placeholder.setAlignment(Pos.TOP_CENTER);
        reparse.setOnFinished(e -> parseIfNeeded());
        // Whatever the user does here works on the newest text: read it first if it was typed and not read yet.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> parseNowIfNeeded());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> parseNowIfNeeded());
        selection.primaryProperty().addListener((obs, before, after) -> {
            if (selection.sourceProperty().get() != this) {
                inspect(after);
            }
        });
        showState(null, true);
        setSession(session);
    }

    private static Executor daemonThread() {
        ExecutorService service = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "inspector-validation");
            t.setDaemon(true);
            return t;
        });
        return service;
    }

    /** Shows another workflow (the window opened another file). */
    public void setSession(WorkflowSession session) {
        if (this.session != null) {
            this.session.removeListener(listener);
        }
        this.session = session;
        edits.setSession(session);
        diagnosticsOf = null;
        diagnostics = List.of();
        drafts.clear();
        showState(null, true);
        if (session != null) {
            session.addListener(listener);
            inspect(selection.getPrimary());
        }
    }

    public WorkflowSession getSession() {
        return session;
    }

    /** The pointer of the state shown, or null. */
    public JsonPointer inspectedState() {
        return shownPointer;
    }

    /** Shows the state at {@code id} (a JSON Pointer), committing what the user typed for the state shown before. */
    private void inspect(String id) {
        Map<String, FieldBinding.Draft> kept = new HashMap<>();
        for (FieldBinding f : fields()) {
            f.commitPending();
            FieldBinding.Draft draft = f.draft();
            if (draft != null) {
                kept.put(f.id(), draft);
            }
        }
        if (shownPointer != null && !kept.isEmpty()) {
            drafts.put(shownPointer.toString(), kept);
        }
        if (session == null || id == null) {
            showState(null, true);
            return;
        }
        AslDocument document = usable();
        JsonPointer pointer = JsonPointer.parse(id);
        InspectedState state = document == null ? null : InspectedState.find(document, pointer);
        showState(state, true);
        if (state == null && document != null && document.at(pointer) != null) {
            placeholderTitle.setText("\"" + pointer.last() + "\" has no known Type");
            placeholderHint.setText("Give it a Type (Task, Choice, Wait, Pass, Parallel, Map, Succeed or Fail) in the JSON to edit its fields here.");
        }
        if (document != null) {
            validateLater(document);
        }
    }

    /** The current parse when it has no syntax errors, else the last good one. */
    private AslDocument usable() {
        AslDocument current = session.parsedDocument();
        if (current == null) {
            current = session.document();
        }
        return current.hasSyntaxErrors() ? session.lastGoodDocument() : current;
    }

    private void parseNowIfNeeded() {
        if (session != null && session.parsedDocument() == null) {
            reparse.stop();
            session.document();
        }
    }

    private void parseIfNeeded() {
        WorkflowSession s = session;
        if (s == null || s.parsedDocument() != null) {
            return;
        }
        long version = s.version();
        String text = s.text();
        AslDocument base = s.currentBase();
        background.execute(() -> {
            AslDocument parsed = base.withText(text);
            Platform.runLater(() -> {
                if (session == s && s.parsedDocument() == null) {
                    s.offerParse(version, parsed);
                }
            });
        });
    }

    /** A new parse of the text: find the state again (renamed, moved, gone) and refresh the form. */
    private void refresh(AslDocument document) {
        if (document.hasSyntaxErrors()) {
            header.showSyntaxError(document.syntaxDiagnostics().get(0));
            content.setDisable(true);
            return;
        }
        header.showSyntaxError(null);
        content.setDisable(false);
        if (shownPointer == null) {
            return;
        }
        InspectedState found = tracker.offset() >= 0 ? InspectedState.atOffset(document, tracker.offset()) : null;
        if (found == null) {
            found = InspectedState.find(document, shownPointer);
        }
        JsonPointer before = shownPointer;
        showState(found, false);
        if (found == null) {
            List<String> ids = new ArrayList<>();
            if (document.machine() != null) {
                document.machine().visit(s -> ids.add(s.pointer().toString()));
            }
            selection.retain(ids);
        } else if (!found.pointer().equals(before)) {
            follow(before, found.pointer());
        }
        validateLater(document);
    }

    /** Moves the selection from the state's old id to its new one (it was renamed or moved). */
    private void follow(JsonPointer from, JsonPointer to) {
        List<String> ids = new ArrayList<>(selection.getSelected());
        int at = ids.indexOf(from.toString());
        if (at < 0) {
            return;
        }
        ids.set(at, to.toString());
        selection.select(ids, this);
    }

    private void showState(InspectedState state, boolean fresh) {
        edits.setCurrent(state);
        if (state == null) {
            shownPointer = null;
            structure = null;
            tracker.forget();
            sections.clear();
            content.getChildren().clear();
            setTop(null);
            setCenter(placeholder);
            placeholderTitle.setText("No state selected");
            placeholderHint.setText("Select a state on the canvas, or put the cursor in one in the JSON editor, to edit its fields here.");
            return;
        }
        boolean other = fresh && !state.pointer().equals(shownPointer);
        shownPointer = state.pointer();
        tracker.track(state.raw().span().start());
        String key = state.type() + "|" + state.language();
        if (other || !key.equals(structure)) {
            rebuild(state);
            structure = key;
        }
        setTop(header);
        setCenter(scroll);
        for (InspectorSection s : sections) {
            s.update(state);
        }
        header.show(state, selection.getSelected().size() - 1);
        if (diagnosticsOf == state.document()) {
            route(state);
        }
        if (other) {
            scroll.setVvalue(0);
            Map<String, FieldBinding.Draft> kept = drafts.remove(state.pointer().toString());
            if (kept != null) {
                for (FieldBinding f : fields()) {
                    FieldBinding.Draft draft = kept.get(f.id());
                    if (draft != null) {
                        f.restore(draft);
                    }
                }
            }
        }
    }

    private void rebuild(InspectedState state) {
        sections.clear();
        sections.addAll(SectionPlan.sections(edits, state));
        List<TitledPane> panes = new ArrayList<>();
        for (InspectorSection s : sections) {
            TitledPane pane = s.node();
            pane.setExpanded(expanded.getOrDefault(s.title(), true));
            pane.expandedProperty().addListener((obs, was, is) -> expanded.put(s.title(), is));
            panes.add(pane);
        }
        content.getChildren().setAll(panes);
    }

    private void validateLater(AslDocument document) {
        if (document == diagnosticsOf) {
            return;
        }
        toValidate.set(document);
        background.execute(() -> {
            AslDocument next = toValidate.getAndSet(null);
            if (next == null) {
                return;
            }
            List<Diagnostic> found = validator.check(next);
            Platform.runLater(() -> {
                diagnosticsOf = next;
                diagnostics = found;
                InspectedState state = edits.current();
                if (state != null && state.document() == next) {
                    route(state);
                }
            });
        });
    }

    /** Shows each diagnostic of the state at its field, or above the form. */
    private void route(InspectedState state) {
        List<FieldBinding> fields = fields();
        DiagnosticRouting routing = DiagnosticRouting.of(state, fields, diagnostics);
        routing.show(fields);
        header.showProblems(routing.general());
        for (InspectorSection section : sections) {
            boolean error = false;
            boolean warning = false;
            for (FieldBinding f : section.fields()) {
                for (Diagnostic d : routing.perField().getOrDefault(f, List.of())) {
                    error |= d.isError();
                    warning |= !d.isError();
                }
            }
            // A collapsed section still says that something in it is wrong.
            section.node().pseudoClassStateChanged(FieldBinding.INVALID, error);
            section.node().pseudoClassStateChanged(FieldBinding.WARNED, warning && !error);
        }
    }

    /** Every field shown now (for tests). */
    List<FieldBinding> fields() {
        List<FieldBinding> out = new ArrayList<>();
        for (InspectorSection s : sections) {
            out.addAll(s.fields());
        }
        return out;
    }

    List<InspectorSection> sections() {
        return sections;
    }

    /** The messages shown above the form, about the state as a whole (for tests). */
    List<String> stateProblems() {
        return header.problems();
    }
}

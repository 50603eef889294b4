package stepwise.app.inspector;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import stepwise.assets.Assets;
import stepwise.canvas.WorkflowSelection;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.asl.State;
import stepwise.model.asl.StateType;
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
    private final Label badge = new Label();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final VBox problems = new VBox(2);
    private final Label syntaxBanner = new Label();
    private final VBox header;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final VBox placeholder;
    private final Label placeholderTitle = new Label();
    private final Label placeholderHint = new Label();
    private final List<InspectorSection> sections = new ArrayList<>();
    private final Map<String, Boolean> expanded = new HashMap<>();
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
        badge.getStyleClass().add("type-badge");
        title.getStyleClass().add("inspector-title");
        title.setMinWidth(0);
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.setMinWidth(0);
        HBox titleRow = new HBox(8, badge, title);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        syntaxBanner.getStyleClass().add("syntax-banner");
        syntaxBanner.setWrapText(true);
        syntaxBanner.setMaxWidth(Double.MAX_VALUE);
        syntaxBanner.setVisible(false);
        syntaxBanner.setManaged(false);
        problems.getStyleClass().add("state-problems");
        header = new VBox(4, titleRow, subtitle, syntaxBanner, problems);
        header.getStyleClass().add("inspector-header");
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
        for (InspectorSection s : sections) {
            for (FieldBinding f : s.fields()) {
                f.commitPending();
            }
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
            Diagnostic first = document.syntaxDiagnostics().get(0);
            syntaxBanner.setText("The JSON has an error at line " + first.line() + ", column " + first.column() + ": "
                    + first.message() + ". The form shows the last valid version; fix the JSON to edit here.");
            syntaxBanner.setVisible(true);
            syntaxBanner.setManaged(true);
            content.setDisable(true);
            return;
        }
        syntaxBanner.setVisible(false);
        syntaxBanner.setManaged(false);
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
        updateHeader(state);
        if (diagnosticsOf == state.document()) {
            route(state);
        }
        if (other) {
            scroll.setVvalue(0);
        }
    }

    private void rebuild(InspectedState state) {
        sections.clear();
        sections.add(new StateSection(edits, state));
        switch (state.type()) {
            case TASK -> sections.add(new TaskSection(edits, state));
            case CHOICE -> sections.add(new ChoiceSection(edits, state));
            case WAIT -> sections.add(new WaitSection(edits, state));
            case MAP -> sections.add(new MapSection(edits, state));
            case PARALLEL -> sections.add(new ParallelSection(edits));
            case FAIL -> sections.add(new FailSection(edits, state));
            case PASS -> {
                if (PassSection.applies(state)) {
                    sections.add(new PassSection(edits));
                }
            }
            default -> {
            }
        }
        if (state.jsonata()) {
            if (JsonataSection.applies(state)) {
                sections.add(new JsonataSection(edits, state));
            }
        } else if (InputOutputSection.applies(state)) {
            sections.add(new InputOutputSection(edits, state));
        }
        if (AssignSection.applies(state)) {
            sections.add(new AssignSection(edits, state));
        }
        if (state.type() == StateType.TASK || state.type() == StateType.PARALLEL || state.type() == StateType.MAP) {
            sections.add(new RetrySection(edits));
            sections.add(new CatchSection(edits, state));
        }
        List<TitledPane> panes = new ArrayList<>();
        for (InspectorSection s : sections) {
            TitledPane pane = s.node();
            pane.setExpanded(expanded.getOrDefault(s.title(), true));
            pane.expandedProperty().addListener((obs, was, is) -> expanded.put(s.title(), is));
            panes.add(pane);
        }
        content.getChildren().setAll(panes);
    }

    private void updateHeader(InspectedState state) {
        State s = state.state();
        badge.setText(s.type().aslName());
        badge.getStyleClass().removeIf(c -> c.startsWith("type-") && !c.equals("type-badge"));
        badge.getStyleClass().add("type-" + s.type().cssName());
        title.setText(s.name());
        String detail = s.type() == StateType.TASK ? TaskResource.parse(s.raw().string("Resource")).summary() + " \u00b7 " + state.where()
                : capitalise(state.where());
        if (state.jsonata()) {
            detail += " \u00b7 JSONata";
        }
        int others = selection.getSelected().size() - 1;
        if (others > 0) {
            detail += " \u00b7 " + others + " more selected";
        }
        subtitle.setText(detail);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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

    /** Shows each diagnostic of the state at the field that claims the deepest place holding it; the rest above the form. */
    private void route(InspectedState state) {
        String base = state.pointer().toString();
        List<FieldBinding> fields = new ArrayList<>();
        for (InspectorSection s : sections) {
            fields.addAll(s.fields());
        }
        Map<FieldBinding, List<Diagnostic>> perField = new IdentityHashMap<>();
        List<Diagnostic> general = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!Paths.within(d.pointer(), base)) {
                continue;
            }
            FieldBinding best = null;
            int bestLength = -1;
            for (FieldBinding f : fields) {
                for (JsonPointer claim : f.claims()) {
                    String at = state.absolute(claim).toString();
                    if (at.length() > bestLength && Paths.within(d.pointer(), at)) {
                        best = f;
                        bestLength = at.length();
                    }
                }
            }
            if (best == null) {
                general.add(d);
            } else {
                perField.computeIfAbsent(best, k -> new ArrayList<>()).add(d);
            }
        }
        for (FieldBinding f : fields) {
            f.showDiagnostics(perField.getOrDefault(f, List.of()));
        }
        problems.getChildren().clear();
        for (Diagnostic d : general) {
            Label l = new Label(d.message());
            l.setWrapText(true);
            l.getStyleClass().addAll("state-problem", d.isError() ? "error" : "warning");
            problems.getChildren().add(l);
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
        List<String> out = new ArrayList<>();
        problems.getChildren().forEach(n -> out.add(((Label) n).getText()));
        return out;
    }
}

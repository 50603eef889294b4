package stepwise.app.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.util.UndoUtils;
import stepwise.canvas.WorkflowSelection;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.validate.Validator;
import stepwise.model.Syntax;
import stepwise.model.TextStyle;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;
import stepwise.model.json.Span;

/**
 * The workflow's text view: a code area over the session's text with highlighting, problems,
 * completion, folding, find and replace. It edits through the session (its own undo is off) and
 * follows changes from other views; the caret and the shared {@link WorkflowSelection} follow each
 * other. Diagnostics come from a function of the document (by default its syntax problems), so that
 * the validator plugs in with {@link #setDiagnoser}.
 */
public final class JsonEditor implements WorkflowSession.Origin {
    private static final Logger LOG = Logger.getLogger(JsonEditor.class.getName());
    /** The pause in typing after which the text is parsed. */
    public static final javafx.util.Duration TYPING_PAUSE = javafx.util.Duration.millis(200);

    private final CodeArea area = new CodeArea();
    private final BorderPane root = new BorderPane();
    private final SessionBinding binding;
    private final Highlighter highlighter;
    private final EditorGutter gutter;
    private final CompletionPopup completion;
    private final FindBar findBar;
    private final AnalysisPipeline pipeline;
    private final SelectionImpl<java.util.Collection<String>, String, java.util.Collection<String>> bracketOpen;
    private final SelectionImpl<java.util.Collection<String>, String, java.util.Collection<String>> bracketClose;
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> diagnosticsView = FXCollections.unmodifiableObservableList(diagnostics);
    private final ReadOnlyIntegerWrapper caretLine = new ReadOnlyIntegerWrapper(this, "caretLine", 1);
    private final ReadOnlyIntegerWrapper caretColumn = new ReadOnlyIntegerWrapper(this, "caretColumn", 1);
    private final ReadOnlyObjectWrapper<ParseState> parseState = new ReadOnlyObjectWrapper<>(this, "parseState", ParseState.PARSED);
    private final ReadOnlyObjectWrapper<Analysis> lastAnalysis = new ReadOnlyObjectWrapper<>(this, "lastAnalysis");
    private final ReadOnlyStringWrapper formatDescription = new ReadOnlyStringWrapper(this, "formatDescription", "JSON");
    private final ChangeListener<String> selectionListener = (o, a, b) -> selectionChanged(b);
    private final WorkflowSession.Listener sessionListener = new WorkflowSession.Listener() {
        @Override
        public void textChanged(WorkflowSession.Change change) {
            parseState.set(ParseState.PARSING);
            if (change.origin() == JsonEditor.this) {
                pipeline.afterPause();
            } else {
                pipeline.now();
            }
        }

        @Override
        public void documentChanged(AslDocument document) {
            if (!offering && document.text().equals(session.text())) {
                pipeline.now();
            }
        }
    };
    private Function<AslDocument, List<Diagnostic>> diagnoser = new Validator()::check;
    private List<Mark> searchMarks = List.of();
    private WorkflowSession session;
    private WorkflowSelection selection;
    private Syntax syntax = Syntax.JSON;
    private TextStyle textStyle = TextStyle.DEFAULT;
    private boolean offering;
    private boolean revealing;
    private boolean refreshingFind;

    public JsonEditor() {
        area.getStyleClass().add("json-editor");
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setLineHighlighterOn(true);
        area.setMouseOverTextDelay(Duration.ofMillis(450));
        binding = new SessionBinding(area, this, this::afterRemoteChange);
        highlighter = new Highlighter(area);
        gutter = new EditorGutter(area);
        completion = new CompletionPopup(area);
        completion.setOnAccept(this::insert);
        pipeline = new AnalysisPipeline(TYPING_PAUSE, this::request, this::applyAnalysis);
        findBar = new FindBar(this, area, marks -> {
            searchMarks = List.copyOf(marks);
            if (session != null && !refreshingFind) {
                pipeline.now();
            }
        });
        new EditorKeys(this, area);
        bracketOpen = new SelectionImpl<>("bracket-open", area, p -> p.getStyleClass().add("bracket-match"));
        bracketClose = new SelectionImpl<>("bracket-close", area, p -> p.getStyleClass().add("bracket-match"));
        area.addSelection(bracketOpen);
        area.addSelection(bracketClose);
        hoverText.getStyleClass().addAll("root", "hover-doc");
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(520);
        hover.getContent().add(hoverText);
        hover.setAutoHide(true);
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> hover.hide());
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.caretPositionProperty().addListener((o, a, b) -> caretMoved());
        area.currentParagraphProperty().addListener((o, a, b) -> {
            if (a < area.getParagraphs().size()) {
                area.recreateParagraphGraphic(a);
            }
            area.recreateParagraphGraphic(b);
        });
        root.setTop(findBar.node());
        root.setCenter(new VirtualizedScrollPane<>(area));
        root.getStyleClass().add("json-editor-pane");
    }

    // ------------------------------------------------------------------ API for the window and other views

    public BorderPane node() {
        return root;
    }

    /** The code area itself (tests and snapshots reach into it). */
    public CodeArea area() {
        return area;
    }

    public WorkflowSession session() {
        return session;
    }

    /** Shows and edits {@code newSession}'s text; {@code syntax} chooses highlighting and completion. */
    public void setSession(WorkflowSession newSession, Syntax newSyntax) {
        if (session != null) {
            session.removeListener(sessionListener);
        }
        session = newSession;
        syntax = newSyntax == null ? Syntax.JSON : newSyntax;
        textStyle = TextStyle.detect(newSession.text());
        highlighter.setStyler(isYaml() ? new YamlStyler() : new JsonStyler());
        highlighter.reset();
        completion.hide();
        binding.attach(newSession);
        session.addListener(sessionListener);
        formatDescription.set((isYaml() ? "YAML" : "JSON") + "  \u00b7  " + ("\r\n".equals(textStyle.newline()) ? "CRLF" : "LF")
                + "  \u00b7  UTF-8" + (newSession.currentBase() != null && newSession.currentBase().hasBom() ? " BOM" : ""));
        diagnostics.clear();
        parseState.set(ParseState.PARSING);
        pipeline.now();
    }

    /** Shares {@code newSelection} with the other views: the caret selects states, and selected states are revealed. */
    public void setSelection(WorkflowSelection newSelection) {
        if (selection != null) {
            selection.primaryProperty().removeListener(selectionListener);
        }
        selection = newSelection;
        if (selection != null) {
            selection.primaryProperty().addListener(selectionListener);
        }
    }

    /**
     * Where problems come from: a function of a parsed document (run off the FX thread). Syntax
     * problems are always shown; the validator plugs in here: {@code editor.setDiagnoser(Validator::validate)}.
     */
    public void setDiagnoser(Function<AslDocument, List<Diagnostic>> diagnoser) {
        this.diagnoser = diagnoser == null ? new Validator()::check : diagnoser;
        if (session != null) {
            pipeline.now();
        }
    }

    /** The problems of the latest analysed text. */
    public ObservableList<Diagnostic> diagnostics() {
        return diagnosticsView;
    }

    public ReadOnlyIntegerProperty caretLineProperty() {
        return caretLine.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty caretColumnProperty() {
        return caretColumn.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ParseState> parseStateProperty() {
        return parseState.getReadOnlyProperty();
    }

    /** The latest analysis applied (its timings are what the benchmark reads). */
    public ReadOnlyObjectProperty<Analysis> lastAnalysisProperty() {
        return lastAnalysis.getReadOnlyProperty();
    }

    /** "JSON · LF · UTF-8" for the status bar. */
    public ReadOnlyStringProperty formatDescriptionProperty() {
        return formatDescription.getReadOnlyProperty();
    }

    /** Moves the caret to a problem and selects its text. */
    public void reveal(Diagnostic d) {
        LineBreakMap map = breaks();
        int start = Math.min(map.toArea(d.span().start()), area.getLength());
        int end = Math.min(map.toArea(d.span().end()), area.getLength());
        selectAndReveal(start, end > start && end - start < 400 ? end : start);
        area.requestFocus();
    }

    /** Moves the caret to 1-based {@code line} and {@code column}. */
    public void goToLine(int line, int column) {
        int par = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        int col = Math.max(0, Math.min(column - 1, area.getParagraphLength(par)));
        unfoldAround(par);
        int at = area.getAbsolutePosition(par, col);
        selectAndReveal(at, at);
        area.requestFocus();
    }

    /** Asks for a line (and column) and goes there. */
    public void showGoToLine() {
        TextInputDialog dialog = new TextInputDialog(Integer.toString(caretLine.get()));
        dialog.setTitle("Go to Line");
        dialog.setHeaderText("Line (1\u2013" + area.getParagraphs().size() + "), optionally :column");
        if (area.getScene() != null) {
            dialog.initOwner(area.getScene().getWindow());
        }
        Optional<String> answer = dialog.showAndWait();
        answer.ifPresent(s -> {
            String[] parts = s.strip().split("[:,\\s]+");
            try {
                int line = Integer.parseInt(parts[0]);
                int col = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
                goToLine(line, col);
            } catch (NumberFormatException e) {
                area.requestFocus();
            }
        });
    }

    /** Folds the innermost object or array around the caret (Ctrl+Shift+[). */
    public void foldAtCaret() {
        int line = area.getCurrentParagraph();
        FoldRegions folds = gutter.folds();
        for (int start = line; start >= 0; start--) {
            int end = folds.endOf(start);
            if (end >= line && end > start && !(start + 1 < area.getParagraphs().size() && area.isFolded(start + 1))) {
                area.moveTo(start, area.getParagraphLength(start));
                gutter.toggleFold(start);
                return;
            }
        }
    }

    /** Unfolds the region at the caret's line (Ctrl+Shift+]). */
    public void unfoldAtCaret() {
        int line = area.getCurrentParagraph();
        if (line + 1 < area.getParagraphs().size() && area.isFolded(line + 1)) {
            gutter.toggleFold(line);
        }
    }

    public void undo() {
        if (session != null) {
            binding.breakTyping();
            session.undo();
        }
    }

    public void redo() {
        if (session != null) {
            session.redo();
        }
    }

    /** Stops background work; the editor is not used afterwards. */
    public void dispose() {
        pipeline.shutdown();
        binding.detach();
        highlighter.dispose();
        if (session != null) {
            session.removeListener(sessionListener);
        }
        setSelection(null);
    }

    /** True while the completion list is open. */
    public boolean completionShowing() {
        return completion.isShowing();
    }

    /** The completions the list shows. */
    public List<Completion> completionItems() {
        return completion.items();
    }

    // ------------------------------------------------------------------ package API for the editor's parts

    FindBar findBar() {
        return findBar;
    }

    CompletionPopup completionPopup() {
        return completion;
    }

    boolean isYaml() {
        return syntax == Syntax.YAML;
    }

    String indentUnit() {
        return textStyle.indent().isEmpty() ? "  " : textStyle.indent();
    }

    LineBreakMap breaks() {
        return session == null ? LineBreakMap.IDENTITY : binding.breaks();
    }

    /** Selects from {@code anchor} to {@code caret} (area offsets) and scrolls it into view. */
    void selectAndReveal(int anchor, int caret) {
        int par = area.offsetToPosition(Math.min(anchor, caret), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        unfoldAround(par);
        area.selectRange(anchor, caret);
        if (!isParagraphVisible(par)) {
            area.showParagraphAtTop(Math.max(0, par - 3));
        }
        area.requestFollowCaret();
    }

    private boolean isParagraphVisible(int par) {
        if (area.getVisibleParagraphs().isEmpty()) {
            return false;
        }
        try {
            return par >= area.firstVisibleParToAllParIndex() && par <= area.lastVisibleParToAllParIndex();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void unfoldAround(int par) {
        if (par < area.getParagraphs().size() && area.isFolded(par)) {
            int start = par;
            while (start > 0 && area.isFolded(start)) {
                start--;
            }
            area.unfoldParagraphs(start);
        }
    }

    /** Opens completion at the caret; {@code explicit} when asked for (Ctrl+Space) rather than typed. */
    void showCompletion(boolean explicit) {
        if (session == null) {
            return;
        }
        String text = session.text();
        int offset = breaks().toSession(area.getCaretPosition());
        CompletionEngine engine = new CompletionEngine(syntax, textStyle);
        CompletionContext ctx;
        List<Completion> items;
        try {
            ctx = engine.contextAt(text, offset);
            items = engine.complete(text, ctx, session.lastGoodDocument());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "completion failed at offset " + offset, e);
            completion.hide();
            return;
        }
        if (!explicit && (ctx.position() == CompletionContext.Position.NONE || items.isEmpty())) {
            completion.hide();
            return;
        }
        completion.show(items);
    }

    /** After a character is typed: refilter the open list, or open it where a name is being written. */
    void completeAfterTyping() {
        javafx.application.Platform.runLater(() -> {
            if (completion.isShowing()) {
                showCompletion(false);
            } else if (session != null && session.text().length() < 2_000_000) {
                showCompletion(false);
            }
        });
    }

    /** Replaces the completion's range with its text, as one undo step. */
    private void insert(Completion c) {
        if (session == null) {
            return;
        }
        CompletionContext ctx = engineContextNow();
        LineBreakMap map = breaks();
        int start = map.toArea(ctx.replaceStart());
        int end = map.toArea(Math.max(ctx.replaceEnd(), ctx.replaceStart()));
        String text = LineBreakMap.normalize(c.insertText());
        String beforeCaret = LineBreakMap.normalize(c.insertText().substring(0, c.caret()));
        binding.breakTyping();
        area.replaceText(start, Math.min(end, area.getLength()), text);
        binding.breakTyping();
        area.moveTo(start + beforeCaret.length());
        area.requestFollowCaret();
        if (c.retrigger()) {
            javafx.application.Platform.runLater(() -> showCompletion(true));
        }
    }

    private CompletionContext engineContextNow() {
        return new CompletionEngine(syntax, textStyle).contextAt(session.text(), breaks().toSession(area.getCaretPosition()));
    }

    // ------------------------------------------------------------------ analysis

    private AnalysisPipeline.Request request() {
        if (session == null) {
            return null;
        }
        refreshingFind = true; // the matches of the new text go into this analysis, once per pause rather than per keystroke
        try {
            findBar.refresh();
        } finally {
            refreshingFind = false;
        }
        return new AnalysisPipeline.Request(session.version(), session.text(), syntax, session.currentBase(), session.parsedDocument(),
                diagnoser, searchMarks, System.nanoTime());
    }

    private void applyAnalysis(Analysis a) {
        if (session == null || a.version() != session.version() || !a.document().text().equals(session.text())) {
            return; // the text moved on; a newer analysis is on its way
        }
        if (session.parsedDocument() != a.document()) {
            offering = true;
            try {
                session.offerParse(a.version(), a.document());
            } finally {
                offering = false;
            }
        }
        highlighter.apply(a.runs());
        gutter.update(a.diagnostics(), a.folds());
        diagnostics.setAll(a.diagnostics());
        parseState.set(a.document().hasSyntaxErrors() ? ParseState.SYNTAX_ERROR : ParseState.PARSED);
        lastAnalysis.set(a);
        caretToSelection();
    }

    private void afterRemoteChange() {
        completion.hide();
    }

    // ------------------------------------------------------------------ caret, brackets, selection, hover

    private void caretMoved() {
        int caret = area.getCaretPosition();
        int par = area.getCurrentParagraph();
        caretLine.set(par + 1);
        caretColumn.set(area.getCaretColumn() + 1);
        matchBrackets(caret);
        if (!revealing) {
            caretToSelection();
        }
    }

    private void matchBrackets(int caret) {
        bracketOpen.deselect();
        bracketClose.deselect();
        if (session == null) {
            return;
        }
        String text = session.text();
        LineBreakMap map = breaks();
        BracketMatcher matcher = new BracketMatcher(isYaml());
        int s = map.toSession(caret);
        int at = -1;
        int match = -1;
        for (int candidate : new int[] {s, s - 1}) {
            if (candidate >= 0 && candidate < text.length()) {
                match = matcher.match(text, candidate);
                if (match >= 0) {
                    at = candidate;
                    break;
                }
            }
        }
        if (match < 0) {
            return;
        }
        int a = map.toArea(at);
        int b = map.toArea(match);
        if (Math.max(a, b) >= area.getLength()) {
            return;
        }
        bracketOpen.selectRange(a, a + 1);
        bracketClose.selectRange(b, b + 1);
    }

    /** Selects the state whose JSON holds the caret (when the parse is current). */
    private void caretToSelection() {
        if (selection == null || session == null || !area.isFocused() && area.getScene() != null && area.getScene().getFocusOwner() != null
                && area.getScene().getFocusOwner() != area) {
            return;
        }
        AslDocument doc = session.parsedDocument();
        if (doc == null || doc.graph() == null) {
            return;
        }
        JsonPointer pointer = doc.pointerAt(breaks().toSession(area.getCaretPosition()));
        GraphNode node = pointer == null ? null : doc.graph().nodeAt(pointer);
        if (node != null && !node.id().equals(selection.getPrimary())) {
            selection.select(node.id(), this);
        }
    }

    private void selectionChanged(String id) {
        if (id == null || session == null || selection.sourceProperty().get() == this) {
            return;
        }
        AslDocument doc = session.document();
        WorkflowGraph graph = doc.graph();
        if (graph == null || graph.node(id) == null) {
            return;
        }
        Span span = stateSpan(doc, JsonPointer.parse(id));
        if (span == null) {
            return;
        }
        LineBreakMap map = breaks();
        revealing = true;
        try {
            selectAndReveal(map.toArea(span.end()), map.toArea(span.start()));
        } finally {
            revealing = false;
        }
    }

    /** The span of a state's member in its States object: from its name to the end of its JSON. */
    static Span stateSpan(AslDocument doc, JsonPointer pointer) {
        JsonPointer parent = pointer.parent();
        JsonValue states = parent == null ? null : doc.at(parent);
        if (states instanceof JsonObject o) {
            Member m = o.member(pointer.last());
            if (m != null) {
                return m.span();
            }
        }
        JsonValue v = doc.at(pointer);
        return v == null ? null : v.span();
    }

    private void showHover(int index, Point2D screen) {
        if (session == null) {
            return;
        }
        LineBreakMap map = breaks();
        int offset = map.toSession(index);
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            int s = d.span().start();
            int e = Math.max(d.span().end(), s + 1);
            if (offset >= s && offset < e && (e - s < 2000)) {
                lines.add(d.severity().label() + " " + d.code() + ": " + d.message());
            }
        }
        if (lines.isEmpty()) {
            String doc = FieldDocs.at(session.text(), offset, syntax);
            if (doc != null) {
                lines.add(doc);
            }
        }
        if (lines.isEmpty() || area.getScene() == null) {
            return;
        }
        hoverText.setText(String.join("\n", lines));
        hover.show(area, screen.getX() + 8, screen.getY() + 14);
    }
}

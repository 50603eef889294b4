package stepwise.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import stepwise.model.edit.TextEdit;
import stepwise.model.edit.WorkflowSession;

/**
 * Find (Ctrl+F) and replace (Ctrl+H) above the editor: plain text or regular expression, case and
 * whole-word options, the count of matches, next and previous (Enter, Shift+Enter), replace one or all
 * (one undo step each). Every match is marked in the text.
 */
final class FindBar implements WorkflowSession.Origin {
    private static final int MAX_MARKED = 5000;

    private final JsonEditor editor;
    private final CodeArea area;
    private final VBox root = new VBox();
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final ToggleButton matchCase = toggle("Aa", "Match case");
    private final ToggleButton wholeWord = toggle("W", "Whole words");
    private final ToggleButton regex = toggle(".*", "Regular expression");
    private final Label count = new Label();
    private final HBox replaceRow;
    private final Consumer<List<Mark>> marks;
    private List<TextSearch.Match> matches = List.of();

    FindBar(JsonEditor editor, CodeArea area, Consumer<List<Mark>> marks) {
        this.editor = editor;
        this.area = area;
        this.marks = marks;
        find.setPromptText("Find");
        find.getStyleClass().add("find-field");
        replace.setPromptText("Replace");
        replace.getStyleClass().add("find-field");
        count.getStyleClass().add("find-count");
        Button prev = button("\u2191", "Previous match (Shift+Enter)", () -> step(-1));
        Button next = button("\u2193", "Next match (Enter)", () -> step(1));
        Button close = button("\u2715", "Close (Escape)", this::close);
        HBox findRow = new HBox(4, find, matchCase, wholeWord, regex, count, prev, next, close);
        HBox.setHgrow(find, Priority.ALWAYS);
        findRow.setAlignment(Pos.CENTER_LEFT);
        Button one = button("Replace", "Replace this match", this::replaceOne);
        Button all = button("Replace All", "Replace every match", this::replaceAll);
        replaceRow = new HBox(4, replace, one, all);
        HBox.setHgrow(replace, Priority.ALWAYS);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(findRow, replaceRow);
        root.getStyleClass().add("find-bar");
        show(false, false);
        find.textProperty().addListener((o, a, b) -> search(true));
        for (ToggleButton t : List.of(matchCase, wholeWord, regex)) {
            t.selectedProperty().addListener((o, a, b) -> search(true));
        }
        find.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        replace.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    VBox node() {
        return root;
    }

    TextField findField() {
        return find;
    }

    TextField replaceField() {
        return replace;
    }

    boolean isOpen() {
        return root.isVisible();
    }

    /** Opens the bar (with the replace row when {@code withReplace}), seeded with the selected text. */
    void open(boolean withReplace) {
        show(true, withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
        search(false);
    }

    void close() {
        show(false, false);
        matches = List.of();
        marks.accept(List.of());
        area.requestFocus();
    }

    private void show(boolean visible, boolean withReplace) {
        root.setVisible(visible);
        root.setManaged(visible);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
    }

    /** Finds again (the text changed); keeps the current match when {@code jump} is false. */
    void refresh() {
        if (isOpen()) {
            search(false);
        }
    }

    private TextSearch search() {
        return new TextSearch(find.getText(), matchCase.isSelected(), wholeWord.isSelected(), regex.isSelected());
    }

    private void search(boolean jump) {
        WorkflowSession session = editor.session();
        if (session == null) {
            return;
        }
        try {
            matches = search().findAll(session.text(), 100_000);
            find.getStyleClass().remove("invalid");
        } catch (PatternSyntaxException e) {
            matches = List.of();
            find.getStyleClass().add("invalid");
            count.setText("bad pattern");
            marks.accept(List.of());
            return;
        }
        LineBreakMap map = editor.breaks();
        List<Mark> marked = new ArrayList<>();
        for (int i = 0; i < matches.size() && i < MAX_MARKED; i++) {
            TextSearch.Match m = matches.get(i);
            marked.add(new Mark(map.toArea(m.start()), map.toArea(m.end()), "search-hit"));
        }
        marks.accept(marked);
        if (jump && !matches.isEmpty()) {
            int from = map.toSession(area.getSelection().getStart());
            select(indexAtOrAfter(from));
        } else {
            updateCount();
        }
    }

    private int indexAtOrAfter(int sessionOffset) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= sessionOffset) {
                return i;
            }
        }
        return 0;
    }

    private int current() {
        LineBreakMap map = editor.breaks();
        int s = map.toSession(area.getSelection().getStart());
        int e = map.toSession(area.getSelection().getEnd());
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() == s && matches.get(i).end() == e) {
                return i;
            }
        }
        return -1;
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        int cur = current();
        int i;
        if (cur >= 0) {
            i = (cur + direction + matches.size()) % matches.size();
        } else {
            int caret = editor.breaks().toSession(area.getCaretPosition());
            i = direction > 0 ? indexAtOrAfter(caret) : (indexAtOrAfter(caret) - 1 + matches.size()) % matches.size();
        }
        select(i);
    }

    private void select(int i) {
        TextSearch.Match m = matches.get(i);
        LineBreakMap map = editor.breaks();
        editor.selectAndReveal(map.toArea(m.start()), map.toArea(m.end()));
        updateCount();
    }

    private void updateCount() {
        int cur = current();
        if (find.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText("No results");
        } else {
            count.setText((cur >= 0 ? (cur + 1) + " of " : "") + matches.size() + (cur >= 0 ? "" : " found"));
        }
    }

    private void replaceOne() {
        int cur = current();
        if (cur < 0) {
            step(1);
            return;
        }
        WorkflowSession session = editor.session();
        TextSearch.Match m = matches.get(cur);
        String with = search().replacement(session.text(), m, replace.getText());
        session.edit(List.of(new TextEdit(m.start(), m.end(), with)), "Replace", this, null);
        search(false);
        if (!matches.isEmpty()) {
            select(indexAtOrAfter(m.start() + with.length()));
        }
    }

    /** Replace All, as its button does. */
    void replaceAllForTest() {
        replaceAll();
    }

    private void replaceAll() {
        WorkflowSession session = editor.session();
        List<TextEdit> edits = search().replaceAll(session.text(), replace.getText());
        if (!edits.isEmpty()) {
            session.edit(edits, "Replace all \u201c" + find.getText() + "\u201d", this, null);
            count.setText(edits.size() + " replaced");
        }
        search(false);
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (e.getSource() == replace) {
                replaceOne();
            } else {
                step(e.isShiftDown() ? -1 : 1);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        }
    }

    private static ToggleButton toggle(String text, String tip) {
        ToggleButton t = new ToggleButton(text);
        t.setTooltip(new Tooltip(tip));
        t.getStyleClass().add("find-option");
        t.setFocusTraversable(false);
        return t;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("find-button");
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}

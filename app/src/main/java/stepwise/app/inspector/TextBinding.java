package stepwise.app.inspector;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.SetField;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * A text field or a JSON text area bound to one value. It commits on Enter (Ctrl+Enter in an area) or
 * when it loses focus, never per keystroke; Escape gives the document's value back.
 */
final class TextBinding extends FieldBinding {
    /** The most lines a JSON area shows before it scrolls. */
    static final int ROWS = 14;

    private final TextInputControl input;
    private final ValueFormat format;
    private final String requiredMessage;
    private Function<JsonValue, EditCommand> writer;
    private Function<InspectedState, JsonValue> reader;
    private List<JsonPointer> checked;
    private Runnable onRevert;
    /** The document's value as last shown. */
    private String shown = "";

    private TextBinding(InspectorEdits edits, JsonPointer path, TextInputControl input, ValueFormat format, String requiredMessage) {
        super(edits, path);
        this.input = input;
        this.format = format;
        this.requiredMessage = requiredMessage;
        this.checked = List.of(path);
        input.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && (isEditing() || onRevert != null)) {
                revert();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && (input instanceof TextField || e.isShortcutDown())) {
                commit();
                e.consume();
            }
        });
    }

    /** A one-line field; {@code requiredMessage} non-null makes an empty text a problem rather than a removal. */
    static TextBinding field(InspectorEdits edits, JsonPointer path, ValueFormat format, String requiredMessage) {
        TextField field = new TextField();
        return new TextBinding(edits, path, field, format, requiredMessage);
    }

    static TextBinding field(InspectorEdits edits, JsonPointer path, ValueFormat format) {
        return field(edits, path, format, null);
    }

    /** A JSON text area as high as its text, up to {@code rows} lines (then it scrolls). */
    static TextBinding area(InspectorEdits edits, JsonPointer path, int rows) {
        return area(edits, path, rows, ValueFormat.json(), null);
    }

    static TextBinding area(InspectorEdits edits, JsonPointer path, int rows, ValueFormat format, String requiredMessage) {
        TextArea area = new TextArea();
        area.getStyleClass().add("json-area");
        area.setPrefRowCount(rows);
        area.setWrapText(false);
        TextBinding b = new TextBinding(edits, path, area, format, requiredMessage);
        Runnable fit = () -> area.setPrefRowCount(Math.max(1, Math.min(rows,
                lines(area.getText().isEmpty() && area.getPromptText() != null ? area.getPromptText() : area.getText()))));
        area.textProperty().addListener((obs, a, t) -> fit.run());
        area.promptTextProperty().addListener((obs, a, t) -> fit.run());
        fit.run();
        return b;
    }

    private static int lines(String t) {
        int n = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Writes with {@code writer} instead of setting the value at the path (a rename, a transition). */
    TextBinding writeWith(Function<JsonValue, EditCommand> writer) {
        this.writer = writer;
        return this;
    }

    /** Reads the shown value with {@code reader} instead of from the path. */
    TextBinding readWith(Function<InspectedState, JsonValue> reader) {
        this.reader = reader;
        return this;
    }

    /** The places where a wrong value blocks the commit (the path by default). */
    TextBinding checkAt(List<JsonPointer> checked) {
        this.checked = List.copyOf(checked);
        return this;
    }

    /** Runs {@code action} after Escape gave the document's value back. */
    TextBinding onRevert(Runnable action) {
        this.onRevert = action;
        return this;
    }

    TextBinding prompt(String text) {
        input.setPromptText(text);
        return this;
    }

    TextInputControl input() {
        return input;
    }

    @Override
    javafx.scene.layout.Region control() {
        return input;
    }

    @Override
    void update(InspectedState state) {
        String text = format.show(value(state));
        boolean editing = isEditing();
        shown = text;
        if (!editing && !input.getText().equals(text)) {
            input.setText(text);
        }
    }

    private JsonValue value(InspectedState state) {
        return reader != null ? reader.apply(state) : state.at(path);
    }

    @Override
    boolean isEditing() {
        return problem() != null || input.isFocused() && !input.getText().equals(shown);
    }

    @Override
    void revert() {
        input.setText(shown);
        setProblem(null);
        if (onRevert != null) {
            onRevert.run();
        }
    }

    @Override
    void commitPending() {
        if (isEditing()) {
            commit();
        }
    }

    @Override
    Draft draft() {
        return problem() == null ? null : new Draft(input.getText(), null, problem());
    }

    @Override
    void restore(Draft draft) {
        input.setText(draft.text());
        setProblem(draft.problem());
    }

    /** Reads the text and writes it: one command, or a problem at the field. */
    void commit() {
        String text = input.getText();
        if (problem() == null && text.equals(shown)) {
            return;
        }
        ValueFormat.Parsed parsed = format.parse(text);
        if (parsed.problem() != null) {
            setProblem(parsed.problem());
            return;
        }
        if (parsed.removes() && requiredMessage != null) {
            setProblem(requiredMessage);
            return;
        }
        InspectedState state = edits.current();
        if (state == null) {
            return;
        }
        JsonValue current = value(state);
        if (parsed.removes() ? current == null : Json.sameValue(parsed.value(), current)) {
            setProblem(null);
            input.setText(shown);
            return;
        }
        EditCommand command = parsed.removes() ? SetField.remove(edits.absolute(path))
                : writer != null ? writer.apply(parsed.value()) : new SetField(edits.absolute(path), parsed.value());
        String before = shown;
        setProblem(null);
        shown = text;
        String failure = edits.run(command, checked);
        if (failure != null) {
            shown = before;
            setProblem(failure);
        }
    }
}

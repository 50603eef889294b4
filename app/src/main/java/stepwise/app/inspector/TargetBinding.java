package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import stepwise.model.edit.Connect;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.ReplaceField;
import stepwise.model.edit.SetField;
import stepwise.model.json.Json;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * The state a transition leads to, picked from the states of the same machine or typed. A name that
 * is not a state there is not written; the field says so.
 */
final class TargetBinding extends FieldBinding {
    /** Which transition: a state's Next (or End), a Choice's Default (or none), or the Next of a rule or a Catch. */
    enum Kind { NEXT, DEFAULT, RULE }

    static final String END = "(End)";
    static final String NONE = "(none)";

    private final Kind kind;
    private final ComboBox<String> combo = new ComboBox<>();
    private String shown = "";
    private boolean updating;

    TargetBinding(InspectorEdits edits, JsonPointer path, Kind kind) {
        super(edits, path);
        this.kind = kind;
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setVisibleRowCount(12);
        combo.setPromptText(kind == Kind.DEFAULT ? "No default" : "Choose a state");
        Picks.onPick(combo, () -> updating, after -> commit(after == null ? "" : after));
        combo.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isEditing()) {
                revert();
                e.consume();
            }
        });
    }

    ComboBox<String> combo() {
        return combo;
    }

    @Override
    Region control() {
        return combo;
    }

    @Override
    List<JsonPointer> ownClaims() {
        return kind == Kind.NEXT ? List.of(path, path.parent().append("End")) : List.of(path);
    }

    @Override
    void update(InspectedState state) {
        List<String> items = new ArrayList<>();
        if (kind == Kind.NEXT) {
            items.add(END);
        } else if (kind == Kind.DEFAULT) {
            items.add(NONE);
        }
        items.addAll(state.targets());
        boolean editing = isEditing();
        shown = current(state);
        updating = true;
        try {
            if (!items.equals(combo.getItems())) {
                combo.getItems().setAll(items);
            }
            if (!editing) {
                combo.setValue(shown);
                combo.getEditor().setText(shown);
            }
        } finally {
            updating = false;
        }
    }

    private String current(InspectedState state) {
        JsonValue value = state.at(path);
        if (value != null) {
            return value.isString() ? value.asText() : ValueFormat.inline(value);
        }
        if (kind == Kind.NEXT && state.at(path.parent().append("End")) instanceof JsonBoolean b && b.value()) {
            return END;
        }
        return kind == Kind.DEFAULT ? NONE : "";
    }

    @Override
    boolean isEditing() {
        return problem() != null || combo.getEditor().isFocused() && !combo.getEditor().getText().equals(shown);
    }

    @Override
    void revert() {
        updating = true;
        try {
            combo.setValue(shown);
            combo.getEditor().setText(shown);
        } finally {
            updating = false;
        }
        setProblem(null);
    }

    @Override
    void commitPending() {
        if (isEditing()) {
            commit(combo.getEditor().getText());
        }
    }

    @Override
    Draft draft() {
        return problem() == null ? null : new Draft(combo.getEditor().getText(), null, problem());
    }

    @Override
    void restore(Draft draft) {
        updating = true;
        try {
            combo.setValue(draft.text());
            combo.getEditor().setText(draft.text());
        } finally {
            updating = false;
        }
        setProblem(draft.problem());
    }

    private void commit(String typed) {
        String name = typed.strip();
        if (name.equals(shown) && problem() == null) {
            return;
        }
        InspectedState state = edits.current();
        if (state == null) {
            return;
        }
        EditCommand command = command(state, name);
        if (command == null) {
            return;
        }
        String before = shown;
        setProblem(null);
        shown = name;
        String failure = edits.run(command, claims());
        if (failure != null) {
            shown = before;
            setProblem(failure);
        }
    }

    private EditCommand command(InspectedState state, String name) {
        JsonPointer state0 = state.pointer();
        switch (kind) {
            case NEXT -> {
                if (name.isEmpty()) {
                    setProblem("Choose the next state, or " + END + " to end here");
                    return null;
                }
                if (name.equals(END)) {
                    return state.at(path) != null ? new ReplaceField(edits.absolute(path), "End", Json.bool(true))
                            : new SetField(edits.absolute(path.parent().append("End")), Json.bool(true));
                }
                return Connect.next(state0, name);
            }
            case DEFAULT -> {
                if (name.isEmpty() || name.equals(NONE)) {
                    return SetField.remove(edits.absolute(path));
                }
                return Connect.defaultTo(state0, name);
            }
            default -> {
                if (name.isEmpty()) {
                    setProblem("Choose the state to go to");
                    return null;
                }
                return new SetField(edits.absolute(path), Json.string(name));
            }
        }
    }
}

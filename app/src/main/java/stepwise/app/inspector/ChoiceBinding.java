package stepwise.app.inspector;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.SetField;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * A picker of the words a field allows (JitterStrategy, a Map's Mode, QueryLanguage...). A pick is
 * committed at once. The first item may stand for "not written" (the field's default).
 */
final class ChoiceBinding extends FieldBinding {
    /** The item that means the field is not written. */
    static final String UNSET = "";

    private final ComboBox<String> combo = new ComboBox<>();
    private Function<String, EditCommand> writer;
    private boolean updating;
    private String shown = UNSET;

    ChoiceBinding(InspectorEdits edits, JsonPointer path, List<String> words, String unsetLabel) {
        super(edits, path);
        if (unsetLabel != null) {
            combo.getItems().add(UNSET);
        }
        combo.getItems().addAll(words);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String word) {
                return word == null ? "" : word.isEmpty() ? unsetLabel : word;
            }

            @Override
            public String fromString(String label) {
                return label;
            }
        });
        combo.setMaxWidth(Double.MAX_VALUE);
        Picks.onPick(combo, () -> updating, after -> {
            if (after != null && !after.equals(shown)) {
                commit(after);
            }
        });
    }

    /** Writes the picked word with {@code writer} instead of setting it at the path. */
    ChoiceBinding writeWith(Function<String, EditCommand> writer) {
        this.writer = writer;
        return this;
    }

    ComboBox<String> combo() {
        return combo;
    }

    @Override
    Region control() {
        return combo;
    }

    @Override
    void update(InspectedState state) {
        JsonValue value = state.at(path);
        shown = value == null ? UNSET : value.isString() ? value.asText() : ValueFormat.inline(value);
        updating = true;
        try {
            combo.setValue(shown);
        } finally {
            updating = false;
        }
    }

    @Override
    boolean isEditing() {
        return false;
    }

    @Override
    void revert() {
        updating = true;
        try {
            combo.setValue(shown);
        } finally {
            updating = false;
        }
        setProblem(null);
    }

    private void commit(String word) {
        if (edits.current() == null) {
            return;
        }
        EditCommand command = writer != null ? writer.apply(word)
                : word.isEmpty() ? SetField.remove(edits.absolute(path)) : new SetField(edits.absolute(path), Json.string(word));
        String failure = edits.run(command, List.of(path));
        if (failure != null) {
            revert();
            setProblem(failure);
        } else {
            setProblem(null);
        }
    }
}

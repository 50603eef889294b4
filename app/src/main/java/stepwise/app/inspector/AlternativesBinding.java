package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.ReplaceField;
import stepwise.model.edit.SetField;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * One value that can be written under one of several exclusive keys: a Wait's Seconds, SecondsPath,
 * Timestamp or TimestampPath; a Task's TimeoutSeconds or TimeoutSecondsPath. The picker says which
 * key, the field holds the value. Switching keys keeps the value when it fits the new key (one
 * command, the field renamed in place); otherwise the field empties and nothing is written until
 * the user enters a value for the new key.
 */
final class AlternativesBinding extends FieldBinding {
    private final List<String> keys;
    private final Function<String, ValueFormat> formats;
    private final Function<String, String> prompts;
    private final KeyPicker picker;
    private final boolean pickerAbove;
    private final String requiredMessage;
    private final TextField input = new TextField();
    private String writtenKey;
    private String pickedKey;
    private String shown = "";

    /**
     * @param path the object that holds the keys, relative to the state
     * @param requiredMessage non-null when one of the keys must be written
     */
    AlternativesBinding(InspectorEdits edits, JsonPointer path, List<String> keys, Function<String, ValueFormat> formats,
                        Function<String, String> prompts, KeyPicker picker, boolean pickerAbove, String requiredMessage) {
        super(edits, path);
        this.keys = List.copyOf(keys);
        this.formats = formats;
        this.prompts = prompts;
        this.picker = picker;
        this.pickerAbove = pickerAbove;
        this.requiredMessage = requiredMessage;
        this.pickedKey = keys.get(0);
        picker.select(pickedKey);
        picker.onPick(this::pick);
        input.setPromptText(prompts.apply(pickedKey));
        input.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isEditing()) {
                revert();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            }
        });
    }

    TextField input() {
        return input;
    }

    KeyPicker picker() {
        return picker;
    }

    @Override
    String ownId() {
        return "field:" + path.append(keys.get(0));
    }

    @Override
    Region control() {
        return input;
    }

    @Override
    Node content() {
        if (pickerAbove) {
            return new VBox(4, picker.node(), input);
        }
        HBox row = new HBox(4, input, picker.node());
        HBox.setHgrow(input, Priority.ALWAYS);
        return row;
    }

    @Override
    List<JsonPointer> ownClaims() {
        List<JsonPointer> out = new ArrayList<>();
        for (String k : keys) {
            out.add(path.append(k));
        }
        return out;
    }

    private String defaultKey() {
        return writtenKey != null ? writtenKey : keys.get(0);
    }

    private boolean pending() {
        return !pickedKey.equals(defaultKey());
    }

    @Override
    void update(InspectedState state) {
        boolean editing = isEditing();
        JsonObject holder = state.at(path) instanceof JsonObject o ? o : null;
        writtenKey = null;
        JsonValue value = null;
        if (holder != null) {
            for (String k : keys) {
                if (holder.has(k)) {
                    writtenKey = k;
                    value = holder.get(k);
                    break;
                }
            }
        }
        shown = formats.apply(defaultKey()).show(value);
        if (!editing) {
            show();
        }
    }

    private void show() {
        pickedKey = defaultKey();
        picker.select(pickedKey);
        input.setPromptText(prompts.apply(pickedKey));
        if (!input.getText().equals(shown)) {
            input.setText(shown);
        }
        setHint(null);
    }

    @Override
    boolean isEditing() {
        return problem() != null || pending() || input.isFocused() && !input.getText().equals(shown);
    }

    @Override
    void revert() {
        setProblem(null);
        show();
    }

    @Override
    void commitPending() {
        if (problem() != null || input.isFocused() && !input.getText().equals(shown)) {
            commit();
        }
    }

    @Override
    Draft draft() {
        return problem() == null ? null : new Draft(input.getText(), pickedKey, problem());
    }

    @Override
    void restore(Draft draft) {
        if (draft.key() != null && keys.contains(draft.key())) {
            pickedKey = draft.key();
            picker.select(pickedKey);
            input.setPromptText(prompts.apply(pickedKey));
        }
        input.setText(draft.text());
        setProblem(draft.problem());
    }

    private void pick(String key) {
        if (key.equals(pickedKey)) {
            return;
        }
        pickedKey = key;
        input.setPromptText(prompts.apply(key));
        setProblem(null);
        String text = input.getText();
        ValueFormat.Parsed parsed = formats.apply(key).parse(text);
        if (edits.current() != null && parsed.value() != null) {
            EditCommand command = writtenKey == null ? new SetField(edits.absolute(path.append(key)), parsed.value())
                    : new ReplaceField(edits.absolute(path.append(writtenKey)), key, parsed.value());
            if (edits.run(command, List.of(path.append(key))) == null) {
                afterWrite();
                return;
            }
        }
        if (writtenKey == null && text.isEmpty() && !key.equals(keys.get(0))) {
            input.clear();
            setHint(null);
            return;
        }
        input.clear();
        setHint(writtenKey == null ? "Enter a value for " + key
                : "Enter a value for " + key + "; " + writtenKey + " stays as it is until then. Escape keeps " + writtenKey + ".");
        input.requestFocus();
    }

    private void commit() {
        String text = input.getText();
        if (problem() == null && !pending() && text.equals(shown)) {
            return;
        }
        InspectedState state = edits.current();
        if (state == null) {
            return;
        }
        String key = pickedKey;
        ValueFormat.Parsed parsed = formats.apply(key).parse(text);
        if (parsed.problem() != null) {
            setProblem(parsed.problem());
            return;
        }
        EditCommand command;
        if (parsed.removes()) {
            if (writtenKey == null) {
                revert();
                return;
            }
            if (requiredMessage != null) {
                setProblem(requiredMessage);
                return;
            }
            command = SetField.remove(edits.absolute(path.append(writtenKey)));
        } else if (writtenKey == null) {
            command = new SetField(edits.absolute(path.append(key)), parsed.value());
        } else {
            command = new ReplaceField(edits.absolute(path.append(writtenKey)), key, parsed.value());
        }
        String failure = edits.run(command, List.of(path.append(key)));
        if (failure != null) {
            setProblem(failure);
        } else {
            afterWrite();
        }
    }

    /** Shows what was written: the document's update came while the field still counted as being edited. */
    private void afterWrite() {
        setProblem(null);
        setHint(null);
        InspectedState state = edits.current();
        if (state != null) {
            writtenKey = null;
            pickedKey = keys.get(0);
            update(state);
            show();
        }
    }
}

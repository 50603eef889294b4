package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import stepwise.model.asl.Condition;
import stepwise.model.edit.RenameField;
import stepwise.model.edit.SetField;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;

/** An And or Or group: all or any of its conditions, each with its own editor, and a button to add one. */
final class GroupEditor extends ConditionEditor {
    /** A new condition starts as a test that always holds, for the user to change. */
    static final String STARTER_VARIABLE = "$";

    private final ComboBox<String> kind = new ComboBox<>();
    private final VBox children = new VBox(6);
    private final VBox box;
    private final Label message = new Label();
    private final List<ConditionEditor> editors = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private String written;
    private boolean updating;

    GroupEditor(InspectorEdits edits, JsonPointer path) {
        super(edits, path);
        kind.getItems().addAll("And", "Or");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : k.equals("And") ? "All of (And)" : "Any of (Or)";
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        kind.setId("group:" + path);
        Picks.onPick(kind, () -> updating, b -> {
            if (b != null && written != null && !b.equals(written)) {
                String failure = edits.run(new RenameField(edits.absolute(path.append(written)), b), List.of());
                if (failure != null) {
                    show(failure);
                    setKind(written);
                }
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, kind, spacer, menu());
        header.setAlignment(Pos.CENTER_LEFT);
        Button add = new Button("+ Condition");
        add.getStyleClass().add("link-button");
        add.setId("addcondition:" + path);
        add.setOnAction(e -> addCondition());
        children.getStyleClass().add("group-children");
        message.getStyleClass().addAll("field-message", "error");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        box = new VBox(6, header, message, children, add);
        box.getStyleClass().add("condition-group");
    }

    @Override
    Node node() {
        return box;
    }

    @Override
    List<FieldBinding> fields() {
        List<FieldBinding> out = new ArrayList<>();
        for (ConditionEditor e : editors) {
            out.addAll(e.fields());
        }
        return out;
    }

    @Override
    void update(Condition condition, InspectedState state) {
        String key = condition instanceof Condition.And ? "And" : "Or";
        List<Condition> list = condition instanceof Condition.And a ? a.conditions() : ((Condition.Or) condition).conditions();
        written = key;
        setKind(key);
        while (editors.size() > list.size()) {
            editors.remove(editors.size() - 1);
            kinds.remove(kinds.size() - 1);
            children.getChildren().remove(children.getChildren().size() - 1);
        }
        for (int i = 0; i < list.size(); i++) {
            Condition c = list.get(i);
            JsonPointer childPath = path.append(key).append(i);
            String k = kind(c);
            if (i < editors.size() && (!kinds.get(i).equals(k) || !editors.get(i).path.equals(childPath))) {
                ConditionEditor fresh = create(edits, childPath, c);
                editors.set(i, fresh);
                kinds.set(i, k);
                children.getChildren().set(i, fresh.node());
            } else if (i >= editors.size()) {
                ConditionEditor fresh = create(edits, childPath, c);
                editors.add(fresh);
                kinds.add(k);
                children.getChildren().add(fresh.node());
            }
            editors.get(i).update(c, state);
        }
        show(null);
    }

    private void setKind(String key) {
        updating = true;
        try {
            kind.setValue(key);
        } finally {
            updating = false;
        }
    }

    private void addCondition() {
        if (written == null) {
            return;
        }
        int index = editors.size();
        String failure = edits.run(new SetField(edits.absolute(path.append(written).append("-")),
                Json.object("Variable", Json.string(STARTER_VARIABLE), "IsPresent", Json.bool(true))), List.of());
        show(failure);
        if (failure == null && index < editors.size() && !editors.get(index).fields().isEmpty()
                && editors.get(index).fields().get(0) instanceof TextBinding t) {
            t.input().requestFocus();
            t.input().selectAll();
        }
    }

    private void show(String problem) {
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        message.setManaged(problem != null);
    }
}

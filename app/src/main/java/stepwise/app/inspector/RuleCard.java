package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import stepwise.model.asl.ChoiceRule;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.MoveItem;
import stepwise.model.edit.SetField;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonPointer;

/** One Choice rule: its condition, the state it leads to, and its Comment, Assign and Output when it has them. */
final class RuleCard {
    private final InspectorEdits edits;
    private final int index;
    private final JsonPointer path;
    private final VBox box = new VBox(6);
    private final Label title = new Label();
    private final Label summary = new Label();
    private final VBox conditionHolder = new VBox();
    private final FormGrid details = new FormGrid();
    private final TargetBinding next;
    private final Map<String, TextBinding> extras = new LinkedHashMap<>();
    private final List<String> opened = new ArrayList<>();
    private final Label message = new Label();
    private ConditionEditor condition;
    private String conditionKind;

    RuleCard(InspectorEdits edits, int index, boolean jsonata) {
        this.edits = edits;
        this.index = index;
        this.path = Paths.of("Choices", index);
        title.setText("Rule " + (index + 1));
        title.getStyleClass().add("rule-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("rule-summary");
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        MenuButton menu = new MenuButton("\u22ef");
        menu.getStyleClass().add("row-menu");
        menu.setId("rulemenu:" + index);
        HBox header = new HBox(8, title, summary, menu);
        header.setAlignment(Pos.CENTER_LEFT);
        next = new TargetBinding(edits, path.append("Next"), TargetBinding.Kind.RULE);
        details.add("Then go to", "The state to go to when the condition holds", next);
        extras.put("Comment", TextBinding.field(edits, path.append("Comment"), ValueFormat.text()).prompt("What this rule is for"));
        extras.put("Assign", TextBinding.area(edits, path.append("Assign"), TextBinding.ROWS));
        if (jsonata) {
            extras.put("Output", TextBinding.area(edits, path.append("Output"), TextBinding.ROWS));
        }
        for (Map.Entry<String, TextBinding> e : extras.entrySet()) {
            if (e.getKey().equals("Comment")) {
                details.add("Comment", null, e.getValue());
            } else {
                details.add(e.getKey(), e.getKey().equals("Assign") ? "Variables to set when this rule is taken"
                        : "The Choice state's output when this rule is taken", e.getValue());
            }
        }
        for (String f : extras.keySet()) {
            MenuItem add = new MenuItem("Add " + f);
            add.setOnAction(ev -> {
                opened.add(f);
                details.showRow(extras.get(f).node(), true);
                extras.get(f).control().requestFocus();
            });
            add.setUserData(f);
            menu.getItems().add(add);
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(item("Move up", () -> new MoveItem(edits.absolute(Paths.of("Choices")), index, index - 1)),
                item("Move down", () -> new MoveItem(edits.absolute(Paths.of("Choices")), index, index + 1)),
                new SeparatorMenuItem(), item("Delete rule", this::delete));
        menu.setOnShowing(e -> {
            InspectedState s = edits.current();
            int size = s != null && s.raw().get("Choices") instanceof JsonArray a ? a.size() : 0;
            for (MenuItem m : menu.getItems()) {
                if (m.getUserData() instanceof String f) {
                    m.setVisible(!extras.get(f).node().isVisible());
                } else if ("Move up".equals(m.getText())) {
                    m.setDisable(index == 0);
                } else if ("Move down".equals(m.getText())) {
                    m.setDisable(index >= size - 1);
                }
            }
        });
        message.getStyleClass().addAll("field-message", "error");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        box.getChildren().addAll(header, message, conditionHolder, details);
        box.getStyleClass().add("rule-card");
        box.setId("rule:" + index);
    }

    private MenuItem item(String text, java.util.function.Supplier<EditCommand> command) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> show(edits.run(command.get(), List.of())));
        return item;
    }

    private EditCommand delete() {
        InspectedState s = edits.current();
        boolean last = s != null && s.raw().get("Choices") instanceof JsonArray a && a.size() == 1;
        return SetField.remove(edits.absolute(last ? Paths.of("Choices") : path));
    }

    private void show(String problem) {
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        message.setManaged(problem != null);
    }

    Node node() {
        return box;
    }

    ConditionEditor condition() {
        return condition;
    }

    List<FieldBinding> fields() {
        List<FieldBinding> out = new ArrayList<>();
        if (condition != null) {
            out.addAll(condition.fields());
        }
        out.add(next);
        out.addAll(extras.values());
        return out;
    }

    void update(ChoiceRule rule, InspectedState state) {
        String kind = ConditionEditor.kind(rule.condition());
        if (condition == null || !kind.equals(conditionKind)) {
            condition = ConditionEditor.create(edits, path, rule.condition());
            conditionKind = kind;
            conditionHolder.getChildren().setAll(condition.node());
        }
        condition.update(rule.condition(), state);
        summary.setText(rule.label());
        next.update(state);
        for (Map.Entry<String, TextBinding> e : extras.entrySet()) {
            e.getValue().update(state);
            boolean present = rule.raw().has(e.getKey()) || opened.contains(e.getKey()) || e.getValue().isEditing();
            details.showRow(e.getValue().node(), present);
        }
        show(null);
    }

    int index() {
        return index;
    }
}

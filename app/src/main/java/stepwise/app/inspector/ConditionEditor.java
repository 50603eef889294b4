package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import stepwise.model.asl.ChoiceRule;
import stepwise.model.asl.ChoiceState;
import stepwise.model.asl.Condition;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.SetCondition;
import stepwise.model.edit.SetField;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.Member;

/**
 * The editor of one condition of a Choice rule: a comparison, an And/Or group, a Not, a JSONata
 * expression, or the JSON of a condition of the wrong shape. Each kind has its editor; an editor
 * updates its fields in place while the condition keeps its kind and is replaced when it changes
 * kind. A menu wraps the condition in And, Or or Not, unwraps it, or removes it from its group.
 */
abstract class ConditionEditor {
    /** The fields of a rule that are not its condition. */
    static final Set<String> RULE_FIELDS = Set.of("Next", "Comment", "Assign", "Output");

    protected final InspectorEdits edits;
    /** The condition, relative to the state: the rule itself ({@code /Choices/0}) for a rule's own condition. */
    protected final JsonPointer path;
    private MenuButton menu;

    ConditionEditor(InspectorEdits edits, JsonPointer path) {
        this.edits = edits;
        this.path = path;
    }

    abstract Node node();

    abstract void update(Condition condition, InspectedState state);

    abstract List<FieldBinding> fields();

    /** The kind of editor a condition needs. */
    static String kind(Condition c) {
        if (c instanceof Condition.Comparison) {
            return "comparison";
        }
        if (c instanceof Condition.And || c instanceof Condition.Or) {
            return "group";
        }
        if (c instanceof Condition.Not) {
            return "not";
        }
        return c instanceof Condition.Jsonata ? "expression" : "json";
    }

    static ConditionEditor create(InspectorEdits edits, JsonPointer path, Condition c) {
        return switch (kind(c)) {
            case "comparison" -> new ComparisonEditor(edits, path);
            case "group" -> new GroupEditor(edits, path);
            case "not" -> new NotEditor(edits, path);
            case "expression" -> new ExpressionEditor(edits, path);
            default -> new RawConditionEditor(edits, path);
        };
    }

    /** True when the condition is a rule's own (its fields stand beside Next). */
    boolean isRule() {
        List<String> t = path.tokens();
        return t.size() >= 2 && t.get(t.size() - 2).equals("Choices");
    }

    /** The condition as an object of its own: a rule's fields without Next, Comment, Assign and Output. */
    static JsonObject asObject(Condition c, boolean rule) {
        if (!rule) {
            return c.raw();
        }
        List<Member> members = new ArrayList<>();
        for (Member m : c.raw().members()) {
            if (!RULE_FIELDS.contains(m.key())) {
                members.add(m);
            }
        }
        return Json.object(members);
    }

    /** The typed condition at {@code path} in the current document, or null. */
    Condition current() {
        InspectedState state = edits.current();
        if (state == null || !(state.state() instanceof ChoiceState choice)) {
            return null;
        }
        JsonPointer absolute = state.absolute(path);
        for (ChoiceRule rule : choice.choices()) {
            Condition found = find(rule.condition(), absolute);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Condition find(Condition c, JsonPointer pointer) {
        if (c.pointer().equals(pointer)) {
            return c;
        }
        List<Condition> children = c instanceof Condition.And a ? a.conditions() : c instanceof Condition.Or o ? o.conditions()
                : c instanceof Condition.Not n ? List.of(n.condition()) : List.of();
        for (Condition child : children) {
            if (pointer.startsWith(child.pointer())) {
                Condition found = find(child, pointer);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The ⋯ menu of this condition, filled when it opens from what the condition is then. */
    protected MenuButton menu() {
        if (menu == null) {
            menu = new MenuButton("\u22ef");
            menu.getStyleClass().add("row-menu");
            menu.setId("condmenu:" + path);
            menu.setOnShowing(e -> fillMenu());
            menu.getItems().add(new MenuItem("Wrap in And"));
        }
        return menu;
    }

    private void fillMenu() {
        Condition c = current();
        menu.getItems().clear();
        if (c == null) {
            return;
        }
        boolean rule = isRule();
        JsonObject self = asObject(c, rule);
        if (!(c instanceof Condition.Jsonata)) {
            menu.getItems().addAll(
                    item("Wrap in And", new SetCondition(edits.absolute(path), Json.object("And", Json.array(self)))),
                    item("Wrap in Or", new SetCondition(edits.absolute(path), Json.object("Or", Json.array(self)))),
                    item("Wrap in Not", new SetCondition(edits.absolute(path), Json.object("Not", self))));
        }
        if (c instanceof Condition.Not n && !(n.condition() instanceof Condition.Malformed)) {
            menu.getItems().add(item("Remove Not", new SetCondition(edits.absolute(path), asObject(n.condition(), false))));
        }
        List<Condition> children = c instanceof Condition.And a ? a.conditions() : c instanceof Condition.Or o ? o.conditions() : null;
        if (children != null && children.size() == 1 && !(children.get(0) instanceof Condition.Malformed)) {
            menu.getItems().add(item("Ungroup", new SetCondition(edits.absolute(path), asObject(children.get(0), false))));
        }
        List<String> t = path.tokens();
        if (t.size() >= 2 && (t.get(t.size() - 2).equals("And") || t.get(t.size() - 2).equals("Or"))) {
            JsonArray group = edits.current().at(path.parent()) instanceof JsonArray a ? a : null;
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem remove = item("Remove condition", SetField.remove(edits.absolute(path)));
            remove.setDisable(group == null || group.size() < 2);
            menu.getItems().add(remove);
        }
    }

    private MenuItem item(String text, EditCommand command) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> onFailure(edits.run(command, List.of())));
        return item;
    }

    /** Shows why a menu action was not carried out (on the editor's first field). */
    protected void onFailure(String problem) {
        if (problem != null && !fields().isEmpty()) {
            fields().get(0).setProblem(problem);
        }
    }
}

package stepwise.app.inspector;

import java.util.List;
import javafx.scene.Node;
import stepwise.model.asl.Condition;
import stepwise.model.json.JsonPointer;

/** A JSONata rule's Condition: a {@code {% %}} expression (or true/false). */
final class ExpressionEditor extends ConditionEditor {
    private final TextBinding condition;

    ExpressionEditor(InspectorEdits edits, JsonPointer path) {
        super(edits, path);
        condition = TextBinding.field(edits, path.append("Condition"), ValueFormat.condition(), "A JSONata rule needs a Condition")
                .prompt("{% $states.input.total > 100 %}");
        condition.input().getStyleClass().add("code-field");
    }

    @Override
    Node node() {
        return condition.node();
    }

    @Override
    List<FieldBinding> fields() {
        return List.of(condition);
    }

    @Override
    void update(Condition c, InspectedState state) {
        condition.update(state);
    }
}

package stepwise.app.inspector;

import java.util.List;
import javafx.scene.Node;
import stepwise.model.asl.Condition;
import stepwise.model.edit.SetCondition;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;

/**
 * A condition of the wrong shape (no operator, two operators, Not without an object...), edited as its
 * JSON: what is wrong shows under it, and the fixed JSON replaces it in place.
 */
final class RawConditionEditor extends ConditionEditor {
    private final TextBinding json;

    RawConditionEditor(InspectorEdits edits, JsonPointer path) {
        super(edits, path);
        json = TextBinding.area(edits, path, TextBinding.ROWS, objectsOnly(), "A rule needs a condition");
        json.writeWith(v -> new SetCondition(edits.absolute(path), (JsonObject) v));
    }

    @Override
    Node node() {
        return json.node();
    }

    @Override
    List<FieldBinding> fields() {
        return List.of(json);
    }

    @Override
    void update(Condition c, InspectedState state) {
        json.readWith(s -> {
            Condition now = current();
            return now == null ? null : asObject(now, isRule());
        });
        json.update(state);
        json.setHint(c instanceof Condition.Malformed m ? "Edit this condition as JSON: " + m.reason() : null);
    }

    private static ValueFormat objectsOnly() {
        ValueFormat json = ValueFormat.json();
        return new ValueFormat() {
            @Override
            public String show(stepwise.model.json.JsonValue value) {
                return json.show(value);
            }

            @Override
            public Parsed parse(String text) {
                Parsed p = json.parse(text);
                if (p.value() != null && !(p.value() instanceof JsonObject)) {
                    return Parsed.problem("A condition is a JSON object, such as {\"Variable\": \"$.ok\", \"BooleanEquals\": true}");
                }
                return p;
            }
        };
    }
}

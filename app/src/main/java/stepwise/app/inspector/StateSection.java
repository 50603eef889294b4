package stepwise.app.inspector;

import java.util.List;
import javafx.scene.control.Label;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.edit.RenameState;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;

/** The fields every state has: its name (renaming updates every reference), type, comment, query language and transition. */
final class StateSection extends InspectorSection {
    private final Label type = new Label();
    private final TextBinding name;

    StateSection(InspectorEdits edits, InspectedState state) {
        super("State", edits);
        FieldTable table = FieldCatalog.of(state.type());
        name = bind(TextBinding.field(edits, JsonPointer.ROOT, ValueFormat.text(), "A state needs a name")
                .readWith(s -> Json.string(s.state().name()))
                .writeWith(v -> new RenameState(edits.current().pointer(), v.asText()))
                .checkAt(List.of()));
        name.setId("field:name");
        name.setClaims(List.of());
        form.add("Name", "The state's name; renaming it renames every StartAt, Next, Default and Catch that names it", name);
        type.getStyleClass().add("field-value");
        form.add("Type", null, type);
        form.add("Comment", "A description of the state, for people", bind(TextBinding.field(edits, Paths.of("Comment"), ValueFormat.text())
                .prompt("What this state does")));
        QueryLanguage workflow = state.document().machine().queryLanguage();
        String inherited = "Workflow's (" + (workflow == null ? QueryLanguage.JSONPATH : workflow).aslName() + ")";
        form.add("Query language", "JSONata or JSONPath for this state's fields; by default, the workflow's",
                bind(new ChoiceBinding(edits, Paths.of("QueryLanguage"), List.of("JSONPath", "JSONata"), inherited)));
        if (table.has("Next")) {
            form.add("Next", "The state that follows, or (End) to end the workflow or branch here",
                    bind(new TargetBinding(edits, Paths.of("Next"), TargetBinding.Kind.NEXT)));
        }
    }

    TextBinding name() {
        return name;
    }

    @Override
    void update(InspectedState state) {
        type.setText(state.type().aslName());
        super.update(state);
    }
}

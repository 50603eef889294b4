package stepwise.app.inspector;

import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;

/** What a JSONata state passes on: its Arguments (to a task or branches) and its Output. */
final class JsonataSection extends InspectorSection {

    JsonataSection(InspectorEdits edits, InspectedState state) {
        super("Arguments and output", edits);
        FieldTable table = FieldCatalog.of(state.type());
        for (String field : new String[] {"Arguments", "Output"}) {
            if (table.has(field, state.language())) {
                form.addWide(field, table.doc(field), bind(TextBinding.area(edits, Paths.of(field), TextBinding.ROWS)
                        .prompt(field.equals("Output") ? "{% $states.result %}" : "{\"key\": \"{% $states.input.value %}\"}")));
            }
        }
    }

    static boolean applies(InspectedState state) {
        FieldTable table = FieldCatalog.of(state.type());
        return state.jsonata() && (table.has("Arguments", state.language()) || table.has("Output", state.language()));
    }
}

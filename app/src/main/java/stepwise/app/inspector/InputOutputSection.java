package stepwise.app.inspector;

import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;
import stepwise.model.asl.StateType;

/**
 * How a JSONPath state's input becomes its output: InputPath, Parameters, ResultSelector, ResultPath
 * and OutputPath, as far as its type has them.
 */
final class InputOutputSection extends InspectorSection {

    InputOutputSection(InspectorEdits edits, InspectedState state) {
        super("Input and output", edits);
        FieldTable table = FieldCatalog.of(state.type());
        path(table, state, "InputPath", "$");
        if (state.type() != StateType.MAP && table.has("Parameters", state.language())) {
            form.addWide("Parameters", table.doc("Parameters"), bind(TextBinding.area(edits, Paths.of("Parameters"), TextBinding.ROWS)
                    .prompt("{\"orderId.$\": \"$.order.id\"}")));
        }
        if (table.has("ResultSelector", state.language())) {
            form.addWide("ResultSelector", table.doc("ResultSelector"), bind(TextBinding.area(edits, Paths.of("ResultSelector"), TextBinding.ROWS)
                    .prompt("{\"id.$\": \"$.Payload.id\"}")));
        }
        path(table, state, "ResultPath", "$");
        path(table, state, "OutputPath", "$");
    }

    /** True when a state of this type and language has one of the fields of this section. */
    static boolean applies(InspectedState state) {
        FieldTable table = FieldCatalog.of(state.type());
        for (String f : new String[] {"InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath"}) {
            if (table.has(f, state.language())) {
                return true;
            }
        }
        return false;
    }

    private void path(FieldTable table, InspectedState state, String field, String prompt) {
        if (table.has(field, state.language())) {
            form.add(field, table.doc(field), bind(TextBinding.field(edits, Paths.of(field), ValueFormat.path()).prompt(prompt)));
        }
    }
}

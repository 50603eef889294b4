package stepwise.app.inspector;

import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonPointer;

/** The error and cause a Fail state ends the workflow with. */
final class FailSection extends InspectorSection {

    FailSection(InspectorEdits edits, InspectedState state) {
        super("Fail", edits);
        FieldTable table = FieldCatalog.of(StateType.FAIL);
        form.add("Error", table.doc("Error"), bind(Alternatives.valueOrPath(edits, table, state, JsonPointer.ROOT, "Error",
                ValueFormat.text(), "OrderRejected")));
        form.add("Cause", table.doc("Cause"), bind(Alternatives.valueOrPath(edits, table, state, JsonPointer.ROOT, "Cause",
                ValueFormat.text(), "Why it failed")));
    }
}

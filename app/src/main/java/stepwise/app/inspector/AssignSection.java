package stepwise.app.inspector;

import stepwise.model.asl.FieldCatalog;

/** The variables a state sets when it ends (Assign), in either query language. */
final class AssignSection extends InspectorSection {

    AssignSection(InspectorEdits edits, InspectedState state) {
        super("Variables", edits);
        String help = FieldCatalog.of(state.type()).doc("Assign");
        form.addWide("Assign", help, bind(TextBinding.area(edits, Paths.of("Assign"), TextBinding.ROWS)
                .prompt(state.jsonata() ? "{\"total\": \"{% $states.result.total %}\"}" : "{\"total.$\": \"$.total\"}")));
    }

    static boolean applies(InspectedState state) {
        return FieldCatalog.of(state.type()).has("Assign", state.language());
    }
}

package stepwise.app.inspector;

import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.StateType;

/** A Pass state's fixed Result (JSONPath states; a JSONata Pass shapes its Output instead). */
final class PassSection extends InspectorSection {

    PassSection(InspectorEdits edits) {
        super("Pass", edits);
        form.addWide("Result", FieldCatalog.of(StateType.PASS).doc("Result"),
                bind(TextBinding.area(edits, Paths.of("Result"), TextBinding.ROWS)));
    }

    static boolean applies(InspectedState state) {
        return state.type() == StateType.PASS && FieldCatalog.of(StateType.PASS).has("Result", state.language());
    }
}

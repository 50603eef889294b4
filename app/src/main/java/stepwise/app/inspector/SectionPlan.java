package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;

/**
 * Which sections a state's form has, in order: its name and transition, its type's own fields, how
 * its input becomes its output (JSONPath) or its Arguments and Output (JSONata), its variables, and
 * its Retry and Catch tables; each only when the field table gives the state such fields.
 */
final class SectionPlan {
    private SectionPlan() {
    }

    static List<InspectorSection> sections(InspectorEdits edits, InspectedState state) {
        List<InspectorSection> out = new ArrayList<>();
        out.add(new StateSection(edits, state));
        switch (state.type()) {
            case TASK -> out.add(new TaskSection(edits, state));
            case CHOICE -> out.add(new ChoiceSection(edits, state));
            case WAIT -> out.add(new WaitSection(edits, state));
            case MAP -> out.add(new MapSection(edits, state));
            case PARALLEL -> out.add(new ParallelSection(edits));
            case FAIL -> out.add(new FailSection(edits, state));
            case PASS -> {
                if (PassSection.applies(state)) {
                    out.add(new PassSection(edits));
                }
            }
            case SUCCEED -> {
            }
        }
        if (state.jsonata()) {
            if (JsonataSection.applies(state)) {
                out.add(new JsonataSection(edits, state));
            }
        } else if (InputOutputSection.applies(state)) {
            out.add(new InputOutputSection(edits, state));
        }
        if (AssignSection.applies(state)) {
            out.add(new AssignSection(edits, state));
        }
        FieldTable table = FieldCatalog.of(state.type());
        if (table.has("Retry", state.language())) {
            out.add(new RetrySection(edits));
        }
        if (table.has("Catch", state.language())) {
            out.add(new CatchSection(edits, state));
        }
        return out;
    }
}

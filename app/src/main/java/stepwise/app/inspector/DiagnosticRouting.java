package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import stepwise.model.Diagnostic;
import stepwise.model.json.JsonPointer;

/**
 * Where each diagnostic of the inspected state shows: at the field that claims the deepest place
 * holding its pointer (IntervalSeconds of the first retrier before the Retry table), or, when no
 * field claims it, above the form as being about the state as a whole.
 */
record DiagnosticRouting(Map<FieldBinding, List<Diagnostic>> perField, List<Diagnostic> general) {

    static DiagnosticRouting of(InspectedState state, List<FieldBinding> fields, List<Diagnostic> diagnostics) {
        String base = state.pointer().toString();
        Map<FieldBinding, List<Diagnostic>> perField = new IdentityHashMap<>();
        List<Diagnostic> general = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!Paths.within(d.pointer(), base)) {
                continue;
            }
            FieldBinding best = null;
            int bestLength = -1;
            for (FieldBinding f : fields) {
                for (JsonPointer claim : f.claims()) {
                    String at = state.absolute(claim).toString();
                    if (at.length() > bestLength && Paths.within(d.pointer(), at)) {
                        best = f;
                        bestLength = at.length();
                    }
                }
            }
            if (best == null) {
                general.add(d);
            } else {
                perField.computeIfAbsent(best, k -> new ArrayList<>()).add(d);
            }
        }
        return new DiagnosticRouting(perField, general);
    }

    /** Shows the diagnostics at the fields (clearing those that have none now). */
    void show(List<FieldBinding> fields) {
        for (FieldBinding f : fields) {
            f.showDiagnostics(perField.getOrDefault(f, List.of()));
        }
    }
}

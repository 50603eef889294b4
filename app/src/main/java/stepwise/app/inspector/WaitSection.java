package stepwise.app.inspector;

import java.util.Map;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;
import stepwise.model.asl.StateType;

/** How long a Wait waits: a number of seconds or a timestamp, written or read from a path. */
final class WaitSection extends InspectorSection {
    private static final Map<String, String> LABELS = Map.of("Seconds", "Seconds", "SecondsPath", "Seconds path",
            "Timestamp", "Timestamp", "TimestampPath", "Timestamp path");
    private static final Map<String, String> PROMPTS = Map.of("Seconds", "30", "SecondsPath", "$.waitSeconds",
            "Timestamp", "2025-01-31T09:00:00Z", "TimestampPath", "$.resumeAt");

    WaitSection(InspectorEdits edits, InspectedState state) {
        super("Wait", edits);
        FieldTable table = FieldCatalog.of(StateType.WAIT);
        AlternativesBinding wait = bind(Alternatives.segments(edits, table, state, "Seconds", LABELS,
                k -> k.endsWith("Path") ? ValueFormat.path() : k.equals("Seconds") ? ValueFormat.number() : ValueFormat.text(),
                PROMPTS::get, "A Wait needs how long, or until when, to wait"));
        form.addWide("Wait for", "A number of seconds or an RFC 3339 timestamp, written here or read from a path in the input", wait);
    }
}

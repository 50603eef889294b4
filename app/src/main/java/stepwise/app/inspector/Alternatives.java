package stepwise.app.inspector;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import stepwise.model.asl.FieldTable;
import stepwise.model.json.JsonPointer;

/**
 * Makes the field of a value and its {@code ...Path} alternative (TimeoutSeconds or
 * TimeoutSecondsPath), with the keys the field table allows in the state's query language.
 */
final class Alternatives {
    private Alternatives() {
    }

    /**
     * A field for {@code field} and the other fields of its exclusive group that the language allows:
     * with a {@code $} toggle when there are two, a plain field when there is one.
     */
    static FieldBinding valueOrPath(InspectorEdits edits, FieldTable table, InspectedState state, JsonPointer holder, String field,
                                    ValueFormat valueFormat, String prompt) {
        List<String> keys = table.alternatives(field).stream().filter(k -> table.has(k, state.language())).toList();
        if (keys.size() < 2) {
            return TextBinding.field(edits, Paths.child(holder, field), valueFormat).prompt(prompt);
        }
        Function<String, ValueFormat> formats = k -> k.endsWith("Path") ? ValueFormat.path() : valueFormat;
        Function<String, String> prompts = k -> k.endsWith("Path") ? "$.path.to." + lowerFirst(field) : prompt;
        return new AlternativesBinding(edits, holder, keys, formats, prompts, KeyPicker.pathToggle(keys), false, null);
    }

    /** A field for a group of several exclusive keys, picked by segments labelled in words. */
    static AlternativesBinding segments(InspectorEdits edits, FieldTable table, InspectedState state, String field,
                                        Map<String, String> labels, Function<String, ValueFormat> formats,
                                        Function<String, String> prompts, String requiredMessage) {
        List<String> keys = table.alternatives(field).stream().filter(k -> table.has(k, state.language())).toList();
        return new AlternativesBinding(edits, JsonPointer.ROOT, keys, formats, prompts, KeyPicker.segments(keys, labels), true,
                requiredMessage);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

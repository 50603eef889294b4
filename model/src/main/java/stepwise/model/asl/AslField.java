package stepwise.model.asl;

import java.util.List;
import java.util.Set;

/**
 * One field that ASL defines: its name, the kind of object it is written in, the state types that take
 * it (for {@link AslObjectKind#STATE}; empty elsewhere), the query language it belongs to (null when
 * both take it), its JSON type, what its value means, the allowed values of an enumerated field,
 * whether it is required, and one line of documentation.
 */
public record AslField(String name, AslObjectKind in, Set<StateType> stateTypes, QueryLanguage language, ValueType type,
                       ValueHint hint, List<String> values, boolean required, String doc) {
    public AslField {
        stateTypes = Set.copyOf(stateTypes);
        values = List.copyOf(values);
    }

    /** True when the field can be written in {@code kind} (and for a state, a state of {@code stateType}). */
    public boolean appliesTo(AslObjectKind kind, StateType stateType) {
        if (in != kind) {
            return false;
        }
        return kind != AslObjectKind.STATE || stateType == null || stateTypes.contains(stateType);
    }

    /** True when the field is valid under {@code queryLanguage} (null counts as JSONPath, the default). */
    public boolean validIn(QueryLanguage queryLanguage) {
        return language == null || language == (queryLanguage == null ? QueryLanguage.JSONPATH : queryLanguage);
    }

    /** One line for a hover: {@code Next (string): The name of the state to run next.} */
    public String summary() {
        String lang = language == null ? "" : ", " + language.aslName() + " only";
        return name + " (" + type.label() + lang + (required ? ", required" : "") + "): " + doc;
    }
}

package stepwise.model.asl;

import java.util.List;

/**
 * One field of an ASL object, as its {@link FieldTable} defines it: its name, the kind of value it
 * takes, the query language it belongs to (null when both take it), whether the object needs it, and
 * one line of documentation.
 */
public record AslField(String name, FieldKind kind, QueryLanguage language, boolean required, String doc) {

    /** The JSON type of the value. */
    public ValueType type() {
        return kind.type();
    }

    /** What the value means to the editor. */
    public ValueHint hint() {
        return kind.hint();
    }

    /** The allowed values of an enumerated field (empty for others). */
    public List<String> values() {
        return kind.words();
    }

    /** True when the field is valid under {@code queryLanguage} (null counts as JSONPath, the default). */
    public boolean validIn(QueryLanguage queryLanguage) {
        return language == null || language == (queryLanguage == null ? QueryLanguage.JSONPATH : queryLanguage);
    }

    /** One line for a hover: {@code Next (string): The name of the state to run next.} */
    public String summary() {
        String lang = language == null ? "" : ", " + language.aslName() + " only";
        return name + " (" + type().label() + lang + (required ? ", required" : "") + "): " + doc;
    }
}

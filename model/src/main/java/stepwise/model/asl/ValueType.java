package stepwise.model.asl;

/** The JSON type a field's value takes. */
public enum ValueType {
    STRING("string"), INTEGER("integer"), NUMBER("number"), BOOLEAN("boolean"), OBJECT("object"), ARRAY("array"),
    /** Any JSON value (payload templates, results). */
    ANY("any JSON");

    private final String label;

    ValueType(String label) {
        this.label = label;
    }

    /** As documentation shows it: {@code string}, {@code integer}, ... */
    public String label() {
        return label;
    }
}

package stepwise.model;

public enum Severity {
    ERROR, WARNING, INFO;

    /** As the CLI prints it: error, warning, info. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

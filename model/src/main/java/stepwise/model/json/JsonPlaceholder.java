package stepwise.model.json;

/**
 * An unquoted CloudFormation/SAM {@code DefinitionSubstitutions} placeholder such as
 * {@code "TimeoutSeconds": ${Timeout}}. It is not JSON, but such templates are common and are kept
 * exactly as written. {@code name} is what stands between the braces.
 */
public record JsonPlaceholder(Span span, String name) implements JsonValue {
    @Override
    public String typeName() {
        return "placeholder";
    }

    public String text() {
        return "${" + name + "}";
    }
}

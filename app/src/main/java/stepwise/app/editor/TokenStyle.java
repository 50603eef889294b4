package stepwise.app.editor;

/** What a piece of workflow text is, as the highlighter sees it; each has one CSS class in the theme. */
public enum TokenStyle {
    KEY("tok-key"),
    /** A key that ASL defines ({@code "Type"}, {@code "Next"}). */
    ASL_KEY("tok-asl-key"),
    /** A payload-template key whose value is a path ({@code "order.$"}). */
    PATH_KEY("tok-path-key"),
    STRING("tok-string"),
    /** The value of {@code Type}. */
    STATE_TYPE("tok-state-type"),
    /** A state name in {@code StartAt}, {@code Next} or {@code Default}. */
    STATE_REF("tok-state-ref"),
    /** A JSONPath or context-object path ({@code "$.order.id"}). */
    PATH("tok-path"),
    /** An intrinsic function call ({@code "States.Format('{}', $.a)"}). */
    INTRINSIC("tok-intrinsic"),
    /** A JSONata expression ({@code "{% $states.input %}"}). */
    JSONATA("tok-jsonata"),
    NUMBER("tok-number"),
    /** {@code true}, {@code false}, {@code null}. */
    LITERAL("tok-literal"),
    BRACE("tok-brace"),
    PUNCTUATION("tok-punctuation"),
    /** A CloudFormation placeholder ({@code ${LambdaArn}}). */
    PLACEHOLDER("tok-placeholder"),
    COMMENT("tok-comment"),
    /** YAML anchors, aliases and tags. */
    ANCHOR("tok-anchor"),
    /** YAML document markers and block scalar indicators. */
    MARKER("tok-marker");

    private final String cssClass;

    TokenStyle(String cssClass) {
        this.cssClass = cssClass;
    }

    public String cssClass() {
        return cssClass;
    }
}

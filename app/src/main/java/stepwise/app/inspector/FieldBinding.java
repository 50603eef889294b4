package stepwise.app.inspector;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import stepwise.model.Diagnostic;
import stepwise.model.json.JsonPointer;

/**
 * One control of the form bound to one place of the inspected state. It refreshes from the document
 * unless the user is editing it, commits the user's value as one command, and shows under itself why
 * a value was not taken (the user's text stays until it is fixed or reverted with Escape) or what the
 * validator says about the value in the document.
 */
abstract class FieldBinding {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass WARNED = PseudoClass.getPseudoClass("warned");

    protected final InspectorEdits edits;
    /** Where the value is, relative to the state. */
    protected final JsonPointer path;
    private final Label message = new Label();
    private VBox node;
    private String problem;
    private String hint;
    private List<Diagnostic> diagnostics = List.of();
    private String id;
    private List<JsonPointer> claims;

    FieldBinding(InspectorEdits edits, JsonPointer path) {
        this.edits = edits;
        this.path = path;
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setVisible(false);
        message.setManaged(false);
    }

    /** The control that is marked when its value is wrong. */
    abstract Region control();

    /** The control and what goes with it on its line (a picker, a toggle). */
    Node content() {
        return control();
    }

    /** The field and its message, for the form. */
    final Node node() {
        if (node == null) {
            node = new VBox(2, content(), message);
            node.getStyleClass().add("field");
            control().setId(id());
        }
        return node;
    }

    /** The field without its message, for a table cell (the table shows the message under the row). */
    final Node cell() {
        control().setId(id());
        return content();
    }

    /** The message line, for a table that shows it apart from the field. */
    final Label messageNode() {
        return message;
    }

    /** The control's id, {@code field:} and the path ({@code field:/Retry/0/MaxAttempts}), for tests and tools. */
    final String id() {
        return id != null ? id : ownId();
    }

    String ownId() {
        return "field:" + path;
    }

    /** Gives the control another id than the one made from its path. */
    final void setId(String id) {
        this.id = id;
    }

    /** Shows the value of the document unless the user is editing this field. */
    abstract void update(InspectedState state);

    /** True while the field holds something of the user's that is not in the document. */
    abstract boolean isEditing();

    /** Gives up what the user typed and shows the document's value again. */
    abstract void revert();

    /** Commits what the user typed but has not committed yet (before the inspector moves to another state). */
    void commitPending() {
    }

    /** What the user typed and was not taken, kept while the inspector shows another state. */
    record Draft(String text, String key, String problem) {
    }

    /** The user's text that was not taken, or null when the field holds none. */
    Draft draft() {
        return null;
    }

    /** Puts back what the user had typed, with why it was not taken. */
    void restore(Draft draft) {
    }

    /** The places (relative to the state) whose diagnostics this field shows. */
    final List<JsonPointer> claims() {
        return claims != null ? claims : ownClaims();
    }

    List<JsonPointer> ownClaims() {
        return List.of(path);
    }

    /** Shows the diagnostics of {@code claims} instead of those of the field's own places. */
    final void setClaims(List<JsonPointer> claims) {
        this.claims = List.copyOf(claims);
    }

    final String problem() {
        return problem;
    }

    /** Marks the field with why the user's value was not taken; null clears the mark. */
    final void setProblem(String problem) {
        this.problem = problem;
        render();
    }

    /** A neutral note under the field ("Enter a path to switch to SecondsPath"); null clears it. */
    final void setHint(String hint) {
        this.hint = hint;
        render();
    }

    /** What the validator says about the value in the document. */
    final void showDiagnostics(List<Diagnostic> diagnostics) {
        this.diagnostics = List.copyOf(diagnostics);
        render();
    }

    final List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The text under the field, or null when there is none (for tests and tooltips). */
    final String message() {
        return message.isVisible() ? message.getText() : null;
    }

    private void render() {
        Diagnostic error = diagnostics.stream().filter(Diagnostic::isError).findFirst().orElse(null);
        Diagnostic warning = diagnostics.stream().filter(d -> !d.isError()).findFirst().orElse(null);
        String text;
        String kind;
        if (problem != null) {
            text = problem;
            kind = "error";
        } else if (error != null) {
            text = error.message();
            kind = "error";
        } else if (hint != null) {
            text = hint;
            kind = "hint";
        } else if (warning != null) {
            text = warning.message();
            kind = "warning";
        } else {
            text = null;
            kind = null;
        }
        message.getStyleClass().removeAll("error", "warning", "hint");
        if (kind != null) {
            message.getStyleClass().add(kind);
        }
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
        control().pseudoClassStateChanged(INVALID, "error".equals(kind));
        control().pseudoClassStateChanged(WARNED, "warning".equals(kind));
    }
}

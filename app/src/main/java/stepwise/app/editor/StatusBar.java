package stepwise.app.editor;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import stepwise.model.Diagnostic;
import stepwise.model.Severity;

/** The line under the window: parse state, problem counts, caret position, syntax and line breaks. */
public final class StatusBar {
    private final HBox root = new HBox(10);
    private final Label parse = new Label();
    private final Label problems = new Label();
    private final Label caret = new Label();
    private final Label format = new Label();

    public StatusBar(JsonEditor editor) {
        root.getStyleClass().add("status-bar");
        parse.getStyleClass().add("status-parse");
        problems.getStyleClass().add("status-problems");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(parse, separator(), problems, spacer, caret, separator(), format);
        caret.textProperty().bind(Bindings.createStringBinding(() -> "Ln " + editor.caretLineProperty().get() + ", Col "
                + editor.caretColumnProperty().get(), editor.caretLineProperty(), editor.caretColumnProperty()));
        format.textProperty().bind(editor.formatDescriptionProperty());
        editor.parseStateProperty().addListener((o, a, b) -> updateParse(editor));
        editor.diagnostics().addListener((ListChangeListener<Diagnostic>) c -> {
            updateProblems(editor);
            updateParse(editor);
        });
        updateParse(editor);
        updateProblems(editor);
    }

    public HBox node() {
        return root;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private void updateParse(JsonEditor editor) {
        ParseState s = editor.parseStateProperty().get();
        parse.getStyleClass().removeAll("parsing", "parsed", "syntax-error");
        switch (s) {
            case PARSING -> {
                parse.setText("Parsing\u2026");
                parse.getStyleClass().add("parsing");
            }
            case PARSED -> {
                parse.setText("\u2713 In sync");
                parse.getStyleClass().add("parsed");
            }
            case SYNTAX_ERROR -> {
                Diagnostic first = editor.diagnostics().stream().filter(d -> d.code().equals("SYNTAX") || d.code().equals("ENCODING"))
                        .findFirst().orElse(editor.diagnostics().stream().findFirst().orElse(null));
                parse.setText("Syntax error" + (first == null ? "" : " at " + first.line() + ":" + first.column())
                        + " \u2014 views show the last good version");
                parse.getStyleClass().add("syntax-error");
            }
        }
    }

    private void updateProblems(JsonEditor editor) {
        long errors = editor.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = editor.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        problems.setText("\u2716 " + errors + "   \u26A0 " + warnings);
        problems.getStyleClass().removeAll("has-errors", "has-warnings");
        if (errors > 0) {
            problems.getStyleClass().add("has-errors");
        } else if (warnings > 0) {
            problems.getStyleClass().add("has-warnings");
        }
    }
}

package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import stepwise.model.Diagnostic;
import stepwise.model.asl.State;
import stepwise.model.asl.StateType;

/**
 * The top of the inspector: the state's type and name, what it calls or where it lives, a banner when
 * the JSON does not parse, and the problems that concern the state as a whole.
 */
final class InspectorHeader extends VBox {
    private final Label badge = new Label();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label syntaxBanner = new Label();
    private final VBox problems = new VBox(2);

    InspectorHeader() {
        super(4);
        badge.getStyleClass().add("type-badge");
        title.getStyleClass().add("inspector-title");
        title.setMinWidth(0);
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.setMinWidth(0);
        HBox titleRow = new HBox(8, badge, title);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        syntaxBanner.getStyleClass().add("syntax-banner");
        syntaxBanner.setWrapText(true);
        syntaxBanner.setMaxWidth(Double.MAX_VALUE);
        showSyntaxError(null);
        problems.getStyleClass().add("state-problems");
        getChildren().addAll(titleRow, subtitle, syntaxBanner, problems);
        getStyleClass().add("inspector-header");
    }

    void show(InspectedState state, int othersSelected) {
        State s = state.state();
        badge.setText(s.type().aslName());
        badge.getStyleClass().removeIf(c -> c.startsWith("type-") && !c.equals("type-badge"));
        badge.getStyleClass().add("type-" + s.type().cssName());
        title.setText(s.name());
        String detail = s.type() == StateType.TASK ? TaskResource.parse(s.raw().string("Resource")).summary() + " \u00b7 " + state.where()
                : Character.toUpperCase(state.where().charAt(0)) + state.where().substring(1);
        if (state.jsonata()) {
            detail += " \u00b7 JSONata";
        }
        if (othersSelected > 0) {
            detail += " \u00b7 " + othersSelected + " more selected";
        }
        subtitle.setText(detail);
    }

    /** Shows why the JSON does not parse; null hides the banner. */
    void showSyntaxError(Diagnostic error) {
        if (error != null) {
            syntaxBanner.setText("The JSON has an error at line " + error.line() + ", column " + error.column() + ": "
                    + error.message() + ". The form shows the last valid version; fix the JSON to edit here.");
        }
        syntaxBanner.setVisible(error != null);
        syntaxBanner.setManaged(error != null);
    }

    void showProblems(List<Diagnostic> diagnostics) {
        problems.getChildren().clear();
        for (Diagnostic d : diagnostics) {
            Label l = new Label(d.message());
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.getStyleClass().addAll("state-problem", d.isError() ? "error" : "warning");
            problems.getChildren().add(l);
        }
    }

    List<String> problems() {
        List<String> out = new ArrayList<>();
        problems.getChildren().forEach(n -> out.add(((Label) n).getText()));
        return out;
    }
}

package stepwise.canvas.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import stepwise.canvas.diagram.DiagnosticPlacement;
import stepwise.canvas.diagram.NodeGeometry;
import stepwise.model.Diagnostic;
import stepwise.model.Severity;

/** The red (error) or amber (warning) dot with the number of problems on a state or edge; its tooltip lists them. */
final class ProblemBadge extends Group {
    private final Circle dot = new Circle(NodeGeometry.PROBLEM_RADIUS);
    private final Text count = new Text();
    private final Tooltip tooltip = new Tooltip();
    private List<Diagnostic> shown = List.of();

    ProblemBadge() {
        getStyleClass().add("problem-badge");
        dot.getStyleClass().add("dot");
        count.getStyleClass().add("count");
        count.setFont(Fonts.BADGE);
        count.setTextOrigin(VPos.CENTER);
        count.setTextAlignment(TextAlignment.CENTER);
        tooltip.setShowDelay(Duration.millis(200));
        tooltip.setShowDuration(Duration.seconds(30));
        getChildren().addAll(dot, count);
        Tooltip.install(this, tooltip);
    }

    void show(List<Diagnostic> problems) {
        if (problems.equals(shown)) {
            return;
        }
        shown = List.copyOf(problems);
        boolean error = DiagnosticPlacement.worst(problems) == Severity.ERROR;
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), error);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"), !error);
        count.setText(Integer.toString(problems.size()));
        count.setX(-count.getLayoutBounds().getWidth() / 2);
        tooltip.setText(DiagnosticPlacement.tooltip(problems));
    }

    String tooltipText() {
        return tooltip.getText();
    }
}

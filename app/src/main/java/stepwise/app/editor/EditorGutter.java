package stepwise.app.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import stepwise.model.Diagnostic;
import stepwise.model.Severity;

/**
 * The strip left of the text: a problem marker (its message on hover), the line number, and a fold
 * toggle where an object or array spans lines. Rebuilt for the visible lines when problems or folds
 * change.
 */
final class EditorGutter {
    private final CodeArea area;
    private Map<Integer, List<Diagnostic>> problemsByLine = Map.of();
    private FoldRegions folds = FoldRegions.NONE;

    EditorGutter(CodeArea area) {
        this.area = area;
        area.setParagraphGraphicFactory(factory());
    }

    /** Shows {@code diagnostics} (lines are 1-based as in the model) and {@code regions}. */
    void update(List<Diagnostic> diagnostics, FoldRegions regions) {
        Map<Integer, List<Diagnostic>> byLine = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            byLine.computeIfAbsent(d.line() - 1, k -> new java.util.ArrayList<>()).add(d);
        }
        this.problemsByLine = byLine;
        this.folds = regions;
        area.setParagraphGraphicFactory(factory());
    }

    FoldRegions folds() {
        return folds;
    }

    /** Folds or unfolds the region that starts at {@code line}. */
    void toggleFold(int line) {
        int end = folds.endOf(line);
        if (end <= line) {
            return;
        }
        if (line + 1 < area.getParagraphs().size() && area.isFolded(line + 1)) {
            area.unfoldParagraphs(line);
        } else {
            area.foldParagraphs(line, Math.min(end, area.getParagraphs().size() - 1));
        }
        area.setParagraphGraphicFactory(factory());
    }

    private IntFunction<Node> factory() {
        Map<Integer, List<Diagnostic>> problems = problemsByLine;
        FoldRegions regions = folds;
        return line -> graphic(line, problems, regions);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private Node graphic(int line, Map<Integer, List<Diagnostic>> problems, FoldRegions regions) {
        int digits = Math.max(3, Integer.toString(area.getParagraphs().size()).length());
        Text number = new Text(pad(Integer.toString(line + 1), digits));
        number.getStyleClass().add("line-number");
        if (line == area.getCurrentParagraph()) {
            number.getStyleClass().add("current");
        }
        Region marker = new Region();
        marker.getStyleClass().add("gutter-marker");
        List<Diagnostic> here = problems.get(line);
        if (here != null && !here.isEmpty()) {
            boolean error = here.stream().anyMatch(d -> d.severity() == Severity.ERROR);
            marker.getStyleClass().add(error ? "error" : "warning");
            StringBuilder tip = new StringBuilder();
            for (Diagnostic d : here) {
                tip.append(tip.length() == 0 ? "" : "\n").append(d.severity().label()).append(": ").append(d.message());
            }
            Tooltip.install(marker, new Tooltip(tip.toString()));
        }
        Text fold = new Text(" ");
        fold.getStyleClass().add("fold-toggle");
        if (regions.endOf(line) > line) {
            boolean folded = line + 1 < area.getParagraphs().size() && area.isFolded(line + 1);
            fold.setText(folded ? "\u25B8" : "\u25BE");
            fold.getStyleClass().add(folded ? "folded" : "open");
            fold.setOnMouseClicked(e -> {
                toggleFold(line);
                e.consume();
            });
        }
        HBox box = new HBox(marker, number, fold);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("gutter");
        return box;
    }
}

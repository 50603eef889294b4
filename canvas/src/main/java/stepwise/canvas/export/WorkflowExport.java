package stepwise.canvas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import stepwise.canvas.diagram.DiagnosticPlacement;
import stepwise.canvas.diagram.StateStatus;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.canvas.layout.LayoutPins;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.canvas.layout.WorkflowLayouter;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.graph.WorkflowGraph;

/**
 * Pictures of a workflow without a display: SVG and PNG from the same layout and the same theme
 * colours as the canvas. In the SVG each state is a {@code <g class="state TYPE" data-state="NAME">}
 * holding its name, each transition a {@code <g class="edge KIND" data-from="NAME" data-to="NAME">}
 * (kind next, default, choice or catch); with {@link Options#statuses()} a state's group also carries
 * its execution status class (running, succeeded, failed, caught, aborted, not-run).
 */
public final class WorkflowExport {

    /** How to draw: theme, PNG scale, the diagnostics to badge, and execution statuses by state id. */
    public record Options(ThemePalette.Theme theme, double scale, List<Diagnostic> diagnostics, Map<String, StateStatus> statuses) {
        public Options {
            if (!(scale > 0 && scale <= 8)) {
                throw new IllegalArgumentException("the scale must be above 0 and at most 8, not " + scale);
            }
            diagnostics = List.copyOf(diagnostics);
            statuses = Map.copyOf(statuses);
        }

        public static Options defaults() {
            return new Options(ThemePalette.Theme.LIGHT, 1, List.of(), Map.of());
        }

        public Options withTheme(ThemePalette.Theme t) {
            return new Options(t, scale, diagnostics, statuses);
        }

        public Options withScale(double s) {
            return new Options(theme, s, diagnostics, statuses);
        }

        public Options withDiagnostics(List<Diagnostic> d) {
            return new Options(theme, scale, d, statuses);
        }

        public Options withStatuses(Map<String, StateStatus> s) {
            return new Options(theme, scale, diagnostics, s);
        }
    }

    private WorkflowExport() {
    }

    /** The graph of a document, or an explanation of why it cannot be drawn. */
    public static WorkflowGraph graphOf(AslDocument document) {
        WorkflowGraph graph = document.graph();
        if (graph == null) {
            throw new IllegalArgumentException("the document is not a workflow (a JSON object with StartAt and States)");
        }
        return graph;
    }

    /** Lays out {@code document} and writes it as SVG. */
    public static String svg(AslDocument document, LayoutPins pins, Options options) {
        WorkflowGraph graph = graphOf(document);
        return svg(graph, new WorkflowLayouter().layout(graph, pins), options);
    }

    public static String svg(WorkflowGraph graph, WorkflowLayout layout, Options options) {
        SvgPainter painter = new SvgPainter();
        renderer(graph, layout, options).render(painter);
        return painter.finish();
    }

    /** Lays out {@code document} and paints it. */
    public static BufferedImage image(AslDocument document, LayoutPins pins, Options options) {
        WorkflowGraph graph = graphOf(document);
        return image(graph, new WorkflowLayouter().layout(graph, pins), options);
    }

    public static BufferedImage image(WorkflowGraph graph, WorkflowLayout layout, Options options) {
        Java2dPainter painter = new Java2dPainter(options.scale());
        renderer(graph, layout, options).render(painter);
        return painter.finish();
    }

    public static void writePng(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer is available");
        }
    }

    private static DiagramRenderer renderer(WorkflowGraph graph, WorkflowLayout layout, Options options) {
        return new DiagramRenderer(graph, layout, ThemePalette.of(options.theme()),
                DiagnosticPlacement.of(graph, options.diagnostics()), options.statuses());
    }
}

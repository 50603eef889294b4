package stepwise.canvas.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stepwise.model.Diagnostic;
import stepwise.model.Severity;
import stepwise.model.graph.EdgeKind;
import stepwise.model.graph.GraphEdge;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;
import stepwise.model.json.JsonPointer;

/**
 * Which drawn element each diagnostic concerns, found from its JSON Pointer: a transition (its
 * {@code Next}, or the Choice rule or Catch entry it belongs to) or else the innermost state around it.
 * Diagnostics about the document as a whole concern no element.
 */
public final class DiagnosticPlacement {
    public static final DiagnosticPlacement NONE = new DiagnosticPlacement(Map.of(), Map.of(), 0, 0);

    private final Map<String, List<Diagnostic>> byState;
    private final Map<String, List<Diagnostic>> byEdge;
    private final int errors;
    private final int warnings;

    private DiagnosticPlacement(Map<String, List<Diagnostic>> byState, Map<String, List<Diagnostic>> byEdge, int errors, int warnings) {
        this.byState = byState;
        this.byEdge = byEdge;
        this.errors = errors;
        this.warnings = warnings;
    }

    public static DiagnosticPlacement of(WorkflowGraph graph, List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return NONE;
        }
        Map<String, List<Diagnostic>> byState = new LinkedHashMap<>();
        Map<String, List<Diagnostic>> byEdge = new LinkedHashMap<>();
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                errors++;
            } else if (d.severity() == Severity.WARNING) {
                warnings++;
            }
            if (graph == null || d.pointer().isEmpty()) {
                continue;
            }
            JsonPointer p;
            try {
                p = JsonPointer.parse(d.pointer());
            } catch (IllegalArgumentException e) {
                continue;
            }
            GraphNode node = graph.nodeAt(p);
            if (node == null) {
                continue;
            }
            GraphEdge edge = edgeAt(graph, node, p);
            if (edge != null) {
                byEdge.computeIfAbsent(edge.id(), k -> new ArrayList<>()).add(d);
            } else {
                byState.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(d);
            }
        }
        return new DiagnosticPlacement(byState, byEdge, errors, warnings);
    }

    private static GraphEdge edgeAt(WorkflowGraph graph, GraphNode node, JsonPointer p) {
        for (GraphEdge e : graph.outgoing(node.id())) {
            JsonPointer owner = e.kind() == EdgeKind.CHOICE || e.kind() == EdgeKind.CATCH ? e.pointer().parent() : e.pointer();
            if (p.startsWith(owner)) {
                return e;
            }
        }
        return null;
    }

    public List<Diagnostic> forState(String id) {
        return byState.getOrDefault(id, List.of());
    }

    public List<Diagnostic> forEdge(String id) {
        return byEdge.getOrDefault(id, List.of());
    }

    public Map<String, List<Diagnostic>> byState() {
        return Collections.unmodifiableMap(byState);
    }

    public Map<String, List<Diagnostic>> byEdge() {
        return Collections.unmodifiableMap(byEdge);
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    /** The worst severity among {@code list}, or null when it is empty. */
    public static Severity worst(List<Diagnostic> list) {
        Severity worst = null;
        for (Diagnostic d : list) {
            if (worst == null || d.severity().ordinal() < worst.ordinal()) {
                worst = d.severity();
            }
        }
        return worst;
    }

    /** The messages one per line, for a tooltip. */
    public static String tooltip(List<Diagnostic> list) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : list) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(d.severity().label()).append(": ").append(d.message());
        }
        return sb.toString();
    }
}

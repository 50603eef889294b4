package stepwise.canvas.export;

import static stepwise.canvas.diagram.NodeGeometry.BADGE_INSET;
import static stepwise.canvas.diagram.NodeGeometry.BADGE_SIZE;
import static stepwise.canvas.diagram.NodeGeometry.CONTAINER_CORNER;
import static stepwise.canvas.diagram.NodeGeometry.CORNER;
import static stepwise.canvas.diagram.NodeGeometry.EDGE_WIDTH;
import static stepwise.canvas.diagram.NodeGeometry.ICON_SIZE;
import static stepwise.canvas.diagram.NodeGeometry.LABEL_CORNER;
import static stepwise.canvas.diagram.NodeGeometry.LANE_CORNER;
import static stepwise.canvas.diagram.NodeGeometry.LANE_TITLE_BASELINE;
import static stepwise.canvas.diagram.NodeGeometry.LANE_TITLE_X;
import static stepwise.canvas.diagram.NodeGeometry.PROBLEM_RADIUS;
import static stepwise.canvas.diagram.NodeGeometry.SUBTITLE_BASELINE;
import static stepwise.canvas.diagram.NodeGeometry.TEXT_RIGHT_PADDING;
import static stepwise.canvas.diagram.NodeGeometry.TEXT_X;
import static stepwise.canvas.diagram.NodeGeometry.TILE_CORNER;
import static stepwise.canvas.diagram.NodeGeometry.TILE_SIZE;
import static stepwise.canvas.diagram.NodeGeometry.TILE_X;
import static stepwise.canvas.diagram.NodeGeometry.TILE_Y;
import static stepwise.canvas.diagram.NodeGeometry.TITLE_BASELINE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stepwise.canvas.diagram.DiagnosticPlacement;
import stepwise.canvas.diagram.EdgePath;
import stepwise.canvas.diagram.RetrySummary;
import stepwise.canvas.diagram.Rgba;
import stepwise.canvas.diagram.StateCaption;
import stepwise.canvas.diagram.StateIcons;
import stepwise.canvas.diagram.StateStatus;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.PlacedLane;
import stepwise.canvas.layout.PlacedMarker;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.Point;
import stepwise.canvas.layout.RouteKind;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.model.Diagnostic;
import stepwise.model.Severity;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.Scope;
import stepwise.model.graph.WorkflowGraph;

/**
 * Draws a laid-out workflow onto a {@link Painter}, scope by scope: each scope's edges, then its
 * states; a container draws its lanes and, inside its own group, the scopes it holds. Colours come
 * from the theme palette by the same names the canvas CSS uses.
 */
final class DiagramRenderer {
    private final WorkflowGraph graph;
    private final WorkflowLayout layout;
    private final ThemePalette palette;
    private final DiagnosticPlacement diagnostics;
    private final Map<String, StateStatus> statuses;
    private final Map<String, List<PlacedEdge>> edgesByScope = new HashMap<>();

    DiagramRenderer(WorkflowGraph graph, WorkflowLayout layout, ThemePalette palette, DiagnosticPlacement diagnostics,
                    Map<String, StateStatus> statuses) {
        this.graph = graph;
        this.layout = layout;
        this.palette = palette;
        this.diagnostics = diagnostics;
        this.statuses = statuses;
        for (PlacedEdge e : layout.edges()) {
            String scope = e.kind() == RouteKind.START ? graph.root().id() : graph.node(e.from()).scopeId();
            edgesByScope.computeIfAbsent(scope, k -> new ArrayList<>()).add(e);
        }
    }

    void render(Painter out) {
        out.begin(layout.bounds(), color("-sw-canvas-bg"));
        scope(graph.root(), out);
        for (PlacedMarker m : layout.markers()) {
            marker(m, out);
        }
    }

    private void scope(Scope scope, Painter out) {
        for (PlacedEdge e : edgesByScope.getOrDefault(scope.id(), List.of())) {
            edge(e, out);
        }
        for (GraphNode node : scope.nodes()) {
            PlacedState placed = layout.state(node.id());
            if (placed != null) {
                state(node, placed, out);
            }
        }
    }

    private void state(GraphNode node, PlacedState placed, Painter out) {
        StateStatus status = statuses.get(node.id());
        String type = node.type().aslName();
        out.group("state " + type + (status == null ? "" : " " + status.cssName()), Map.of("state", node.name()));
        Box b = placed.box();
        Rgba border = status == null ? color("-sw-state-border") : color(status.colorName());
        double borderWidth = status == null ? 1 : 2;
        if (placed.container()) {
            out.rect(b, CONTAINER_CORNER, color("-sw-container-bg"), border, borderWidth, false);
        } else {
            out.rect(b, CORNER, color("-sw-state-bg"), border, borderWidth, false);
        }
        header(node, b, out);
        if (placed.container()) {
            for (Scope child : node.children()) {
                PlacedLane lane = layout.lane(child.id());
                if (lane != null) {
                    out.group("lane " + lane.kind().name().toLowerCase(java.util.Locale.ROOT), Map.of());
                    out.rect(lane.box(), LANE_CORNER, color("-sw-lane-bg"), color("-sw-lane-border"), 1, true);
                    out.text(lane.title(), lane.box().x() + LANE_TITLE_X, lane.box().y() + LANE_TITLE_BASELINE, TextRole.LANE_TITLE,
                            color("-sw-lane-title"), Painter.Anchor.START);
                    scope(child, out);
                    out.endGroup();
                }
            }
        }
        out.endGroup();
    }

    /** The icon tile, name, second line and badges, in the top band of a state or container. */
    private void header(GraphNode node, Box b, Painter out) {
        String type = node.type().cssName();
        Box tile = new Box(b.x() + TILE_X, b.y() + TILE_Y, TILE_SIZE, TILE_SIZE);
        out.rect(tile, TILE_CORNER, color("-sw-type-" + type + "-tile"), null, 0, false);
        double inset = (TILE_SIZE - ICON_SIZE) / 2;
        out.icon(StateIcons.of(node.type()), tile.x() + inset, tile.y() + inset, ICON_SIZE, color("-sw-type-" + type));
        boolean retries = !node.state().retry().isEmpty();
        double textWidth = b.width() - TEXT_X - TEXT_RIGHT_PADDING - (retries ? BADGE_SIZE + 4 : 0);
        StateCaption caption = StateCaption.of(node.state());
        out.text(fit(caption.title(), textWidth, TextRole.TITLE, out), b.x() + TEXT_X, b.y() + TITLE_BASELINE, TextRole.TITLE,
                color("-sw-state-title"), Painter.Anchor.START);
        out.text(fit(caption.subtitle(), textWidth, TextRole.SUBTITLE, out), b.x() + TEXT_X, b.y() + SUBTITLE_BASELINE,
                TextRole.SUBTITLE, color("-sw-state-subtitle"), Painter.Anchor.START);
        if (retries) {
            out.group("badge retry", Map.of());
            out.tooltip(RetrySummary.of(node.state().retry()));
            out.icon(StateIcons.RETRY, b.maxX() - BADGE_INSET - BADGE_SIZE, b.y() + BADGE_INSET, BADGE_SIZE, color("-sw-badge-retry"));
            out.endGroup();
        }
        List<Diagnostic> problems = diagnostics.forState(node.id());
        if (!problems.isEmpty()) {
            problem(problems, new Point(b.maxX() - 2, b.y() + 2), out);
        }
    }

    private void problem(List<Diagnostic> problems, Point at, Painter out) {
        boolean error = DiagnosticPlacement.worst(problems) == Severity.ERROR;
        out.group("badge " + (error ? "error" : "warning"), Map.of());
        out.tooltip(DiagnosticPlacement.tooltip(problems));
        out.circle(at, PROBLEM_RADIUS, color(error ? "-sw-badge-error" : "-sw-badge-warning"));
        out.text(Integer.toString(problems.size()), at.x(), at.y() + 3.5, TextRole.BADGE, color("-sw-badge-fg"), Painter.Anchor.MIDDLE);
        out.endGroup();
    }

    private void edge(PlacedEdge e, Painter out) {
        boolean catchEdge = e.kind() == RouteKind.CATCH;
        Rgba stroke = color(catchEdge ? "-sw-edge-catch" : "-sw-edge");
        Map<String, String> data = new LinkedHashMap<>();
        data.put("from", nameOf(e.from()));
        data.put("to", nameOf(e.to()));
        String cls = e.isMarkerLink() ? "link " + e.kind().cssName() : "edge " + e.kind().cssName();
        out.group(cls + (e.isJump() ? " jump" : ""), data);
        EdgePath path = EdgePath.of(e.points(), true);
        out.path(path, stroke, EDGE_WIDTH, catchEdge);
        out.polygon(path.arrowhead(), stroke);
        if (e.labelled() && e.labelBox() != null) {
            Box lb = e.labelBox();
            out.rect(lb, LABEL_CORNER, color("-sw-edge-label-bg"), color("-sw-edge-label-border"), 1, false);
            if (!e.label().equals(e.fullLabel())) {
                out.tooltip(e.fullLabel());
            }
            out.text(fit(e.label(), lb.width() - 8, TextRole.LABEL, out), lb.centerX(), lb.y() + lb.height() / 2 + 4, TextRole.LABEL,
                    color(catchEdge ? "-sw-edge-catch-label-fg" : "-sw-edge-label-fg"), Painter.Anchor.MIDDLE);
        }
        if (e.isJump()) {
            Box chip = e.jump().box();
            out.rect(chip, chip.height() / 2, color("-sw-edge-label-bg"), stroke, 1, catchEdge);
            if (e.fullLabel() != null) {
                out.tooltip(e.fullLabel());
            }
            out.text(fit(e.jump().text(), chip.width() - 8, TextRole.LABEL, out), chip.centerX(),
                    chip.y() + chip.height() / 2 + 4, TextRole.LABEL, color(catchEdge ? "-sw-edge-catch-label-fg" : "-sw-edge-label-fg"),
                    Painter.Anchor.MIDDLE);
        }
        List<Diagnostic> problems = diagnostics.forEdge(e.id());
        if (!problems.isEmpty()) {
            Box lb = e.labelBox();
            Point at = lb != null ? new Point(lb.maxX(), lb.y()) : middle(e.points());
            problem(problems, at, out);
        }
        out.endGroup();
    }

    private void marker(PlacedMarker m, Painter out) {
        String text = m.kind() == PlacedMarker.Kind.START ? "Start" : "End";
        out.group("marker " + text.toLowerCase(java.util.Locale.ROOT), Map.of());
        Box b = m.box();
        out.rect(b, b.height() / 2, color("-sw-marker-bg"), color("-sw-marker-border"), 1, false);
        out.text(text, b.centerX(), b.y() + b.height() / 2 + 4, TextRole.MARKER, color("-sw-marker-fg"), Painter.Anchor.MIDDLE);
        out.endGroup();
    }

    private String nameOf(String id) {
        if (PlacedMarker.START_ID.equals(id)) {
            return "Start";
        }
        if (PlacedMarker.END_ID.equals(id)) {
            return "End";
        }
        GraphNode n = graph.node(id);
        return n == null ? id : n.name();
    }

    private static Point middle(List<Point> points) {
        if (points.isEmpty()) {
            return new Point(0, 0);
        }
        Point a = points.get((points.size() - 1) / 2);
        Point b = points.get(points.size() / 2);
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private Rgba color(String name) {
        return palette.color(name);
    }

    /** {@code text}, shortened with an ellipsis until it is at most {@code width} wide. */
    static String fit(String text, double width, TextRole role, Painter out) {
        if (text == null || out.textWidth(text, role) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (out.textWidth(text.substring(0, mid) + "\u2026", role) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + "\u2026";
    }
}

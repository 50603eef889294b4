package stepwise.canvas.view;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.text.Text;
import stepwise.canvas.diagram.EdgePath;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.Point;
import stepwise.model.Diagnostic;

/**
 * A transition (or a Start/End link) on the canvas: its orthogonal line with an arrowhead, its label,
 * and for a jump to a far state the chip naming it. Style classes {@code edge} and the kind
 * ({@code next}, {@code default}, {@code choice}, {@code catch}, {@code start}, {@code end}).
 */
public final class EdgeView extends Group {
    /** Set while one of the edge's states is selected. */
    public static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");

    private final String edgeId;
    private final Path line = new Path();
    private final Polygon arrow = new Polygon();
    private Region labelBack;
    private Text labelText;
    private Region chipBack;
    private Text chipText;
    private ProblemBadge problemBadge;
    private PlacedEdge placed;

    EdgeView(PlacedEdge edge) {
        this.edgeId = edge.id();
        getStyleClass().addAll("edge", edge.kind().cssName());
        if (edge.isJump()) {
            getStyleClass().add("jump");
        }
        setManaged(false);
        line.getStyleClass().add("line");
        arrow.getStyleClass().add("arrow");
        getChildren().addAll(line, arrow);
    }

    public String edgeId() {
        return edgeId;
    }

    public PlacedEdge placed() {
        return placed;
    }

    /** The label as drawn, or null. */
    public String shownLabel() {
        return labelText == null ? null : labelText.getText();
    }

    /** The jump chip's text, or null. */
    public String shownJump() {
        return chipText == null ? null : chipText.getText();
    }

    /** Shows {@code edge}; returns true when anything changed. */
    boolean update(PlacedEdge edge, List<Diagnostic> problems) {
        boolean changed = false;
        if (!edge.equals(placed)) {
            boolean routeChanged = placed == null || !placed.points().equals(edge.points());
            placed = edge;
            if (routeChanged) {
                route(edge.points());
            }
            label(edge);
            chip(edge);
            changed = true;
        }
        changed |= problems(problems, edge);
        return changed;
    }

    private void route(List<Point> points) {
        EdgePath path = EdgePath.of(points, true);
        List<PathElement> elements = new ArrayList<>(path.steps().size() + 1);
        elements.add(new MoveTo(path.start().x(), path.start().y()));
        for (EdgePath.Step s : path.steps()) {
            elements.add(s.isCurve() ? new QuadCurveTo(s.control().x(), s.control().y(), s.to().x(), s.to().y())
                    : new LineTo(s.to().x(), s.to().y()));
        }
        line.getElements().setAll(elements);
        List<Double> head = new ArrayList<>(6);
        for (Point p : path.arrowhead()) {
            head.add(p.x());
            head.add(p.y());
        }
        arrow.getPoints().setAll(head);
    }

    private void label(PlacedEdge edge) {
        if (edge.labelled() && edge.labelBox() != null) {
            if (labelBack == null) {
                labelBack = new Region();
                labelBack.getStyleClass().add("label-back");
                labelBack.setManaged(false);
                labelText = text("label");
                getChildren().addAll(labelBack, labelText);
                lazyTooltip(labelBack);
            }
            Box b = edge.labelBox();
            labelBack.resizeRelocate(b.x(), b.y(), b.width(), b.height());
            place(labelText, TextFit.fit(edge.label(), Fonts.LABEL, b.width() - 8), b);
            tooltip(labelBack, edge.fullLabel());
        } else if (labelBack != null) {
            getChildren().removeAll(labelBack, labelText);
            labelBack = null;
            labelText = null;
        }
    }

    private void chip(PlacedEdge edge) {
        if (edge.isJump()) {
            if (chipBack == null) {
                chipBack = new Region();
                chipBack.getStyleClass().add("jump-chip");
                chipBack.setManaged(false);
                chipText = text("jump-text");
                getChildren().addAll(chipBack, chipText);
                lazyTooltip(chipBack);
            }
            Box b = edge.jump().box();
            chipBack.resizeRelocate(b.x(), b.y(), b.width(), b.height());
            place(chipText, TextFit.fit(edge.jump().text(), Fonts.LABEL, b.width() - 8), b);
            tooltip(chipBack, edge.fullLabel() == null ? "Goes to " + edge.jump().text() : edge.fullLabel() + "\n" + edge.jump().text());
        } else if (chipBack != null) {
            getChildren().removeAll(chipBack, chipText);
            chipBack = null;
            chipText = null;
        }
    }

    private static final String TIP = "stepwise.tooltip";

    /** Keeps the tooltip text with the region; the tooltip itself is made on the first hover (tooltips are costly). */
    private static void tooltip(Region region, String text) {
        region.getProperties().put(TIP, text);
        if (region.getProperties().get(Tooltip.class) instanceof Tooltip tip) {
            tip.setText(text);
        }
    }

    private static void lazyTooltip(Region region) {
        region.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
            if (!(region.getProperties().get(Tooltip.class) instanceof Tooltip) && region.getProperties().get(TIP) instanceof String text) {
                Tooltip tip = new Tooltip(text);
                region.getProperties().put(Tooltip.class, tip);
                Tooltip.install(region, tip);
            }
        });
    }

    private Text text(String styleClass) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setFont(Fonts.LABEL);
        t.setTextOrigin(VPos.CENTER);
        t.setManaged(false);
        t.setMouseTransparent(true);
        return t;
    }

    private static void place(Text t, String text, Box b) {
        t.setText(text);
        t.setLayoutX(b.centerX() - t.getLayoutBounds().getWidth() / 2);
        t.setLayoutY(b.centerY());
    }

    private boolean problems(List<Diagnostic> problems, PlacedEdge edge) {
        if (problems.isEmpty()) {
            if (problemBadge != null) {
                getChildren().remove(problemBadge);
                problemBadge = null;
                return true;
            }
            return false;
        }
        if (problemBadge == null) {
            problemBadge = new ProblemBadge();
            problemBadge.setManaged(false);
            getChildren().add(problemBadge);
        }
        Box lb = edge.labelBox();
        Point at = lb != null ? new Point(lb.maxX(), lb.y()) : middle(edge.points());
        problemBadge.setLayoutX(at.x());
        problemBadge.setLayoutY(at.y());
        problemBadge.show(problems);
        return true;
    }

    /** The tooltip text of the problem badge, or null. */
    public String problemText() {
        return problemBadge == null ? null : problemBadge.tooltipText();
    }

    void setRelated(boolean related) {
        pseudoClassStateChanged(RELATED, related);
    }

    private static Point middle(List<Point> points) {
        Point a = points.get((points.size() - 1) / 2);
        Point b = points.get(points.size() / 2);
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }
}

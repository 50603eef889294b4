package stepwise.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import stepwise.canvas.diagram.StateStatus;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedEdge;
import stepwise.canvas.layout.PlacedState;
import stepwise.canvas.layout.Point;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.engine.replay.DataSummary;
import stepwise.engine.replay.ExecutionPicture;
import stepwise.engine.replay.MapProgress;
import stepwise.engine.replay.TokenPosition;

/**
 * The execution drawn on the workflow canvas: each state's status through its pseudo-class (by state
 * id, never rebuilding the diagram), a token in each state a branch or iteration is in, the token that
 * just moved travelling along the edge it took with the data it carries, and each Map's iterations
 * done and failed. The tokens live in a layer of their own above the states.
 */
public final class CanvasExecutionOverlay implements ExecutionOverlay {
    static final double TOKEN_RADIUS = 7;
    private static final int MAX_TOKENS_DRAWN = 5;
    private static final int DATA_CHARS = 48;

    private final WorkflowCanvas canvas;
    private final Group layer = new Group();
    private ExecutionPicture shownPicture;
    private ExecutionPicture shownFollowed;
    private WorkflowLayout shownLayout;
    private Circle travelling;
    private Label travellingData;
    private String travellingFrom;
    private PlacedState travellingTo;

    public CanvasExecutionOverlay(WorkflowCanvas canvas) {
        this.canvas = canvas;
        layer.getStyleClass().add("execution-layer");
        layer.setMouseTransparent(true);
        layer.setManaged(false);
        canvas.diagram().getChildren().add(layer);
    }

    @Override
    public void showExecution(ExecutionPicture picture, double travel, ExecutionPicture followed) {
        if (picture != shownPicture || followed != shownFollowed || canvas.getLayout() != shownLayout) {
            shownPicture = picture;
            shownFollowed = followed;
            shownLayout = canvas.getLayout();
            canvas.diagram().showStatuses(statuses(picture, followed));
            drawTokens(picture, travel, followed);
        } else {
            moveTravelling(travel);
        }
    }

    /** Between two events only the travelling token moves: its circle and data chip are moved, nothing rebuilt. */
    private void moveTravelling(double travel) {
        if (travelling == null || travellingTo == null) {
            return;
        }
        Point at = along(shownLayout, travellingFrom, travellingTo.id(), travellingTo.box(), travel, resting(travellingTo.box(), 0));
        travelling.setCenterX(at.x());
        travelling.setCenterY(at.y());
        if (travellingData != null) {
            travellingData.relocate(at.x() + TOKEN_RADIUS + 3, at.y() - 9);
        }
    }

    @Override
    public void clearExecution() {
        shownPicture = null;
        shownFollowed = null;
        canvas.diagram().showStatuses(Map.of());
        layer.getChildren().clear();
    }

    /** The canvas's status of every state; inside a followed iteration, that iteration's statuses. */
    static Map<String, StateStatus> statuses(ExecutionPicture picture, ExecutionPicture followed) {
        Map<String, StateStatus> out = new HashMap<>();
        picture.statuses().forEach((id, s) -> out.put(id, StateStatus.valueOf(s.name())));
        if (followed != null) {
            followed.statuses().forEach((id, s) -> {
                if (s != stepwise.engine.replay.StateStatus.NOT_RUN) {
                    out.put(id, StateStatus.valueOf(s.name()));
                }
            });
        }
        return out;
    }

    private void drawTokens(ExecutionPicture picture, double travel, ExecutionPicture followed) {
        layer.getChildren().clear();
        travelling = null;
        travellingData = null;
        travellingTo = null;
        WorkflowLayout layout = canvas.getLayout();
        if (layout == null) {
            return;
        }
        ExecutionPicture tokensOf = followed != null ? followed : picture;
        Map<String, List<TokenPosition>> byNode = new HashMap<>();
        for (TokenPosition t : tokensOf.tokens()) {
            if (t.nodeId() != null) {
                byNode.computeIfAbsent(t.nodeId(), k -> new ArrayList<>()).add(t);
            }
        }
        for (Map.Entry<String, List<TokenPosition>> e : byNode.entrySet()) {
            PlacedState placed = layout.state(e.getKey());
            if (placed == null) {
                continue;
            }
            List<TokenPosition> here = e.getValue();
            for (int i = 0; i < Math.min(here.size(), MAX_TOKENS_DRAWN); i++) {
                TokenPosition t = here.get(i);
                Point at = resting(placed.box(), i);
                boolean moving = t.arrived() && t.fromNodeId() != null && i == 0;
                if (moving && travel < 1) {
                    at = along(layout, t.fromNodeId(), t.nodeId(), placed.box(), travel, at);
                }
                Circle c = new Circle(at.x(), at.y(), TOKEN_RADIUS);
                if (moving) {
                    travelling = c;
                    travellingFrom = t.fromNodeId();
                    travellingTo = placed;
                }
                c.getStyleClass().add("execution-token");
                if (t.error() != null) {
                    c.getStyleClass().add("failing");
                }
                if (t.left()) {
                    c.getStyleClass().add("leaving");
                }
                layer.getChildren().add(c);
                if (t.arrived()) {
                    Label data = new Label(shorten(DataSummary.of(t.data())));
                    data.getStyleClass().add("execution-token-data");
                    data.setManaged(false);
                    data.relocate(at.x() + TOKEN_RADIUS + 3, at.y() - 9);
                    layer.getChildren().add(data);
                    data.applyCss();
                    data.autosize();
                    if (moving) {
                        travellingData = data;
                    }
                }
            }
            if (here.size() > MAX_TOKENS_DRAWN) {
                Label more = badge("\u00d7" + here.size(), "execution-token-count");
                Point at = resting(placed.box(), MAX_TOKENS_DRAWN);
                more.relocate(at.x() - TOKEN_RADIUS, at.y() - 8);
            }
        }
        for (Map.Entry<String, MapProgress> e : picture.maps().entrySet()) {
            PlacedState placed = layout.state(e.getKey());
            if (placed == null) {
                continue;
            }
            MapProgress m = e.getValue();
            Label progress = badge(m.summary(), "map-progress");
            if (m.failed() > 0) {
                progress.getStyleClass().add("has-failures");
            }
            progress.relocate(placed.box().maxX() - progress.getWidth() - 4, placed.box().y() - progress.getHeight() - 2);
        }
    }

    private Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setManaged(false);
        layer.getChildren().add(l);
        l.applyCss();
        l.autosize();
        return l;
    }

    /** Where the {@code i}-th token in a state rests: along its top edge, from the left. */
    private static Point resting(Box box, int i) {
        return new Point(box.x() + 10 + i * (TOKEN_RADIUS * 2 + 3), box.y());
    }

    /** The point {@code travel} of the way along the edge from {@code from} into {@code to} (straight when there is none). */
    private static Point along(WorkflowLayout layout, String from, String to, Box toBox, double travel, Point end) {
        PlacedEdge edge = null;
        for (PlacedEdge e : layout.edges()) {
            if (from.equals(e.from()) && to.equals(e.to())) {
                edge = e;
                break;
            }
        }
        List<Point> points;
        if (edge != null && edge.points().size() >= 2) {
            points = edge.points();
        } else {
            PlacedState start = layout.state(from);
            if (start == null) {
                return end;
            }
            points = List.of(start.box().center(), toBox.center());
        }
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += distance(points.get(i - 1), points.get(i));
        }
        double goal = length * Math.max(0, Math.min(1, travel));
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double d = distance(a, b);
            if (goal <= d && d > 0) {
                double f = goal / d;
                return new Point(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f);
            }
            goal -= d;
        }
        return points.get(points.size() - 1);
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    private static String shorten(String s) {
        return s.length() <= DATA_CHARS ? s : s.substring(0, DATA_CHARS - 1) + "\u2026";
    }
}

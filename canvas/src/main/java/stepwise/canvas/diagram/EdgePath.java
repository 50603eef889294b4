package stepwise.canvas.diagram;

import java.util.ArrayList;
import java.util.List;
import stepwise.canvas.layout.Point;

/**
 * An orthogonal route as drawn: straight runs joined by small rounded corners, stopping short of the
 * target so that the arrowhead's tip lands on the target's border.
 */
public record EdgePath(Point start, List<Step> steps, List<Point> arrowhead) {
    /** One piece of the path after {@link #start}: a line to {@code to}, or a quadratic curve through {@code control}. */
    public record Step(Point control, Point to) {
        public boolean isCurve() {
            return control != null;
        }
    }

    public EdgePath {
        steps = List.copyOf(steps);
        arrowhead = List.copyOf(arrowhead);
    }

    /** The drawn path of {@code points}; {@code arrow} adds an arrowhead at the end. */
    public static EdgePath of(List<Point> points, boolean arrow) {
        List<Point> pts = withoutRepeats(points);
        if (pts.size() < 2) {
            Point p = pts.isEmpty() ? new Point(0, 0) : pts.get(0);
            return new EdgePath(p, List.of(), List.of());
        }
        List<Point> head = List.of();
        if (arrow) {
            Point tip = pts.get(pts.size() - 1);
            Point before = pts.get(pts.size() - 2);
            double dx = tip.x() - before.x();
            double dy = tip.y() - before.y();
            double len = Math.hypot(dx, dy);
            double ux = dx / len;
            double uy = dy / len;
            double back = Math.min(NodeGeometry.ARROW_LENGTH, len);
            Point base = new Point(tip.x() - ux * back, tip.y() - uy * back);
            double w = NodeGeometry.ARROW_HALF_WIDTH;
            head = List.of(tip, new Point(base.x() - uy * w, base.y() + ux * w), new Point(base.x() + uy * w, base.y() - ux * w));
            pts.set(pts.size() - 1, new Point(tip.x() - ux * (back - 1), tip.y() - uy * (back - 1)));
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < pts.size(); i++) {
            Point p = pts.get(i);
            if (i == pts.size() - 1) {
                steps.add(new Step(null, p));
                break;
            }
            Point prev = pts.get(i - 1);
            Point next = pts.get(i + 1);
            double r = Math.min(NodeGeometry.EDGE_CORNER, Math.min(distance(prev, p), distance(p, next)) / 2);
            steps.add(new Step(null, toward(p, prev, r)));
            steps.add(new Step(p, toward(p, next, r)));
        }
        return new EdgePath(pts.get(0), steps, head);
    }

    /** The path as SVG path data. */
    public String svg() {
        StringBuilder sb = new StringBuilder("M").append(num(start.x())).append(' ').append(num(start.y()));
        for (Step s : steps) {
            if (s.isCurve()) {
                sb.append(" Q").append(num(s.control.x())).append(' ').append(num(s.control.y())).append(' ')
                        .append(num(s.to.x())).append(' ').append(num(s.to.y()));
            } else {
                sb.append(" L").append(num(s.to.x())).append(' ').append(num(s.to.y()));
            }
        }
        return sb.toString();
    }

    public static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    private static List<Point> withoutRepeats(List<Point> points) {
        List<Point> out = new ArrayList<>(points.size());
        for (Point p : points) {
            if (out.isEmpty() || distance(out.get(out.size() - 1), p) > 0.01) {
                out.add(p);
            }
        }
        return out;
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static Point toward(Point from, Point to, double by) {
        double d = distance(from, to);
        if (d == 0) {
            return from;
        }
        return new Point(from.x() + (to.x() - from.x()) * by / d, from.y() + (to.y() - from.y()) * by / d);
    }
}

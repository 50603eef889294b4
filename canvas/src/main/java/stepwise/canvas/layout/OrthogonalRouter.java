package stepwise.canvas.layout;

import java.util.List;

/**
 * Routes a connection whose end the user has pinned somewhere ELK did not put it: a short orthogonal
 * path between the two boxes, leaving downwards when the target is below, sideways when the boxes sit
 * side by side, and around the right-hand side when the target is above (a loop back).
 */
final class OrthogonalRouter {
    private static final double CLEARANCE = 20;

    private OrthogonalRouter() {
    }

    static List<Point> route(Box from, Box to) {
        if (to.y() >= from.maxY() + 2) {
            double midY = (from.maxY() + to.y()) / 2;
            Point start = new Point(from.centerX(), from.maxY());
            Point end = new Point(to.centerX(), to.y());
            if (Math.abs(start.x() - end.x()) < 0.5) {
                return List.of(start, end);
            }
            return List.of(start, new Point(start.x(), midY), new Point(end.x(), midY), end);
        }
        if (to.x() >= from.maxX() + 2 || to.maxX() <= from.x() - 2) {
            boolean right = to.x() >= from.maxX();
            Point start = new Point(right ? from.maxX() : from.x(), from.centerY());
            Point end = new Point(right ? to.x() : to.maxX(), to.centerY());
            double midX = (start.x() + end.x()) / 2;
            if (Math.abs(start.y() - end.y()) < 0.5) {
                return List.of(start, end);
            }
            return List.of(start, new Point(midX, start.y()), new Point(midX, end.y()), end);
        }
        double outX = Math.max(from.maxX(), to.maxX()) + CLEARANCE;
        Point start = new Point(from.maxX(), from.centerY());
        Point end = new Point(to.maxX(), to.centerY());
        return List.of(start, new Point(outX, start.y()), new Point(outX, end.y()), end);
    }

    /** A label box of the given size centred on the longest segment of {@code points}. */
    static Box labelOn(List<Point> points, double width, double height) {
        int best = 0;
        double bestLength = -1;
        for (int i = 0; i + 1 < points.size(); i++) {
            Point a = points.get(i);
            Point b = points.get(i + 1);
            double length = Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
            if (length > bestLength) {
                bestLength = length;
                best = i;
            }
        }
        Point a = points.get(best);
        Point b = points.get(Math.min(best + 1, points.size() - 1));
        double cx = (a.x() + b.x()) / 2;
        double cy = (a.y() + b.y()) / 2;
        boolean vertical = Math.abs(a.x() - b.x()) < 0.5;
        return vertical ? new Box(cx + 4, cy - height / 2, width, height) : new Box(cx - width / 2, cy - height - 2, width, height);
    }
}

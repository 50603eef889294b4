package stepwise.canvas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts pinned states where the user left them on top of an automatic layout: their edges are routed
 * again and the scope grows to hold them. Pins never move into negative coordinates.
 */
final class PinnedPlacement {
    private PinnedPlacement() {
    }

    static ScopeLayout apply(ScopeLayout base, ScopeShape shape, Map<Integer, Point> pins, LayoutMetrics metrics) {
        if (pins.isEmpty()) {
            return base;
        }
        List<Point> positions = new ArrayList<>(base.positions());
        double width = base.width();
        double height = base.height();
        for (Map.Entry<Integer, Point> pin : pins.entrySet()) {
            int i = pin.getKey();
            Point p = new Point(Math.max(0, pin.getValue().x()), Math.max(0, pin.getValue().y()));
            positions.set(i, p);
            ScopeShape.Slot slot = shape.slots().get(i);
            width = Math.max(width, p.x() + slot.width() + metrics.scopePadding());
            height = Math.max(height, p.y() + slot.height() + metrics.scopePadding());
        }
        // A jump chip travels with its pinned source.
        for (ScopeShape.Link link : shape.links()) {
            Point pin = pins.get(link.from());
            if (pin != null && shape.slots().get(link.to()).role() == ScopeShape.Role.JUMP) {
                Point was = base.positions().get(link.from());
                Point chip = base.positions().get(link.to());
                Point moved = new Point(Math.max(0, chip.x() + positions.get(link.from()).x() - was.x()),
                        Math.max(0, chip.y() + positions.get(link.from()).y() - was.y()));
                positions.set(link.to(), moved);
                ScopeShape.Slot slot = shape.slots().get(link.to());
                width = Math.max(width, moved.x() + slot.width() + metrics.scopePadding());
                height = Math.max(height, moved.y() + slot.height() + metrics.scopePadding());
            }
        }
        List<ScopeLayout.Route> routes = new ArrayList<>(base.routes());
        for (int k = 0; k < shape.links().size(); k++) {
            ScopeShape.Link link = shape.links().get(k);
            if (!pins.containsKey(link.from()) && !pins.containsKey(link.to())) {
                continue;
            }
            List<Point> points = OrthogonalRouter.route(box(shape, positions, link.from()), box(shape, positions, link.to()));
            Box label = link.labelled() ? OrthogonalRouter.labelOn(points, link.labelWidth(), link.labelHeight()) : null;
            routes.set(k, new ScopeLayout.Route(points, label));
            for (Point p : points) {
                width = Math.max(width, p.x() + metrics.scopePadding());
            }
            if (label != null) {
                width = Math.max(width, label.maxX() + metrics.scopePadding());
            }
        }
        return new ScopeLayout(width, height, positions, routes);
    }

    private static Box box(ScopeShape shape, List<Point> positions, int slot) {
        Point p = positions.get(slot);
        ScopeShape.Slot s = shape.slots().get(slot);
        return new Box(p.x(), p.y(), s.width(), s.height());
    }
}

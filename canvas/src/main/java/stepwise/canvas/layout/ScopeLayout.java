package stepwise.canvas.layout;

import java.util.List;

/**
 * The layout of one scope relative to its own top-left corner: the top-left of each slot and the route
 * of each link, in the order of its {@link ScopeShape}.
 */
record ScopeLayout(double width, double height, List<Point> positions, List<Route> routes) {
    /** A link's polyline from source to target, and where its label sits (null when unlabelled). */
    record Route(List<Point> points, Box label) {
        Route {
            points = List.copyOf(points);
        }
    }

    ScopeLayout {
        positions = List.copyOf(positions);
        routes = List.copyOf(routes);
    }
}

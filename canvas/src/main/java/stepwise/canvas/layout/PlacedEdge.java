package stepwise.canvas.layout;

import java.util.List;

/**
 * A drawn connection: a transition of the graph (its id is the edge id), or a link from the Start marker
 * or to the End marker. {@code points} is the orthogonal polyline from source to target; {@code label} is
 * the text drawn in {@code labelBox} (shortened), {@code fullLabel} the whole text for tooltips; both null
 * when unlabelled. {@code jump} is set when the edge is drawn as a connector to a far state.
 */
public record PlacedEdge(String id, RouteKind kind, String from, String to, List<Point> points, String label, String fullLabel,
                         Box labelBox, Jump jump) {
    /**
     * In a large scope an edge to a far state is drawn as a short connector ending at a chip that says
     * where it goes and why ({@code States.ALL → Failed2}), instead of a line across the whole
     * drawing; such an edge has no label box of its own.
     */
    public record Jump(String text, Box box) {
    }

    public PlacedEdge {
        points = List.copyOf(points);
    }

    public boolean labelled() {
        return label != null;
    }

    public boolean isJump() {
        return jump != null;
    }

    public boolean isMarkerLink() {
        return kind == RouteKind.START || kind == RouteKind.END;
    }
}

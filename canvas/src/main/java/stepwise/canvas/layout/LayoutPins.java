package stepwise.canvas.layout;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The positions the user gave states by moving them, by state id: each the state's top-left corner
 * relative to the origin of the scope it is drawn in, so moving a container moves what is inside.
 * Pinned states keep their place when the rest is laid out again. Immutable.
 */
public record LayoutPins(Map<String, Point> positions) {
    public static final LayoutPins NONE = new LayoutPins(Map.of());

    public LayoutPins {
        positions = Map.copyOf(positions);
    }

    public Point get(String stateId) {
        return positions.get(stateId);
    }

    public boolean isEmpty() {
        return positions.isEmpty();
    }

    public boolean isPinned(String stateId) {
        return positions.containsKey(stateId);
    }

    public LayoutPins with(Map<String, Point> more) {
        Map<String, Point> out = new LinkedHashMap<>(positions);
        out.putAll(more);
        return new LayoutPins(out);
    }

    public LayoutPins without(Collection<String> stateIds) {
        Map<String, Point> out = new LinkedHashMap<>(positions);
        out.keySet().removeAll(stateIds);
        return new LayoutPins(out);
    }

    /** The pins whose state ids are in {@code existing}: for saving without pins of deleted states. */
    public LayoutPins retainAll(Collection<String> existing) {
        Map<String, Point> out = new LinkedHashMap<>(positions);
        out.keySet().retainAll(existing);
        return new LayoutPins(out);
    }
}

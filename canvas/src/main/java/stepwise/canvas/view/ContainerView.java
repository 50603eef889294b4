package stepwise.canvas.view;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stepwise.canvas.layout.PlacedLane;
import stepwise.model.graph.GraphNode;

/**
 * A state that holds state machines (a Parallel's branches, a Map's processor): its header as any state
 * has, and its lanes below it. What the lanes hold is drawn by the diagram above the container.
 */
public abstract class ContainerView extends StateView {
    private final Map<String, LaneView> lanes = new LinkedHashMap<>();

    protected ContainerView(GraphNode node) {
        super(node);
        getStyleClass().add("container");
    }

    /** Shows the lanes, keyed by their scope id, relative to this container. */
    void updateLanes(List<PlacedLane> placed) {
        Set<String> keep = new HashSet<>();
        for (PlacedLane lane : placed) {
            keep.add(lane.scopeId());
            LaneView view = lanes.get(lane.scopeId());
            if (view == null) {
                view = new LaneView(lane);
                lanes.put(lane.scopeId(), view);
                // lanes lie under the header's badges
                getChildren().add(0, view);
            }
            view.update(lane, box());
        }
        lanes.entrySet().removeIf(e -> {
            if (!keep.contains(e.getKey())) {
                getChildren().remove(e.getValue());
                return true;
            }
            return false;
        });
    }

    public LaneView lane(String scopeId) {
        return lanes.get(scopeId);
    }

    /** True when {@code y} (relative to this view) falls on the header band rather than on the lanes. */
    public boolean onHeader(double y) {
        return y <= stepwise.canvas.layout.LayoutMetrics.DEFAULT.headerHeight();
    }
}

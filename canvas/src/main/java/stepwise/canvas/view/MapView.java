package stepwise.canvas.view;

import stepwise.canvas.diagram.StateIcons;
import stepwise.model.asl.MapState;
import stepwise.model.asl.State;
import stepwise.model.graph.GraphNode;

/** A Map: its item processor inside, and where the items come from. */
public final class MapView extends ContainerView {
    public MapView(GraphNode node) {
        super(node);
    }

    @Override
    protected String icon() {
        return StateIcons.MAP;
    }

    @Override
    protected String details(State state) {
        MapState m = (MapState) state;
        String items = m.raw().string("ItemsPath");
        if (items == null) {
            items = m.raw().string("Items");
        }
        StringBuilder sb = new StringBuilder("Runs its processor for each item");
        if (items != null) {
            sb.append(" of ").append(items);
        }
        sb.append("\nMode: ").append(m.mode());
        return sb.toString();
    }
}

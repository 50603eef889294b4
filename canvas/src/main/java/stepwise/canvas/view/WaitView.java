package stepwise.canvas.view;

import stepwise.canvas.diagram.StateIcons;
import stepwise.model.asl.State;
import stepwise.model.graph.GraphNode;
import stepwise.model.json.JsonNumber;

/** A Wait: how long, or until when. */
public final class WaitView extends StateView {
    public WaitView(GraphNode node) {
        super(node);
    }

    @Override
    protected String icon() {
        return StateIcons.WAIT;
    }

    @Override
    protected String details(State state) {
        if (state.field("Seconds") instanceof JsonNumber n) {
            long s = n.longValue() == null ? -1 : n.longValue();
            if (s >= 3600) {
                return String.format(java.util.Locale.ROOT, "Waits %s s (%.1f h)", n.text(), s / 3600.0);
            }
            return "Waits " + n.text() + " s";
        }
        return null;
    }
}

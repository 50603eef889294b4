package stepwise.canvas.view;

import stepwise.canvas.diagram.StateIcons;
import stepwise.model.asl.State;
import stepwise.model.graph.GraphNode;

/** A Succeed: ends its workflow or branch successfully. */
public final class SucceedView extends StateView {
    public SucceedView(GraphNode node) {
        super(node);
    }

    @Override
    protected String icon() {
        return StateIcons.SUCCEED;
    }

    @Override
    protected String details(State state) {
        return "Ends here successfully";
    }
}

package stepwise.canvas.view;

import stepwise.canvas.diagram.StateIcons;
import stepwise.model.asl.State;
import stepwise.model.graph.GraphNode;

/** A Fail: the error and cause it ends the run with. */
public final class FailView extends StateView {
    public FailView(GraphNode node) {
        super(node);
    }

    @Override
    protected String icon() {
        return StateIcons.FAIL;
    }

    @Override
    protected String details(State state) {
        String error = state.raw().string("Error");
        String cause = state.raw().string("Cause");
        StringBuilder sb = new StringBuilder("Fails the run");
        if (error != null) {
            sb.append(" with ").append(error);
        }
        if (cause != null) {
            sb.append(": ").append(cause);
        }
        return sb.toString();
    }
}

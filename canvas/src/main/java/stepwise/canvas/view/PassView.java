package stepwise.canvas.view;

import stepwise.canvas.diagram.StateIcons;
import stepwise.model.asl.State;
import stepwise.model.graph.GraphNode;

/** A Pass: says whether it injects a fixed Result or reshapes its input. */
public final class PassView extends StateView {
    public PassView(GraphNode node) {
        super(node);
    }

    @Override
    protected String icon() {
        return StateIcons.PASS;
    }

    @Override
    protected String details(State state) {
        if (state.field("Result") != null) {
            return "Passes a fixed Result on";
        }
        if (state.field("Parameters") != null || state.field("Output") != null) {
            return "Reshapes its input";
        }
        return "Passes its input on";
    }
}

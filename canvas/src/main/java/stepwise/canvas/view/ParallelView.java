package stepwise.canvas.view;

import stepwise.canvas.diagram.StateIcons;
import stepwise.model.asl.ParallelState;
import stepwise.model.asl.State;
import stepwise.model.graph.GraphNode;

/** A Parallel: its branches side by side. */
public final class ParallelView extends ContainerView {
    public ParallelView(GraphNode node) {
        super(node);
    }

    @Override
    protected String icon() {
        return StateIcons.PARALLEL;
    }

    @Override
    protected String details(State state) {
        ParallelState p = (ParallelState) state;
        StringBuilder sb = new StringBuilder("Runs ").append(p.branches().size()).append(" branches at once; each starts at:");
        for (int i = 0; i < p.branches().size(); i++) {
            sb.append("\n").append(i + 1).append(". ").append(p.branches().get(i).startAt());
        }
        return sb.toString();
    }
}

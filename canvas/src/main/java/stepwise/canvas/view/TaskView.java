package stepwise.canvas.view;

import stepwise.canvas.diagram.StateIcons;
import stepwise.model.asl.CatchRule;
import stepwise.model.asl.State;
import stepwise.model.asl.TaskState;
import stepwise.model.graph.GraphNode;

/** A Task: the integration it calls in plain words, the full resource and its error handling in the tooltip. */
public final class TaskView extends StateView {
    public TaskView(GraphNode node) {
        super(node);
    }

    @Override
    protected String icon() {
        return StateIcons.TASK;
    }

    @Override
    protected String details(State state) {
        TaskState t = (TaskState) state;
        StringBuilder sb = new StringBuilder("Resource: ").append(t.resource() == null ? "(none)" : t.resource());
        for (CatchRule c : t.catchRules()) {
            sb.append("\nCatches ").append(c.label()).append(" \u2192 ").append(c.next());
        }
        return sb.toString();
    }
}

package stepwise.canvas.view;

import stepwise.model.graph.GraphNode;

/** Makes the view of a state: one kind of view per state type; a Map or Parallel without children is drawn as a plain state. */
public final class StateViews {
    private StateViews() {
    }

    public static StateView create(GraphNode node) {
        return switch (node.type()) {
            case TASK -> new TaskView(node);
            case CHOICE -> new ChoiceView(node);
            case WAIT -> new WaitView(node);
            case PASS -> new PassView(node);
            case SUCCEED -> new SucceedView(node);
            case FAIL -> new FailView(node);
            case PARALLEL -> new ParallelView(node);
            case MAP -> new MapView(node);
        };
    }
}

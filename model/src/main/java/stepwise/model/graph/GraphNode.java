package stepwise.model.graph;

import java.util.List;
import stepwise.model.asl.State;
import stepwise.model.asl.StateType;

/**
 * A state drawn as a node. {@code id} is the state's JSON Pointer (unique even when names are not);
 * {@code children} are the scopes drawn inside it (Parallel branches, a Map's processor).
 */
public record GraphNode(String id, String name, State state, List<Scope> children, String scopeId) {
    public GraphNode {
        children = List.copyOf(children);
    }

    public StateType type() {
        return state.type();
    }

    public boolean isContainer() {
        return !children.isEmpty();
    }
}

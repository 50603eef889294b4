package stepwise.model.graph;

import java.util.List;
import stepwise.model.asl.StateMachine;

/**
 * One state machine drawn as a region: its nodes and the edges between them, which state it starts
 * at ({@code start}, a node id, or null when {@code StartAt} names no state here) and which nodes end it.
 */
public record Scope(String id, ScopeKind kind, StateMachine machine, String start, List<GraphNode> nodes, List<GraphEdge> edges,
                    String parentNodeId) {
    public Scope {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}

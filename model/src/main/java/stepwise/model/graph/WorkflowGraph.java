package stepwise.model.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stepwise.model.asl.CatchRule;
import stepwise.model.asl.ChoiceRule;
import stepwise.model.asl.ChoiceState;
import stepwise.model.asl.MapState;
import stepwise.model.asl.ParallelState;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;
import stepwise.model.json.JsonPointer;

/**
 * The workflow as nodes and edges, scope by scope (the machine, each Parallel branch, each Map
 * processor, to any depth). Edges join states of one scope; every node and edge has a stable id so
 * that views can update by key.
 */
public final class WorkflowGraph {
    private final Scope root;
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Map<String, Scope> scopes = new LinkedHashMap<>();
    private final Map<String, GraphEdge> edges = new LinkedHashMap<>();
    private final Map<String, String> firstIdByName = new HashMap<>();
    private final Map<String, List<GraphEdge>> outgoing = new HashMap<>();
    private final Map<String, List<GraphEdge>> incoming = new HashMap<>();

    private WorkflowGraph(StateMachine machine) {
        this.root = scope(machine, ScopeKind.MACHINE, null);
    }

    public static WorkflowGraph of(StateMachine machine) {
        return new WorkflowGraph(machine);
    }

    private Scope scope(StateMachine machine, ScopeKind kind, String parentNodeId) {
        String scopeId = machine.pointer().toString();
        Map<String, String> idByName = new HashMap<>();
        for (State s : machine.states()) {
            idByName.putIfAbsent(s.name(), s.pointer().toString());
        }
        List<GraphNode> scopeNodes = new ArrayList<>();
        List<GraphEdge> scopeEdges = new ArrayList<>();
        for (State s : machine.states()) {
            String id = s.pointer().toString();
            List<Scope> children = new ArrayList<>();
            if (s instanceof ParallelState p) {
                for (StateMachine b : p.branches()) {
                    children.add(scope(b, ScopeKind.BRANCH, id));
                }
            } else if (s instanceof MapState m && m.processor() != null) {
                children.add(scope(m.processor(), ScopeKind.PROCESSOR, id));
            }
            GraphNode node = new GraphNode(id, s.name(), s, children, scopeId);
            scopeNodes.add(node);
            nodes.put(id, node);
            firstIdByName.putIfAbsent(s.name(), id);
            transitions(s, idByName, scopeEdges);
        }
        for (GraphEdge e : scopeEdges) {
            edges.put(e.id(), e);
            outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            if (e.to() != null) {
                incoming.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            }
        }
        Scope scope = new Scope(scopeId, kind, machine, idByName.get(machine.startAt()), scopeNodes, scopeEdges, parentNodeId);
        scopes.put(scopeId, scope);
        return scope;
    }

    private static void transitions(State s, Map<String, String> idByName, List<GraphEdge> out) {
        String from = s.pointer().toString();
        if (s.next() != null) {
            out.add(new GraphEdge(from + "#next", EdgeKind.NEXT, from, idByName.get(s.next()), s.next(), null,
                    s.pointer().append("Next")));
        }
        if (s instanceof ChoiceState c) {
            List<ChoiceRule> rules = c.choices();
            for (int i = 0; i < rules.size(); i++) {
                ChoiceRule r = rules.get(i);
                if (r.next() != null) {
                    out.add(new GraphEdge(from + "#choice/" + i, EdgeKind.CHOICE, from, idByName.get(r.next()), r.next(), r.label(),
                            r.pointer().append("Next")));
                }
            }
            if (c.defaultState() != null) {
                out.add(new GraphEdge(from + "#default", EdgeKind.DEFAULT, from, idByName.get(c.defaultState()), c.defaultState(),
                        "Default", s.pointer().append("Default")));
            }
        }
        List<CatchRule> catches = s.catchRules();
        for (int i = 0; i < catches.size(); i++) {
            CatchRule c = catches.get(i);
            if (c.next() != null) {
                out.add(new GraphEdge(from + "#catch/" + i, EdgeKind.CATCH, from, idByName.get(c.next()), c.next(), c.label(),
                        c.pointer().append("Next")));
            }
        }
    }

    public Scope root() {
        return root;
    }

    /** Every node at every depth, parents before children. */
    public Collection<GraphNode> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    public Collection<GraphEdge> edges() {
        return Collections.unmodifiableCollection(edges.values());
    }

    public Collection<Scope> scopes() {
        return Collections.unmodifiableCollection(scopes.values());
    }

    public GraphNode node(String id) {
        return nodes.get(id);
    }

    public GraphEdge edge(String id) {
        return edges.get(id);
    }

    public Scope scope(String id) {
        return scopes.get(id);
    }

    /** The first node (in document order) whose state is named {@code name}, or null. */
    public GraphNode nodeNamed(String name) {
        String id = firstIdByName.get(name);
        return id == null ? null : nodes.get(id);
    }

    /** The scope a node is drawn in. */
    public Scope scopeOf(GraphNode node) {
        return scopes.get(node.scopeId());
    }

    /** The edges leaving a node, in the order they are written. */
    public List<GraphEdge> outgoing(String nodeId) {
        return Collections.unmodifiableList(outgoing.getOrDefault(nodeId, List.of()));
    }

    /** The edges arriving at a node. */
    public List<GraphEdge> incoming(String nodeId) {
        return Collections.unmodifiableList(incoming.getOrDefault(nodeId, List.of()));
    }

    /** The node whose state is written at {@code pointer}, or the nearest enclosing state's node. */
    public GraphNode nodeAt(JsonPointer pointer) {
        JsonPointer p = pointer;
        while (p != null) {
            GraphNode n = nodes.get(p.toString());
            if (n != null) {
                return n;
            }
            p = p.parent();
        }
        return null;
    }
}

package stepwise.engine.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stepwise.engine.HistoryEvent;
import stepwise.engine.HistoryEventType;
import stepwise.model.asl.StateType;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.Scope;
import stepwise.model.graph.WorkflowGraph;

/**
 * An execution's history made ready to watch: each event placed on its token (the execution, a
 * Parallel branch, a Map iteration, found from the {@code previousEventId} chains, so imported AWS
 * histories work too) and on the state it is about, and the picture at any event {@code k} — a pure
 * function of events {@code 1..k} — computed from the nearest checkpoint, so that any {@code k} of a
 * 100,000-event history is a few hundred event steps away.
 *
 * <p>Histories grow: {@link #append} adds the events a running execution has produced since. Not
 * thread-safe: build it on one thread, then hand it to another (the UI thread) and use it only there.
 */
public final class Replay {
    /** Events between two checkpoints: a picture is at most this many event steps from one. */
    static final int CHECKPOINT_EVERY = 256;

    private final WorkflowGraph graph;
    private final String[] nodeIds;
    private final GraphNode[] nodes;
    private final Map<String, Integer> ordinalById = new HashMap<>();
    private final Map<String, Map<String, Integer>> ordinalByNameInScope = new HashMap<>();

    private final List<HistoryEvent> events = new ArrayList<>();
    private final Map<Long, Integer> indexById = new HashMap<>();
    private boolean sequentialIds = true;
    private int[] tokenOf = new int[64];
    private int[] nodeOf = new int[64];
    private String[] stepName = new String[64];

    private final List<Token> tokens = new ArrayList<>();
    private final List<Cursor> cursors = new ArrayList<>();
    private final List<IntArray> eventsOfToken = new ArrayList<>();
    private final Map<IterationKey, Integer> iterationTokens = new HashMap<>();
    private final Map<Integer, List<Integer>> iterationsOfMap = new HashMap<>();
    private final IntArray[] enteredOfNode;
    private final Set<String> unknownStates = new LinkedHashSet<>();

    private final Fold live;
    private final List<Fold> checkpoints = new ArrayList<>();

    /** What the index knows of a token while events are placed: the state it is in, by name and node. */
    private static final class Cursor {
        int node = -1;
        String name;
        StateType type;
        boolean open;
    }

    private record IterationKey(int mapToken, int mapNode, int index) {
    }

    private Replay(WorkflowGraph graph) {
        this.graph = graph;
        List<GraphNode> all = graph == null ? List.of() : new ArrayList<>(graph.nodes());
        this.nodeIds = new String[all.size()];
        this.nodes = all.toArray(new GraphNode[0]);
        this.enteredOfNode = new IntArray[all.size()];
        for (int i = 0; i < all.size(); i++) {
            nodeIds[i] = all.get(i).id();
            ordinalById.put(nodeIds[i], i);
        }
        newToken(-1, TokenKind.EXECUTION, -1, -1, 0);
        this.live = new Fold(this);
        checkpoints.add(live.copy());
    }

    /**
     * Indexes {@code events} (in id order) for watching on {@code graph}, the definition they ran (or
     * are replayed) on. {@code graph} may be null when the definition does not parse: the events are
     * then placed on tokens but on no state.
     */
    public static Replay of(WorkflowGraph graph, List<HistoryEvent> events) {
        Replay r = new Replay(graph);
        r.append(events);
        return r;
    }

    /** Adds the events that followed (a running execution's newest events). */
    public void append(List<HistoryEvent> more) {
        for (HistoryEvent e : more) {
            int i = events.size();
            events.add(e);
            if (sequentialIds && e.id() != i + 1) {
                sequentialIds = false;
                for (int j = 0; j < i; j++) {
                    indexById.put(events.get(j).id(), j);
                }
            }
            if (!sequentialIds) {
                indexById.put(e.id(), i);
            }
            grow(i + 1);
            place(i, e);
            live.apply(i);
            if ((i + 1) % CHECKPOINT_EVERY == 0) {
                checkpoints.add(live.copy());
            }
        }
    }

    public WorkflowGraph graph() {
        return graph;
    }

    /** The number of events. */
    public int size() {
        return events.size();
    }

    /** The events, in order (read-only). */
    public List<HistoryEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The event at {@code index} (0-based: event {@code k} of the player is index {@code k - 1}). */
    public HistoryEvent event(int index) {
        return events.get(index);
    }

    /** The index of the event with this {@code id}, or -1. */
    public int indexOfId(long id) {
        if (sequentialIds) {
            return id >= 1 && id <= events.size() ? (int) id - 1 : -1;
        }
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /** The token the event at {@code index} belongs to. */
    public Token tokenOf(int index) {
        return tokens.get(tokenOf[index]);
    }

    public Token token(int id) {
        return tokens.get(id);
    }

    /** Every token, the execution first. */
    public List<Token> tokens() {
        return Collections.unmodifiableList(tokens);
    }

    /** The node id of the state the event at {@code index} is about, or null (execution events, unknown states). */
    public String nodeIdOf(int index) {
        int n = nodeOf[index];
        return n < 0 ? null : nodeIds[n];
    }

    /** The name of the state the event at {@code index} is about ("Step" in the console), or null. */
    public String stepNameOf(int index) {
        return stepName[index];
    }

    /** The indexes of the events of one token, in order. */
    public int[] eventsOfToken(int tokenId) {
        IntArray a = eventsOfToken.get(tokenId);
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i);
        }
        return out;
    }

    /** The iteration tokens of a Map state (every time it ran), in order of start. */
    public List<Token> iterationsOf(String mapNodeId) {
        Integer n = ordinalById.get(mapNodeId);
        List<Integer> ids = n == null ? null : iterationsOfMap.get(n);
        if (ids == null) {
            return List.of();
        }
        List<Token> out = new ArrayList<>(ids.size());
        for (int id : ids) {
            out.add(tokens.get(id));
        }
        return out;
    }

    /**
     * The index of the latest {@code *StateEntered} event of this state at or before {@code index}, or -1.
     * With {@code withinToken >= 0}, only entries in that token or the tokens it started.
     */
    public int latestEntry(String nodeId, int index, int withinToken) {
        Integer n = ordinalById.get(nodeId);
        if (n == null || enteredOfNode[n] == null) {
            return -1;
        }
        IntArray entered = enteredOfNode[n];
        for (int j = entered.floorIndex(index); j >= 0; j--) {
            int e = entered.get(j);
            if (withinToken < 0 || descendsFrom(tokenOf[e], withinToken)) {
                return e;
            }
        }
        return -1;
    }

    /** How many times the state was entered in the whole history. */
    public int entryCount(String nodeId) {
        Integer n = ordinalById.get(nodeId);
        return n == null || enteredOfNode[n] == null ? 0 : enteredOfNode[n].size();
    }

    /**
     * The indexes of the events of one visit of a state: from its {@code *StateEntered} at {@code entered}
     * through the events of the same token up to the next state entered, and no further than {@code upTo}.
     */
    public int[] visit(int entered, int upTo) {
        int t = tokenOf[entered];
        IntArray of = eventsOfToken.get(t);
        int from = of.floorIndex(entered);
        IntArray out = new IntArray(8);
        for (int j = from; j < of.size(); j++) {
            int e = of.get(j);
            if (e > upTo || (e != entered && EventKind.of(events.get(e).type()) == EventKind.ENTERED)) {
                break;
            }
            out.add(e);
        }
        int[] r = new int[out.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = out.get(i);
        }
        return r;
    }

    /** True when token {@code id} is {@code ancestor} or was started (at any depth) from it. */
    public boolean descendsFrom(int id, int ancestor) {
        int t = id;
        while (t >= 0) {
            if (t == ancestor) {
                return true;
            }
            t = tokens.get(t).parentId();
        }
        return false;
    }

    /** The names of states the history mentions that the definition does not have (a replay on the wrong definition). */
    public Set<String> unknownStates() {
        return Collections.unmodifiableSet(unknownStates);
    }

    /** The node ids of the definition's states, in graph order. */
    public List<String> nodeIds() {
        return List.of(nodeIds);
    }

    /** The picture after the first {@code k} events ({@code 0 <= k <= size()}): 0 is before the execution starts. */
    public ExecutionPicture pictureAt(int k) {
        if (k < 0 || k > events.size()) {
            throw new IndexOutOfBoundsException("event " + k + " of " + events.size());
        }
        if (k == events.size()) {
            return live.picture(k);
        }
        int c = k / CHECKPOINT_EVERY;
        Fold f = checkpoints.get(c).copy();
        for (int i = c * CHECKPOINT_EVERY; i < k; i++) {
            f.apply(i);
        }
        return f.picture(k);
    }

    /**
     * The picture after the first {@code k} events of one token and the tokens it started (one Map
     * iteration, one Parallel branch): the view of a Map opened on one iteration.
     */
    public ExecutionPicture pictureOfToken(int tokenId, int k) {
        Fold f = new Fold(this);
        applyToken(f, tokenId, k);
        return f.picture(k);
    }

    private void applyToken(Fold f, int tokenId, int k) {
        List<Integer> order = new ArrayList<>();
        for (Token t : tokens) {
            if (t.firstEvent() < k && descendsFrom(t.id(), tokenId)) {
                IntArray a = eventsOfToken.get(t.id());
                for (int j = 0; j < a.size() && a.get(j) < k; j++) {
                    order.add(a.get(j));
                }
            }
        }
        Collections.sort(order);
        for (int i : order) {
            f.apply(i);
        }
    }

    // ---- placing each event on its token and state ----

    private void grow(int n) {
        if (n > tokenOf.length) {
            int cap = Math.max(n, tokenOf.length * 2);
            tokenOf = java.util.Arrays.copyOf(tokenOf, cap);
            nodeOf = java.util.Arrays.copyOf(nodeOf, cap);
            stepName = java.util.Arrays.copyOf(stepName, cap);
        }
    }

    private void place(int i, HistoryEvent e) {
        int prev = e.previousEventId() > 0 ? indexOfId(e.previousEventId()) : -1;
        if (prev >= i) {
            prev = -1;
        }
        int tPrev = prev >= 0 ? tokenOf[prev] : 0;
        HistoryEventType type = e.type();
        int token;
        int node;
        switch (EventKind.of(type)) {
            case EXECUTION -> {
                token = 0;
                node = -1;
            }
            case ENTERED -> {
                HistoryEventType prevType = prev >= 0 ? events.get(prev).type() : null;
                if (prevType == HistoryEventType.ParallelStateStarted) {
                    token = newBranch(tPrev, nodeOf[prev], e, i);
                } else {
                    token = tPrev;
                }
                node = resolve(e, token);
                Cursor c = cursors.get(token);
                c.node = node;
                c.name = e.stateName();
                c.type = node >= 0 ? nodes[node].type() : typeOfEntered(type);
                c.open = true;
                if (node >= 0) {
                    if (enteredOfNode[node] == null) {
                        enteredOfNode[node] = new IntArray(4);
                    }
                    enteredOfNode[node].add(i);
                }
            }
            case EXITED -> {
                token = openAncestorNamed(tPrev, e.stateName(), null);
                Cursor c = cursors.get(token);
                node = c.node;
                c.open = false;
            }
            case PARALLEL_STEP -> {
                token = openAncestorNamed(tPrev, null, StateType.PARALLEL);
                node = cursors.get(token).node;
            }
            case MAP_STEP -> {
                token = openAncestorNamed(tPrev, null, StateType.MAP);
                node = cursors.get(token).node;
            }
            case ITERATION -> {
                int mapToken = openAncestorNamed(tPrev, e.stateName(), StateType.MAP);
                node = cursors.get(mapToken).node;
                IterationKey key = new IterationKey(mapToken, node, e.mapIterationIndex());
                if (type == HistoryEventType.MapIterationStarted) {
                    token = newToken(mapToken, TokenKind.ITERATION, node, e.mapIterationIndex(), i);
                    iterationTokens.put(key, token);
                    if (node >= 0) {
                        iterationsOfMap.computeIfAbsent(node, k -> new ArrayList<>()).add(token);
                    }
                } else {
                    Integer it = iterationTokens.get(key);
                    token = it == null ? mapToken : it;
                }
            }
            default -> {
                token = tPrev;
                node = cursors.get(token).node;
            }
        }
        tokenOf[i] = token;
        nodeOf[i] = node;
        String name = e.stateName();
        stepName[i] = token == 0 && EventKind.of(type) == EventKind.EXECUTION ? null : name != null ? name : cursors.get(token).name;
        eventsOfToken.get(token).add(i);
    }

    private static StateType typeOfEntered(HistoryEventType type) {
        String n = type.name();
        for (StateType t : StateType.values()) {
            if (n.equalsIgnoreCase(t.name() + "StateEntered")) {
                return t;
            }
        }
        return null;
    }

    /** The nearest token from {@code t} up whose state is open and has this name (if given) and type (if given). */
    private int openAncestorNamed(int t, String name, StateType type) {
        int x = t;
        while (x >= 0) {
            Cursor c = cursors.get(x);
            if (c.open && (name == null || name.equals(c.name)) && (type == null || type == c.type)) {
                return x;
            }
            x = tokens.get(x).parentId();
        }
        return t;
    }

    private int newToken(int parent, TokenKind kind, int ownerNode, int index, int firstEvent) {
        int id = tokens.size();
        String ownerId = ownerNode >= 0 ? nodeIds[ownerNode] : null;
        String ownerName = parent >= 0 ? cursors.get(parent).name : null;
        tokens.add(new Token(id, parent, kind, ownerId, index, firstEvent, ownerName));
        cursors.add(new Cursor());
        eventsOfToken.add(new IntArray(8));
        return id;
    }

    private int newBranch(int parent, int parallelNode, HistoryEvent first, int i) {
        int branch = -1;
        if (parallelNode >= 0) {
            List<Scope> branches = nodes[parallelNode].children();
            for (int b = 0; b < branches.size() && branch < 0; b++) {
                if (indexInScope(branches.get(b), first) >= 0) {
                    branch = b;
                }
            }
        }
        return newToken(parent, TokenKind.BRANCH, parallelNode, branch, i);
    }

    private int resolve(HistoryEvent e, int token) {
        if (e.statePointer() != null) {
            Integer n = ordinalById.get(e.statePointer().toString());
            if (n != null) {
                return n;
            }
        }
        if (graph == null) {
            return -1;
        }
        Token t = tokens.get(token);
        Scope scope = null;
        if (t.kind() == TokenKind.EXECUTION) {
            scope = graph.root();
        } else if (t.ownerNodeId() != null) {
            List<Scope> children = graph.node(t.ownerNodeId()).children();
            int b = t.kind() == TokenKind.ITERATION ? 0 : t.index();
            scope = b >= 0 && b < children.size() ? children.get(b) : null;
        }
        int n = scope == null ? -1 : indexInScope(scope, e);
        if (n < 0) {
            GraphNode anywhere = graph.nodeNamed(e.stateName());
            n = anywhere == null ? -1 : ordinalById.get(anywhere.id());
        }
        if (n < 0 && e.stateName() != null) {
            unknownStates.add(e.stateName());
        }
        return n;
    }

    private int indexInScope(Scope scope, HistoryEvent e) {
        if (e.statePointer() != null) {
            Integer n = ordinalById.get(e.statePointer().toString());
            if (n != null) {
                return scope.id().equals(nodes[n].scopeId()) ? n : -1;
            }
        }
        Map<String, Integer> byName = ordinalByNameInScope.computeIfAbsent(scope.id(), k -> {
            Map<String, Integer> m = new HashMap<>();
            for (GraphNode gn : scope.nodes()) {
                m.putIfAbsent(gn.name(), ordinalById.get(gn.id()));
            }
            return m;
        });
        Integer n = byName.get(e.stateName());
        return n == null ? -1 : n;
    }

    // ---- what the fold reads ----

    int tokenIndexOf(int index) {
        return tokenOf[index];
    }

    int nodeOrdinalOf(int index) {
        return nodeOf[index];
    }

    int nodeCount() {
        return nodeIds.length;
    }

    String nodeIdAt(int ordinal) {
        return nodeIds[ordinal];
    }

    int previousIndex(int index) {
        HistoryEvent e = events.get(index);
        int p = e.previousEventId() > 0 ? indexOfId(e.previousEventId()) : -1;
        return p >= index ? -1 : p;
    }

    Integer ordinalOf(String nodeId) {
        return ordinalById.get(nodeId);
    }
}

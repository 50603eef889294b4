package stepwise.engine.replay;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import stepwise.engine.ExecutionStatus;
import stepwise.engine.HistoryEvent;

/**
 * What an execution looks like after its first {@code k} events: each state's status, where the
 * tokens are and the data they carry, how far each Map has gone, and which token just moved. Immutable;
 * two pictures of the same replay at the same {@code k} are equal however they were reached.
 */
public final class ExecutionPicture {
    private final Replay replay;
    private final int position;
    private final HistoryEvent event;
    private final ExecutionStatus execution;
    private final byte[] status;
    private final List<TokenPosition> tokens;
    private final Map<String, MapProgress> maps;
    private final TokenPosition moved;

    ExecutionPicture(Replay replay, int position, HistoryEvent event, ExecutionStatus execution, byte[] status,
                     List<TokenPosition> tokens, Map<String, MapProgress> maps, TokenPosition moved) {
        this.replay = replay;
        this.position = position;
        this.event = event;
        this.execution = execution;
        this.status = status;
        this.tokens = tokens;
        this.maps = maps;
        this.moved = moved;
    }

    /** {@code k}: how many events are applied (0 before the execution starts). */
    public int position() {
        return position;
    }

    /** Event {@code k} (the latest applied), or null at 0. */
    public HistoryEvent event() {
        return event;
    }

    /** The execution's status at {@code k}, or null before it started. */
    public ExecutionStatus executionStatus() {
        return execution;
    }

    /** The status of the state with this node id (NOT_RUN for states never entered or unknown ids). */
    public StateStatus statusOf(String nodeId) {
        Integer n = replay.ordinalOf(nodeId);
        return n == null ? StateStatus.NOT_RUN : StateStatus.of(status[n]);
    }

    /** Every state's status, by node id, in graph order. */
    public Map<String, StateStatus> statuses() {
        Map<String, StateStatus> out = new LinkedHashMap<>();
        for (int i = 0; i < status.length; i++) {
            out.put(replay.nodeIdAt(i), StateStatus.of(status[i]));
        }
        return out;
    }

    /**
     * The tokens alive at {@code k}, the execution's first (its {@code nodeId} is null before the first
     * state), then branches and iterations in order of start.
     */
    public List<TokenPosition> tokens() {
        return tokens;
    }

    /** The token that entered a state at event {@code k} (the move to animate), or null. */
    public TokenPosition moved() {
        return moved;
    }

    /** The progress of the Map state with this node id (its latest run), or null when it has not started. */
    public MapProgress mapProgress(String nodeId) {
        return maps.get(nodeId);
    }

    /** Every Map's progress, by node id. */
    public Map<String, MapProgress> maps() {
        return maps;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExecutionPicture p && p.replay == replay && p.position == position && p.execution == execution
                && Arrays.equals(p.status, status) && p.tokens.equals(tokens) && p.maps.equals(maps) && Objects.equals(p.moved, moved);
    }

    @Override
    public int hashCode() {
        return position * 31 + Arrays.hashCode(status);
    }

    @Override
    public String toString() {
        return "picture at " + position + " (" + execution + ", " + tokens.size() + " tokens)";
    }
}

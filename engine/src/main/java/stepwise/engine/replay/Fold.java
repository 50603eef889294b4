package stepwise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import stepwise.engine.ExecutionStatus;
import stepwise.engine.HistoryEvent;
import stepwise.engine.HistoryEventType;

/**
 * The picture being built, one event at a time: each state's status, the live tokens and what they
 * carry, the Maps' progress. {@link #copy()} makes a checkpoint; {@link #picture(int)} an immutable view.
 */
final class Fold {
    private static final byte RUNNING = (byte) StateStatus.RUNNING.ordinal();

    private final Replay replay;
    private final byte[] status;
    private final TreeMap<Integer, Mark> tokens;
    private final Map<Integer, MapProgress> maps;
    private ExecutionStatus execution;
    private int moved = -1;

    /** A live token: where it is, what it carries, its latest failed attempt. */
    private static final class Mark implements Cloneable {
        int node = -1;
        int from = -1;
        boolean left;
        JsonNode data;
        String error;
        String cause;

        Mark copy() {
            try {
                return (Mark) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    Fold(Replay replay) {
        this.replay = replay;
        this.status = new byte[replay.nodeCount()];
        this.tokens = new TreeMap<>();
        this.maps = new HashMap<>();
    }

    private Fold(Fold other) {
        this.replay = other.replay;
        this.status = other.status.clone();
        this.tokens = new TreeMap<>();
        for (Map.Entry<Integer, Mark> e : other.tokens.entrySet()) {
            tokens.put(e.getKey(), e.getValue().copy());
        }
        this.maps = new HashMap<>(other.maps);
        this.execution = other.execution;
        this.moved = other.moved;
    }

    Fold copy() {
        return new Fold(this);
    }

    void apply(int i) {
        HistoryEvent e = replay.event(i);
        int t = replay.tokenIndexOf(i);
        int v = replay.nodeOrdinalOf(i);
        HistoryEventType type = e.type();
        moved = -1;
        switch (EventKind.of(type)) {
            case EXECUTION -> execution(e, i);
            case ENTERED -> {
                Mark m = mark(t);
                m.from = m.node;
                m.node = v;
                m.left = false;
                m.data = e.input();
                m.error = null;
                m.cause = null;
                moved = t;
                set(v, type == HistoryEventType.FailStateEntered ? StateStatus.FAILED : StateStatus.RUNNING);
            }
            case EXITED -> {
                Mark m = mark(t);
                set(v, m.error != null ? StateStatus.CAUGHT : StateStatus.SUCCEEDED);
                m.left = true;
                m.data = e.output();
            }
            case STATE_ABORTED -> {
                set(v, StateStatus.ABORTED);
                endDescendants(t, StateStatus.ABORTED, false);
            }
            case ATTEMPT_SCHEDULED -> {
                Mark m = mark(t);
                m.error = null;
                m.cause = null;
            }
            case ATTEMPT_FAILED -> {
                Mark m = mark(t);
                m.error = e.error();
                m.cause = e.cause();
            }
            case PARALLEL_STEP, MAP_STEP -> containerStep(e, t, v);
            case ITERATION -> iteration(e, t, v);
            default -> {
            }
        }
    }

    private void execution(HistoryEvent e, int i) {
        switch (e.type()) {
            case ExecutionStarted, ExecutionRedriven -> {
                execution = ExecutionStatus.RUNNING;
                Mark root = mark(0);
                if (e.type() == HistoryEventType.ExecutionStarted) {
                    root.data = e.input();
                }
            }
            case ExecutionSucceeded -> {
                execution = ExecutionStatus.SUCCEEDED;
                Mark root = mark(0);
                root.data = e.output();
                root.left = true;
                endDescendants(0, StateStatus.ABORTED, false);
            }
            case ExecutionAborted -> {
                execution = ExecutionStatus.ABORTED;
                endAll(-1, StateStatus.ABORTED);
            }
            default -> {
                execution = e.type() == HistoryEventType.ExecutionTimedOut ? ExecutionStatus.TIMED_OUT : ExecutionStatus.FAILED;
                int p = replay.previousIndex(i);
                endAll(p >= 0 ? replay.tokenIndexOf(p) : 0, StateStatus.FAILED);
                Mark root = mark(0);
                root.error = e.error();
                root.cause = e.cause();
            }
        }
    }

    private void containerStep(HistoryEvent e, int t, int v) {
        switch (e.type()) {
            case MapStateStarted -> {
                int length = e.details() instanceof stepwise.engine.EventDetails.MapStateStartedEventDetails d ? d.length() : -1;
                if (v >= 0) {
                    maps.put(v, new MapProgress(length, 0, 0, 0, 0));
                }
            }
            case ParallelStateSucceeded, MapStateSucceeded, MapRunSucceeded -> endDescendants(t, StateStatus.ABORTED, false);
            case ParallelStateFailed, MapStateFailed, MapRunFailed -> {
                Mark m = mark(t);
                String[] failure = endDescendants(t, StateStatus.ABORTED, true);
                if (m.error == null) {
                    m.error = e.error() != null ? e.error() : failure != null ? failure[0] : "States.BranchFailed";
                    m.cause = e.cause() != null ? e.cause() : failure != null ? failure[1] : null;
                }
            }
            case ParallelStateAborted, MapStateAborted, MapRunAborted -> {
                set(v, StateStatus.ABORTED);
                endDescendants(t, StateStatus.ABORTED, false);
            }
            default -> {
            }
        }
    }

    private void iteration(HistoryEvent e, int t, int v) {
        MapProgress p = v >= 0 ? maps.getOrDefault(v, MapProgress.UNKNOWN) : null;
        switch (e.type()) {
            case MapIterationStarted -> {
                mark(t);
                p = p == null ? null : p.withStarted();
            }
            case MapIterationSucceeded -> {
                p = p == null ? null : p.withSucceeded();
                endToken(t, StateStatus.ABORTED, false);
            }
            case MapIterationFailed -> {
                p = p == null ? null : p.withFailed();
                endToken(t, StateStatus.ABORTED, true);
            }
            default -> {
                p = p == null ? null : p.withAborted();
                endToken(t, StateStatus.ABORTED, false);
            }
        }
        if (p != null) {
            maps.put(v, p);
        }
    }

    /**
     * Ends token {@code t} and the tokens it started: their running states become {@code otherwise}, or
     * FAILED where a failed attempt is pending and {@code failuresFail}. Answers the first pending failure.
     */
    private String[] endToken(int t, StateStatus otherwise, boolean failuresFail) {
        String[] failure = endDescendants(t, otherwise, failuresFail);
        Mark m = tokens.remove(t);
        if (m != null) {
            String[] own = settle(m, otherwise, failuresFail);
            return failure != null ? failure : own;
        }
        return failure;
    }

    private String[] endDescendants(int t, StateStatus otherwise, boolean failuresFail) {
        String[] failure = null;
        Iterator<Map.Entry<Integer, Mark>> it = tokens.tailMap(t, false).entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, Mark> e = it.next();
            if (replay.descendsFrom(e.getKey(), t)) {
                String[] f = settle(e.getValue(), otherwise, failuresFail);
                if (failure == null) {
                    failure = f;
                }
                it.remove();
            }
        }
        return failure;
    }

    /** The execution ended: every running state ends, FAILED in the token that failed (or with a pending failure). */
    private void endAll(int failingToken, StateStatus otherwise) {
        for (Map.Entry<Integer, Mark> e : tokens.entrySet()) {
            Mark m = e.getValue();
            boolean fails = otherwise == StateStatus.FAILED && (e.getKey() == failingToken || m.error != null);
            if (m.node >= 0 && status[m.node] == RUNNING) {
                set(m.node, fails ? StateStatus.FAILED : StateStatus.ABORTED);
            }
        }
        tokens.keySet().removeIf(k -> k != 0);
    }

    private String[] settle(Mark m, StateStatus otherwise, boolean failuresFail) {
        if (m.node >= 0 && status[m.node] == RUNNING && !m.left) {
            boolean fails = failuresFail && m.error != null;
            set(m.node, fails ? StateStatus.FAILED : otherwise);
        }
        return m.error != null ? new String[] {m.error, m.cause} : null;
    }

    private Mark mark(int t) {
        return tokens.computeIfAbsent(t, k -> new Mark());
    }

    private void set(int node, StateStatus s) {
        if (node >= 0) {
            status[node] = (byte) s.ordinal();
        }
    }

    ExecutionPicture picture(int k) {
        List<TokenPosition> positions = new ArrayList<>(tokens.size());
        TokenPosition movedPosition = null;
        for (Map.Entry<Integer, Mark> e : tokens.entrySet()) {
            Mark m = e.getValue();
            if (m.node < 0 && e.getKey() != 0) {
                continue;
            }
            TokenPosition p = new TokenPosition(e.getKey(), m.node < 0 ? null : replay.nodeIdAt(m.node),
                    m.from < 0 ? null : replay.nodeIdAt(m.from), e.getKey() == moved, m.left, m.data, m.error, m.cause);
            positions.add(p);
            if (e.getKey() == moved) {
                movedPosition = p;
            }
        }
        Map<String, MapProgress> progress = new HashMap<>();
        for (Map.Entry<Integer, MapProgress> e : maps.entrySet()) {
            progress.put(replay.nodeIdAt(e.getKey()), e.getValue());
        }
        return new ExecutionPicture(replay, k, k == 0 ? null : replay.event(k - 1), execution, status.clone(), List.copyOf(positions),
                Map.copyOf(progress), movedPosition);
    }
}

package stepwise.engine.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import stepwise.engine.HistoryEvent;
import stepwise.engine.HistoryEventType;
import stepwise.model.asl.StateType;

/**
 * The states of an execution over time, one bar per visit of a state (the Gantt chart): when it was
 * entered and left, how it ended, and inside it the task's attempts, the backoff between them, and waits.
 * Times are epoch milliseconds of the execution's own clock (virtual or real).
 */
public final class Timeline {
    /** What a stretch of a bar was spent on. */
    public enum SegmentKind { ATTEMPT, FAILED_ATTEMPT, BACKOFF, WAIT }

    /** A stretch of time inside a bar. */
    public record Segment(SegmentKind kind, long startMs, long endMs) {
    }

    /**
     * One visit of a state.
     *
     * @param nodeId       the state's node id (null when not in the definition)
     * @param stateName    its name
     * @param type         its type, from the event (null when unknown)
     * @param tokenId      the token of the visit
     * @param enteredIndex the index of its {@code *StateEntered} event
     * @param lastIndex    the index of its last event so far
     * @param startMs      when it was entered
     * @param endMs        when it was left (or its last event so far)
     * @param outcome      how it ended: SUCCEEDED, CAUGHT, FAILED, ABORTED, or RUNNING while it has not
     * @param segments     attempts, backoffs and waits inside it
     */
    public record Bar(String nodeId, String stateName, StateType type, int tokenId, int enteredIndex, int lastIndex, long startMs,
                      long endMs, StateStatus outcome, List<Segment> segments) {
    }

    private final List<Bar> bars;
    private final long startMs;
    private final long endMs;

    private Timeline(List<Bar> bars, long startMs, long endMs) {
        this.bars = List.copyOf(bars);
        this.startMs = startMs;
        this.endMs = endMs;
    }

    /** Every visit in order of entry. */
    public List<Bar> bars() {
        return bars;
    }

    /** When the execution started. */
    public long startMs() {
        return startMs;
    }

    /** The time of the last event. */
    public long endMs() {
        return endMs;
    }

    /** The timeline of the whole replay. */
    public static Timeline of(Replay replay) {
        int n = replay.size();
        if (n == 0) {
            return new Timeline(List.of(), 0, 0);
        }
        List<Builder> open = new ArrayList<>();
        Map<Integer, Builder> byToken = new HashMap<>();
        for (int i = 0; i < n; i++) {
            HistoryEvent e = replay.event(i);
            int t = replay.tokenOf(i).id();
            EventKind kind = EventKind.of(e.type());
            if (kind == EventKind.ENTERED) {
                Builder previous = byToken.get(t);
                if (previous != null) {
                    previous.close(e.epochMillis(), i);
                }
                Builder b = new Builder(replay.nodeIdOf(i), e.stateName(), typeOf(e.type()), t, i, e.epochMillis());
                if (e.type() == HistoryEventType.FailStateEntered) {
                    b.outcome = StateStatus.FAILED;
                    b.ended = true;
                }
                if (e.type() == HistoryEventType.WaitStateEntered) {
                    b.waitStart = e.epochMillis();
                }
                open.add(b);
                byToken.put(t, b);
                continue;
            }
            Builder b = byToken.get(t);
            if (kind == EventKind.EXECUTION && e.type() != HistoryEventType.ExecutionStarted) {
                for (Builder x : byToken.values()) {
                    if (!x.ended) {
                        x.last = i;
                        x.end = e.epochMillis();
                        x.ended = true;
                        x.outcome = e.type() == HistoryEventType.ExecutionSucceeded ? StateStatus.SUCCEEDED
                                : e.type() == HistoryEventType.ExecutionAborted || x.tokenId != replay.tokenOf(Math.max(0, i - 1)).id()
                                        ? StateStatus.ABORTED : StateStatus.FAILED;
                    }
                }
                continue;
            }
            if (b == null) {
                if (kind == EventKind.ITERATION) {
                    Builder owner = byToken.get(replay.tokenOf(i).parentId());
                    if (owner != null) {
                        owner.touch(i, e.epochMillis());
                    }
                }
                continue;
            }
            b.touch(i, e.epochMillis());
            switch (kind) {
                case ATTEMPT_SCHEDULED -> {
                    if (b.failedAt >= 0) {
                        b.segments.add(new Segment(SegmentKind.BACKOFF, b.failedAt, e.epochMillis()));
                        b.failedAt = -1;
                    }
                    b.attemptStart = e.epochMillis();
                }
                case ATTEMPT_FAILED -> {
                    if (b.attemptStart >= 0) {
                        b.segments.add(new Segment(SegmentKind.FAILED_ATTEMPT, b.attemptStart, e.epochMillis()));
                        b.attemptStart = -1;
                    }
                    b.failedAt = e.epochMillis();
                    b.failed = true;
                }
                case EXITED -> {
                    b.closeSegments(e.epochMillis());
                    b.ended = true;
                    b.outcome = b.failed ? StateStatus.CAUGHT : StateStatus.SUCCEEDED;
                }
                case STATE_ABORTED -> {
                    b.closeSegments(e.epochMillis());
                    b.ended = true;
                    b.outcome = StateStatus.ABORTED;
                }
                case PARALLEL_STEP, MAP_STEP -> {
                    if (e.type().name().endsWith("Failed")) {
                        b.failed = true;
                    }
                }
                default -> {
                    if (e.type() == HistoryEventType.TaskSucceeded || e.type() == HistoryEventType.LambdaFunctionSucceeded
                            || e.type() == HistoryEventType.ActivitySucceeded) {
                        if (b.attemptStart >= 0) {
                            b.segments.add(new Segment(SegmentKind.ATTEMPT, b.attemptStart, e.epochMillis()));
                            b.attemptStart = -1;
                        }
                    }
                }
            }
            if (kind == EventKind.ITERATION && e.type() != HistoryEventType.MapIterationStarted) {
                b.closeSegments(e.epochMillis());
                b.ended = true;
                b.outcome = e.type() == HistoryEventType.MapIterationSucceeded ? StateStatus.SUCCEEDED
                        : e.type() == HistoryEventType.MapIterationFailed ? StateStatus.FAILED : StateStatus.ABORTED;
            }
        }
        List<Bar> bars = new ArrayList<>(open.size());
        for (Builder b : open) {
            bars.add(b.build());
        }
        return new Timeline(bars, replay.event(0).epochMillis(), replay.event(n - 1).epochMillis());
    }

    private static StateType typeOf(HistoryEventType t) {
        String n = t.name();
        for (StateType s : StateType.values()) {
            if (n.regionMatches(true, 0, s.name(), 0, s.name().length()) && n.length() == s.name().length() + "StateEntered".length()) {
                return s;
            }
        }
        return null;
    }

    private static final class Builder {
        final String nodeId;
        final String name;
        final StateType type;
        final int tokenId;
        final int entered;
        final long start;
        int last;
        long end;
        boolean ended;
        boolean failed;
        StateStatus outcome = StateStatus.RUNNING;
        long attemptStart = -1;
        long failedAt = -1;
        long waitStart = -1;
        final List<Segment> segments = new ArrayList<>(0);

        Builder(String nodeId, String name, StateType type, int tokenId, int entered, long start) {
            this.nodeId = nodeId;
            this.name = name;
            this.type = type;
            this.tokenId = tokenId;
            this.entered = entered;
            this.start = start;
            this.last = entered;
            this.end = start;
        }

        void touch(int i, long ms) {
            if (!ended) {
                last = i;
                end = ms;
            }
        }

        void close(long ms, int i) {
            if (!ended) {
                closeSegments(ms);
                ended = true;
                outcome = failed ? StateStatus.CAUGHT : StateStatus.SUCCEEDED;
            }
        }

        void closeSegments(long ms) {
            if (attemptStart >= 0) {
                segments.add(new Segment(SegmentKind.ATTEMPT, attemptStart, ms));
                attemptStart = -1;
            }
            if (waitStart >= 0) {
                segments.add(new Segment(SegmentKind.WAIT, waitStart, ms));
                waitStart = -1;
            }
            end = Math.max(end, ms);
        }

        Bar build() {
            List<Segment> segs = new ArrayList<>(segments);
            if (!ended && waitStart >= 0) {
                segs.add(new Segment(SegmentKind.WAIT, waitStart, end));
            }
            return new Bar(nodeId, name, type, tokenId, entered, last, start, end, outcome, segs.isEmpty() ? List.of() : List.copyOf(segs));
        }
    }
}

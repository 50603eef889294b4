package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import stepwise.engine.EventDetails;
import stepwise.engine.HistoryEventType;
import stepwise.engine.TestStateRequest;
import stepwise.engine.data.StateFailure;
import stepwise.engine.data.Json;

/** A Parallel state: every branch runs on the same input; the result is the array of their outputs. */
final class ParallelProgram extends ExecutionStateProgram {
    final List<MachineProgram> branches;

    ParallelProgram(StateHeader h, DataFlow flow, Assignment assign, List<Retrier> retriers, List<Catcher> catchers,
                    List<MachineProgram> branches) {
        super(h, flow, assign, retriers, catchers);
        this.branches = List.copyOf(branches);
    }

    /** Per-entry data: the branches of the current attempt. */
    static final class ParallelEntry extends Attempts {
        Branches current;

        ParallelEntry(JsonNode effective, int retriers) {
            super(effective, retriers);
        }
    }

    @Override
    Attempts newAttempts(JsonNode effective) {
        return new ParallelEntry(effective, retriers.size());
    }

    @Override
    void attempt(Fiber f, Attempts a) {
        JsonNode input = flow.parameters(f, a.effective);
        if (f.tested() && f.run.test().mock() != null) {
            TestStateRequest.Mock mock = f.run.test().mock();
            if (mock.isError()) {
                throw new StateFailure(mock.error(), mock.cause());
            }
            succeeded(f, mock.result());
            return;
        }
        long started = f.emitOrSkip(HistoryEventType.ParallelStateStarted, EventDetails.NoDetails.INSTANCE);
        if (f.run.over()) {
            return;
        }
        Branches b = new Branches(f, branches.size());
        ((ParallelEntry) a).current = b;
        f.block();
        for (int i = 0; i < branches.size(); i++) {
            Fiber child = new Fiber(f.run, b, i, f.vars.child(), branches.get(i).start, input, started, f.silent);
            b.children[i] = child;
            f.run.ready(child);
        }
        if (branches.isEmpty()) {
            b.complete();
        }
    }

    @Override
    void stateFailed(Fiber f) {
        f.emitOrSkip(HistoryEventType.ParallelStateFailed, EventDetails.NoDetails.INSTANCE);
    }

    /** The running branches of one attempt. */
    final class Branches implements FiberOwner {
        final Fiber parent;
        final Fiber[] children;
        final JsonNode[] results;
        int remaining;
        boolean over;

        Branches(Fiber parent, int n) {
            this.parent = parent;
            this.children = new Fiber[n];
            this.results = new JsonNode[n];
            this.remaining = n;
        }

        @Override
        public void fiberSucceeded(Fiber child, JsonNode output) {
            if (over) {
                return;
            }
            results[child.index] = output;
            if (--remaining == 0) {
                complete();
            }
        }

        void complete() {
            over = true;
            ArrayNode array = Json.array(results.length);
            for (JsonNode r : results) {
                array.add(r);
            }
            parent.run.resume(parent, () -> {
                parent.lastEventId = Math.max(parent.lastEventId, parent.run.lastEventId());
                parent.emitOrSkip(HistoryEventType.ParallelStateSucceeded, EventDetails.NoDetails.INSTANCE);
                if (!parent.run.over()) {
                    succeeded(parent, array);
                }
            });
        }

        @Override
        public void fiberFailed(Fiber child, String error, String cause) {
            if (over) {
                return;
            }
            over = true;
            abortChildren(false);
            parent.run.resume(parent, () -> handle(parent, error, cause));
        }

        @Override
        public void abortChildren(boolean emitEvents) {
            over = true;
            for (Fiber c : children) {
                if (c != null && c.live()) {
                    parent.run.abortFiber(c, emitEvents);
                }
            }
        }
    }
}

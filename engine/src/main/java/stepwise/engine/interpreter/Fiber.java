package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.random.RandomGenerator;
import stepwise.engine.EventDetails;
import stepwise.engine.HistoryEventType;
import stepwise.engine.data.Json;
import stepwise.engine.jsonata.JsonataScope;

/**
 * One flow of control: the execution's main flow, a Parallel branch or a Map iteration. It runs one
 * state at a time; a state that must wait (a Wait, a task in flight, branches running) blocks the fiber
 * and registers how to resume it. Fibers are only touched by the execution's thread.
 */
final class Fiber implements JsonataScope {
    final Run run;
    final FiberOwner owner;
    final int index;
    final VariableScope vars;
    /** True for the iterations of a distributed Map, whose events belong to child executions. */
    final boolean silent;

    StateProgram state;
    JsonNode input;
    long lastEventId;

    long enteredEventId;
    long enteredAt;
    int retryCount;
    /** What the running state keeps between its steps (a task attempt, branches...). */
    Object stateData;
    /** $states.result and $states.errorOutput while JSONata fields of the state are evaluated. */
    JsonNode statesResult;
    JsonNode statesErrorOutput;
    String taskToken;
    int mapItemIndex = -1;
    JsonNode mapItemValue;
    private JsonNode context;

    Runnable resume;
    boolean blocked;
    boolean done;
    boolean cancelled;
    boolean started;

    Fiber(Run run, FiberOwner owner, int index, VariableScope vars, StateProgram start, JsonNode input, long lastEventId,
          boolean silent) {
        this.run = run;
        this.owner = owner;
        this.index = index;
        this.vars = vars;
        this.state = start;
        this.input = input;
        this.lastEventId = lastEventId;
        this.silent = silent;
    }

    boolean live() {
        return !done && !cancelled;
    }

    // ---- events ----

    /** True when events are being built (a history is kept or someone listens). */
    boolean observed() {
        return !silent && run.observed();
    }

    long emit(HistoryEventType type, EventDetails details) {
        if (silent) {
            return 0;
        }
        long id = run.emit(type, details, lastEventId, state == null ? null : state.pointer);
        lastEventId = id;
        return id;
    }

    /** True for the state under test of a TestState run (not for the flows it starts). */
    boolean tested() {
        return owner == null && run.test() != null;
    }

    /** Shows {@code value} as {@code key} of a TestState run's inspection data. */
    void inspect(String key, JsonNode value) {
        if (tested()) {
            run.test().inspect(key, value);
        }
    }

    /** Records an event when someone observes, otherwise only counts it; returns its id. */
    long emitOrSkip(HistoryEventType type, EventDetails details) {
        if (observed()) {
            return emit(type, details);
        }
        return silent ? 0 : run.skipEvent(this);
    }

    // ---- state lifecycle ----

    /** Enters {@code s} with the current input: the Entered event and the Context object's State data. */
    void beginState(StateProgram s) {
        state = s;
        run.countTransition();
        enteredAt = run.now();
        retryCount = 0;
        stateData = null;
        statesResult = null;
        statesErrorOutput = null;
        taskToken = null;
        context = null;
        inspect("input", input);
        if (observed()) {
            enteredEventId = emit(s.entered, new EventDetails.StateEnteredEventDetails(s.name, input));
        } else {
            enteredEventId = silent ? 0 : run.skipEvent(this);
        }
    }

    /** Leaves the current state with {@code output} and goes to {@code next} (null: the flow ends). */
    void exitState(JsonNode output, Map<String, JsonNode> assigned, StateProgram next) {
        StateProgram s = state;
        for (Map.Entry<String, JsonNode> e : assigned.entrySet()) {
            vars.set(e.getKey(), e.getValue());
        }
        if (tested()) {
            StateTest test = run.test();
            test.left(next == null ? null : next.name);
            Map<String, JsonNode> visible = vars.visible();
            if (!visible.isEmpty()) {
                ObjectNode variables = Json.object(visible.size());
                visible.forEach(variables::set);
                test.inspect("variables", variables);
            }
            finish(output);
            return;
        }
        if (s.exited != null) {
            if (observed()) {
                emit(s.exited, new EventDetails.StateExitedEventDetails(s.name, output, assigned));
            } else if (!silent) {
                run.skipEvent(this);
            }
        }
        stateData = null;
        if (run.over()) {
            return;
        }
        if (next == null) {
            finish(output);
        } else {
            state = next;
            input = output;
        }
    }

    /** The flow ended with {@code output}. */
    void finish(JsonNode output) {
        done = true;
        run.fiberFinished(this, output);
    }

    /** The flow failed with {@code error} and {@code cause}. */
    void fail(String error, String cause) {
        done = true;
        run.fiberFailed(this, error, cause);
    }

    /** Waits until something resumes the fiber with {@link Run#resume}. */
    void block() {
        blocked = true;
    }

    void retried() {
        retryCount++;
        context = null;
    }

    // ---- what expressions see ----

    @Override
    public JsonNode contextObject() {
        if (run.test() != null && run.test().request.context() != null) {
            return run.test().request.context();
        }
        JsonNode c = context;
        if (c == null) {
            ObjectNode root = Json.object(5);
            root.set("Execution", run.executionContext());
            ObjectNode st = Json.object(3);
            if (state != null) {
                st.put("EnteredTime", Run.isoTime(enteredAt));
                st.put("Name", state.name);
                if (state.hasRetryCount) {
                    st.put("RetryCount", retryCount);
                }
            }
            root.set("State", st);
            root.set("StateMachine", run.stateMachineContext());
            if (taskToken != null) {
                ObjectNode task = Json.object(1);
                task.put("Token", taskToken);
                root.set("Task", task);
            }
            if (mapItemIndex >= 0) {
                ObjectNode item = Json.object(2);
                item.put("Index", mapItemIndex);
                item.set("Value", mapItemValue);
                ObjectNode map = Json.object(1);
                map.set("Item", item);
                root.set("Map", map);
            }
            context = root;
            c = root;
        }
        return c;
    }

    /** Forgets the cached Context object (the map item or task token changed). */
    void contextChanged() {
        context = null;
    }

    @Override
    public JsonNode variable(String name) {
        return vars.get(name);
    }

    @Override
    public RandomGenerator random() {
        return run.random();
    }

    @Override
    public JsonNode statesInput() {
        return input;
    }

    @Override
    public JsonNode statesResult() {
        return statesResult;
    }

    @Override
    public JsonNode statesErrorOutput() {
        return statesErrorOutput;
    }

    @Override
    public Duration evaluationTimeout() {
        return run.limits().expressionTimeout();
    }

    @Override
    public int evaluationDepth() {
        return run.limits().expressionDepth();
    }

    @Override
    public String toString() {
        return "fiber " + index + " at " + (state == null ? "-" : state.name);
    }
}

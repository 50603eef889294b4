package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.TaskHandler;
import stepwise.engine.TaskResult;
import stepwise.engine.TestStateRequest;
import stepwise.engine.TestStateRequest.InspectionLevel;
import stepwise.engine.TestStateResult;
import stepwise.engine.data.Json;
import stepwise.model.AslDocument;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;

/**
 * The TestState API: runs one state of a definition on its own, as an execution of one state that
 * stops when the state is left. A mocked result stands for the work of a Task, Map or Parallel state;
 * a retrier that would retry ends the test as RETRIABLE, a catcher as CAUGHT_ERROR.
 */
public final class StateTest {
    /** The name AWS gives a state tested on its own, without a state machine around it. */
    static final String STANDALONE_NAME = "StateName";

    final TestStateRequest request;
    final ObjectNode inspection;
    TestStateResult.Status status;
    String nextState;
    String error;
    String cause;
    JsonNode output;

    private StateTest(TestStateRequest request) {
        this.request = request;
        this.inspection = request.level() == InspectionLevel.INFO ? null : Json.object();
    }

    /**
     * Runs the request.
     * @throws InvalidDefinitionException when the definition cannot run
     */
    public static TestStateResult run(TestStateRequest request, ExecutionOptions options) throws InvalidDefinitionException,
            InterruptedException {
        StateProgram state = compile(request);
        StateTest test = new StateTest(request);
        MachineProgram machine = new MachineProgram(state.pointer, state, Map.of(state.name, state));
        Program program = new Program(machine, null, request.variables());
        Drivers.CallerThread caller = new Drivers.CallerThread();
        Run run = new Run(program, request.input(), options.withRecordHistory(false), test.tasks(), caller, true, test);
        run.start();
        caller.drain(() -> run.status().isFinal());
        if (test.status == TestStateResult.Status.CAUGHT_ERROR) {
            test.output = run.output();
        } else if (test.status == null) {
            switch (run.status()) {
                case SUCCEEDED -> {
                    test.status = TestStateResult.Status.SUCCEEDED;
                    test.output = run.output();
                }
                default -> {
                    test.status = TestStateResult.Status.FAILED;
                    test.error = run.error();
                    test.cause = run.cause();
                }
            }
        }
        return new TestStateResult(test.status, test.output, test.error, test.cause, test.nextState,
                test.inspection == null ? Json.object() : test.inspection);
    }

    private static StateProgram compile(TestStateRequest request) throws InvalidDefinitionException {
        JsonNode def = request.definition();
        if (def.has("States")) {
            if (request.stateName() == null) {
                throw new InvalidDefinitionException(java.util.List.of(new InvalidDefinitionException.Problem("",
                        "a state machine definition needs the name of the state to test")));
            }
            AslDocument doc = AslDocument.of(Json.write(def));
            StateMachine machine = doc.machine();
            Program program = Compiler.compile(machine);
            StateProgram s = find(program.root(), request.stateName());
            if (s == null) {
                throw new InvalidDefinitionException(java.util.List.of(new InvalidDefinitionException.Problem("/States",
                        "the state machine has no state named '" + request.stateName() + "'")));
            }
            return s;
        }
        ObjectNode wrapper = Json.object();
        wrapper.put("StartAt", STANDALONE_NAME);
        ObjectNode states = Json.object();
        states.set(STANDALONE_NAME, def);
        wrapper.set("States", states);
        StateMachine machine = AslDocument.of(Json.write(wrapper)).machine();
        State state = machine.states().isEmpty() ? null : machine.states().get(0);
        if (state == null) {
            throw new InvalidDefinitionException(java.util.List.of(new InvalidDefinitionException.Problem("",
                    "a state is an object with a \"Type\" of Task, Choice, Parallel, Map, Wait, Pass, Succeed or Fail")));
        }
        return Compiler.compileState(state, state.queryLanguage() == QueryLanguage.JSONATA);
    }

    /** The state named {@code name} in {@code machine} or in the branches and item processors nested in it. */
    private static StateProgram find(MachineProgram machine, String name) {
        StateProgram s = machine.states.get(name);
        if (s != null) {
            return s;
        }
        for (StateProgram p : machine.states.values()) {
            java.util.List<MachineProgram> nested = p instanceof ParallelProgram par ? par.branches
                    : p instanceof MapProgram map && map.processor != null ? java.util.List.of(map.processor) : java.util.List.of();
            for (MachineProgram m : nested) {
                StateProgram found = find(m, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private TaskHandler tasks() {
        TestStateRequest.Mock mock = request.mock();
        if (mock == null) {
            return TaskHandler.none();
        }
        return r -> mock.isError() ? TaskResult.failure(mock.error(), mock.cause()) : TaskResult.success(mock.result());
    }

    // ---- what the interpreter tells the test ----

    void inspect(String key, JsonNode value) {
        if (inspection != null && value != null) {
            inspection.set(key, value);
        }
    }

    void inspectNumber(String key, double value) {
        if (inspection != null) {
            inspection.set(key, value == Math.rint(value) && !key.equals("toleratedFailurePercentage") ? Json.number((long) value)
                    : Json.FACTORY.numberNode(value));
        }
    }

    void errorDetail(String key, long value) {
        if (inspection != null) {
            ObjectNode details = inspection.has("errorDetails") ? (ObjectNode) inspection.get("errorDetails") : Json.object();
            details.set(key, Json.number(value));
            inspection.set("errorDetails", details);
        }
    }

    void left(String next) {
        nextState = next;
    }

    void caught(String err, String why) {
        status = TestStateResult.Status.CAUGHT_ERROR;
        error = err;
        cause = why;
    }

    void retriable(String err, String why) {
        status = TestStateResult.Status.RETRIABLE;
        error = err;
        cause = why;
    }

    void finishedCaught(JsonNode out) {
        output = out;
    }

    /** The mocked outcome of a Map's or Parallel's work, or null. */
    TestStateRequest.Mock mock() {
        return request.mock();
    }

    TestStateRequest.Configuration configuration() {
        return request.configuration();
    }
}

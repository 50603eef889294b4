package stepwise.engine.interpreter;

import java.util.Map;
import stepwise.model.json.JsonPointer;

/** A compiled state machine: the workflow, a Parallel branch or a Map's item processor. */
final class MachineProgram {
    final JsonPointer pointer;
    final StateProgram start;
    final Map<String, StateProgram> states;

    MachineProgram(JsonPointer pointer, StateProgram start, Map<String, StateProgram> states) {
        this.pointer = pointer;
        this.start = start;
        this.states = Map.copyOf(states);
    }
}

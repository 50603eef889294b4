package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;

/** A Succeed state: ends its flow successfully with its (filtered) input. */
final class SucceedProgram extends StateProgram {
    SucceedProgram(StateHeader h, DataFlow flow, Assignment assign) {
        super(h, flow, assign);
    }

    @Override
    void execute(Fiber f) {
        JsonNode effective = flow.input(f, f.input);
        leave(f, effective, assign(f, effective), null);
    }
}

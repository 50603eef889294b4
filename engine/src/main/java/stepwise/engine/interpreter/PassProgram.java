package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A Pass state: its result is {@code Result}, {@code Parameters} or its input. */
final class PassProgram extends StateProgram {
    private final JsonNode result;

    PassProgram(StateHeader h, DataFlow flow, Assignment assign, JsonNode result) {
        super(h, flow, assign);
        this.result = result;
    }

    @Override
    void execute(Fiber f) {
        JsonNode raw = f.input;
        JsonNode effective = flow.input(f, raw);
        JsonNode r = result != null ? result : flow.parameters(f, effective);
        if (jsonata) {
            f.statesResult = r;
        }
        if (result != null) {
            f.inspect("result", r);
        }
        Map<String, JsonNode> assigned = assign(f, r);
        JsonNode value = flow.result(f, raw, r);
        leave(f, value, assigned, next);
    }
}

package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import stepwise.engine.jsonata.JsonataTemplate;

/** The JSONata data flow of one state: {@code Arguments} and {@code Output}, evaluated with {@code $states}. */
final class JsonataFlow implements DataFlow {
    private final JsonataTemplate arguments;
    private final JsonataTemplate output;

    JsonataFlow(JsonataTemplate arguments, JsonataTemplate output) {
        this.arguments = arguments;
        this.output = output;
    }

    @Override
    public JsonNode input(Fiber f, JsonNode raw) {
        return raw;
    }

    @Override
    public JsonNode parameters(Fiber f, JsonNode effective) {
        if (arguments == null) {
            return effective;
        }
        JsonNode v = arguments.evaluate(f);
        f.inspect("afterArguments", v);
        return v;
    }

    @Override
    public JsonNode result(Fiber f, JsonNode raw, JsonNode result) {
        f.statesResult = result;
        return result;
    }

    @Override
    public JsonNode output(Fiber f, JsonNode value) {
        return output == null ? value : output.evaluate(f);
    }

    @Override
    public boolean hasOutput() {
        return output != null;
    }
}

package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import stepwise.engine.data.Json;
import stepwise.engine.data.PathExpression;
import stepwise.engine.data.PayloadTemplate;
import stepwise.engine.data.ResultPathWriter;
import stepwise.engine.data.StateFailure;

/** The JSONPath data flow of one state; absent fields are identities. */
final class JsonPathFlow implements DataFlow {
    /** {@code InputPath}/{@code OutputPath}: absent (the whole value), null ({}), or a path. */
    record Selector(boolean empty, PathExpression path, String field) {
        static final Selector WHOLE = new Selector(false, null, null);

        JsonNode apply(Fiber f, JsonNode value) {
            if (empty) {
                return Json.object();
            }
            if (path == null) {
                return value;
            }
            JsonNode found = path.evaluate(value, f);
            if (found == null) {
                throw StateFailure.runtime("Invalid path '" + path.text() + "' : " + path.explainMissing(value, f));
            }
            return found;
        }
    }

    private final Selector inputPath;
    private final PayloadTemplate parameters;
    private final PayloadTemplate resultSelector;
    private final ResultPathWriter resultPath;
    private final Selector outputPath;

    JsonPathFlow(Selector inputPath, PayloadTemplate parameters, PayloadTemplate resultSelector, ResultPathWriter resultPath,
                 Selector outputPath) {
        this.inputPath = inputPath;
        this.parameters = parameters;
        this.resultSelector = resultSelector;
        this.resultPath = resultPath;
        this.outputPath = outputPath;
    }

    PayloadTemplate parametersTemplate() {
        return parameters;
    }

    PayloadTemplate resultSelectorTemplate() {
        return resultSelector;
    }

    ResultPathWriter resultPathWriter() {
        return resultPath;
    }

    @Override
    public JsonNode input(Fiber f, JsonNode raw) {
        JsonNode v = inputPath.apply(f, raw);
        f.inspect("afterInputPath", v);
        return v;
    }

    @Override
    public JsonNode parameters(Fiber f, JsonNode effective) {
        JsonNode v = parameters == null ? effective : parameters.evaluate(effective, f);
        f.inspect("afterParameters", v);
        return v;
    }

    @Override
    public JsonNode result(Fiber f, JsonNode raw, JsonNode result) {
        JsonNode selected = resultSelector == null ? result : resultSelector.evaluate(result, f);
        f.inspect("afterResultSelector", selected);
        JsonNode v = resultPath.apply(raw, selected);
        f.inspect("afterResultPath", v);
        return v;
    }

    @Override
    public JsonNode output(Fiber f, JsonNode value) {
        return outputPath.apply(f, value);
    }

    @Override
    public boolean hasOutput() {
        return outputPath != Selector.WHOLE;
    }
}

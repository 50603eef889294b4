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
        return inputPath.apply(f, raw);
    }

    @Override
    public JsonNode parameters(Fiber f, JsonNode effective) {
        return parameters == null ? effective : parameters.evaluate(effective, f);
    }

    /** {@code ResultSelector} alone (the test-state API reports it separately). */
    JsonNode select(Fiber f, JsonNode result) {
        return resultSelector == null ? result : resultSelector.evaluate(result, f);
    }

    @Override
    public JsonNode result(Fiber f, JsonNode raw, JsonNode result) {
        return resultPath.apply(raw, select(f, result));
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

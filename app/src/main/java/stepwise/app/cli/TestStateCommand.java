package stepwise.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.TestState;
import stepwise.engine.TestStateRequest;
import stepwise.engine.TestStateResult;

/** {@code stepwise test-state}: the TestState API, for one request or a batch of NDJSON requests. */
public final class TestStateCommand implements CliCommand {
    @Override
    public String name() {
        return "test-state";
    }

    @Override
    public String summary() {
        return "run one state on its own and inspect what it does (the TestState API)";
    }

    @Override
    public String usage() {
        return """
                stepwise test-state [REQUEST.json]          (the request on stdin when no file is given)
                stepwise test-state --batch   < requests.ndjson > responses.ndjson

                A request: {"definition": a state, or a state machine plus "stateName", "input",
                "inspectionLevel": INFO|DEBUG|TRACE, "mock": {"result"} or {"errorOutput": {"error", "cause"}},
                "context", "variables", "stateConfiguration": {"retrierRetryCount", "mapIterationFailureCount",
                "errorCausedByState", "mapItemReaderData"}}.
                The response: {"status": SUCCEEDED|FAILED|RETRIABLE|CAUGHT_ERROR, "output" | "error" + "cause",
                "nextState", "inspectionData": {"input", "afterInputPath", "afterParameters", "afterArguments",
                "result", "afterResultSelector", "afterResultPath", "variables", "errorDetails", ...}}.
                With --batch, one request a line with an "id" that the response carries. Exit code 0 when the
                single request's state SUCCEEDED, 1 otherwise.""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        CliArgs a = CliArgs.parse(args, List.of(), List.of("--batch"));
        if (a.has("--batch")) {
            if (!a.positional().isEmpty()) {
                throw new UsageException("--batch reads its requests from stdin and takes no file");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    io.out().println(answer(line, n).line);
                    io.out().flush();
                }
            }
            return 0;
        }
        if (a.positional().size() > 1) {
            throw new UsageException("give one request file");
        }
        String text;
        try {
            text = a.positional().isEmpty() ? new String(io.in().readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(a.positional().get(0)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            io.err().println("stepwise test-state: cannot read the request: " + e.getMessage());
            return 2;
        }
        Answer answer = answer(text, 1);
        io.out().println(answer.line);
        if (answer.invalid) {
            return 2;
        }
        return answer.status == TestStateResult.Status.SUCCEEDED ? 0 : 1;
    }

    private record Answer(String line, TestStateResult.Status status, boolean invalid) {
    }

    private Answer answer(String text, int lineNumber) throws InterruptedException {
        JsonNode r;
        try {
            r = CliJson.parse(text);
        } catch (JsonProcessingException e) {
            return new Answer(ExecutionReport.problem(null, "InvalidRequest", "request " + lineNumber + " is not JSON: "
                    + CliJson.describe(e)), null, true);
        }
        String id = r.path("id").isTextual() ? r.path("id").textValue() : r.has("id") ? r.get("id").toString() : null;
        TestStateRequest request;
        try {
            request = request(r);
        } catch (IllegalArgumentException e) {
            return new Answer(ExecutionReport.problem(id, "InvalidRequest", e.getMessage()), null, true);
        }
        TestStateResult result;
        try {
            result = TestState.run(request);
        } catch (InvalidDefinitionException e) {
            return new Answer(ExecutionReport.problem(id, "InvalidDefinition", e.getMessage()), null, true);
        }
        ObjectNode out = CliJson.MAPPER.createObjectNode();
        if (id != null) {
            out.put("id", id);
        }
        out.put("status", result.status().name());
        if (result.output() != null) {
            out.set("output", result.output());
        }
        if (result.error() != null || result.status() == TestStateResult.Status.FAILED) {
            out.put("error", result.error());
            out.put("cause", result.cause());
        }
        if (result.nextState() != null) {
            out.put("nextState", result.nextState());
        }
        if (result.inspectionData().size() > 0) {
            out.set("inspectionData", result.inspectionData());
        }
        return new Answer(CliJson.write(out), result.status(), false);
    }

    static TestStateRequest request(JsonNode r) {
        JsonNode definition = r.get("definition");
        if (definition != null && definition.isTextual()) {
            definition = jsonText(definition, "definition");
        }
        if (definition == null || !definition.isObject()) {
            throw new IllegalArgumentException("the request needs \"definition\", a state or a state machine object");
        }
        JsonNode input = r.has("input") ? r.get("input") : CliJson.MAPPER.createObjectNode();
        TestStateRequest.InspectionLevel level;
        try {
            level = TestStateRequest.InspectionLevel.valueOf(r.path("inspectionLevel").asText("INFO").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("inspectionLevel is INFO, DEBUG or TRACE");
        }
        TestStateRequest.Mock mock = null;
        JsonNode m = r.get("mock");
        if (m != null && !m.isNull()) {
            if (m.has("errorOutput")) {
                JsonNode e = m.get("errorOutput");
                mock = TestStateRequest.Mock.error(e.path("error").asText(null), e.path("cause").asText(null));
            } else if (m.has("result")) {
                mock = TestStateRequest.Mock.result(jsonText(m.get("result"), "mock.result"));
            } else {
                throw new IllegalArgumentException("a mock has \"result\" or \"errorOutput\"");
            }
        }
        JsonNode context = r.hasNonNull("context") ? jsonText(r.get("context"), "context") : null;
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        if (r.hasNonNull("variables")) {
            JsonNode v = jsonText(r.get("variables"), "variables");
            if (!v.isObject()) {
                throw new IllegalArgumentException("variables is an object of names and values");
            }
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                variables.put(e.getKey(), e.getValue());
            }
        }
        TestStateRequest.Configuration configuration = TestStateRequest.Configuration.NONE;
        JsonNode c = r.get("stateConfiguration");
        if (c != null && c.isObject()) {
            configuration = new TestStateRequest.Configuration(
                    c.hasNonNull("retrierRetryCount") ? c.get("retrierRetryCount").asInt() : null,
                    c.hasNonNull("mapIterationFailureCount") ? c.get("mapIterationFailureCount").asInt() : null,
                    c.path("errorCausedByState").asText(null),
                    c.hasNonNull("mapItemReaderData") ? jsonText(c.get("mapItemReaderData"), "mapItemReaderData") : null);
        }
        return new TestStateRequest(definition, r.path("stateName").asText(null), input, level, mock, context, variables, configuration);
    }

    /** A field that AWS's API passes as JSON text: parsed when it is a string holding JSON. */
    private static JsonNode jsonText(JsonNode v, String field) {
        if (!v.isTextual()) {
            return v;
        }
        try {
            return CliJson.parse(v.textValue());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(field + " is not valid JSON: " + CliJson.describe(e));
        }
    }
}

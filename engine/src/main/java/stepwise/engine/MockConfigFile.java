package stepwise.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import stepwise.engine.data.Json;

/**
 * Mocked task responses in the Step Functions Local MockConfigFile format, read as users already keep
 * them next to their workflows:
 *
 * <pre>{@code
 * {"StateMachines": {"Orders": {"TestCases": {"HappyPath": {"Charge": "ChargeOk"}}}},
 *  "MockedResponses": {"ChargeOk": {"0": {"Return": {"id": 1}}, "1-2": {"Throw": {"Error": "E", "Cause": "c"}}}}}
 * }</pre>
 *
 * A test case maps state names to responses; each invocation of a state (retries and Map iterations
 * included) takes the response of the next index ({@code "0"}, {@code "1-2"}...). Past the last index
 * the last response repeats. States the test case does not name are left to the next handler.
 */
public final class MockConfigFile {
    /** One mocked response: a value to return, or an error to throw. */
    public record Response(JsonNode returns, String error, String cause) {
        TaskResult toResult() {
            return returns != null ? TaskResult.success(returns) : TaskResult.failure(error, cause);
        }
    }

    private final Map<String, Map<String, Map<String, String>>> testCases;
    private final Map<String, NavigableMap<Integer, Response>> responses;

    private MockConfigFile(Map<String, Map<String, Map<String, String>>> testCases, Map<String, NavigableMap<Integer, Response>> responses) {
        this.testCases = testCases;
        this.responses = responses;
    }

    /**
     * Reads a mock config file's text.
     * @throws IllegalArgumentException with what is wrong and where
     */
    public static MockConfigFile parse(String text) {
        try {
            return of(Json.parse(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the mock config file is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a mock config already parsed.
     * @throws IllegalArgumentException with what is wrong and where
     */
    public static MockConfigFile of(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a mock config is a JSON object with StateMachines and MockedResponses");
        }
        Map<String, NavigableMap<Integer, Response>> responses = new LinkedHashMap<>();
        JsonNode mocked = root.path("MockedResponses");
        Iterator<Map.Entry<String, JsonNode>> it = mocked.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            responses.put(e.getKey(), steps(e.getKey(), e.getValue()));
        }
        Map<String, Map<String, Map<String, String>>> cases = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> machines = root.path("StateMachines").fields();
        while (machines.hasNext()) {
            Map.Entry<String, JsonNode> m = machines.next();
            Map<String, Map<String, String>> byCase = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> tcs = m.getValue().path("TestCases").fields();
            while (tcs.hasNext()) {
                Map.Entry<String, JsonNode> tc = tcs.next();
                Map<String, String> states = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> ss = tc.getValue().fields();
                while (ss.hasNext()) {
                    Map.Entry<String, JsonNode> s = ss.next();
                    String response = s.getValue().asText();
                    if (!responses.containsKey(response)) {
                        throw new IllegalArgumentException("StateMachines." + m.getKey() + ".TestCases." + tc.getKey() + "."
                                + s.getKey() + " names the response '" + response + "', which MockedResponses does not define");
                    }
                    states.put(s.getKey(), response);
                }
                byCase.put(tc.getKey(), states);
            }
            cases.put(m.getKey(), byCase);
        }
        return new MockConfigFile(cases, responses);
    }

    private static NavigableMap<Integer, Response> steps(String name, JsonNode node) {
        NavigableMap<Integer, Response> steps = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey().trim();
            int from;
            int to;
            try {
                int dash = key.indexOf('-');
                from = Integer.parseInt(dash < 0 ? key : key.substring(0, dash).trim());
                to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1).trim());
            } catch (NumberFormatException bad) {
                throw new IllegalArgumentException("MockedResponses." + name + " has the key '" + key
                        + "'; keys are invocation numbers such as \"0\" or ranges such as \"1-2\"");
            }
            JsonNode v = e.getValue();
            Response r;
            if (v.has("Return")) {
                r = new Response(v.get("Return"), null, null);
            } else if (v.has("Throw")) {
                JsonNode t = v.get("Throw");
                r = new Response(null, text(t.get("Error")), text(t.get("Cause")));
            } else {
                throw new IllegalArgumentException("MockedResponses." + name + "." + key + " needs \"Return\" or \"Throw\"");
            }
            for (int i = from; i <= to; i++) {
                steps.put(i, r);
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("MockedResponses." + name + " has no responses");
        }
        return steps;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isTextual() ? v.textValue() : Json.write(v);
    }

    /** The state machines the file has test cases for. */
    public Set<String> stateMachines() {
        return Collections.unmodifiableSet(testCases.keySet());
    }

    /** The test cases of {@code stateMachine} (empty when unknown). */
    public Set<String> testCases(String stateMachine) {
        Map<String, Map<String, String>> cases = testCases.get(stateMachine);
        return cases == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(cases.keySet()));
    }

    /**
     * The task handler for one test case.
     * @throws IllegalArgumentException when the file has no such state machine or test case
     */
    public TaskHandler testCase(String stateMachine, String testCase) {
        Map<String, Map<String, String>> cases = testCases.get(stateMachine);
        if (cases == null) {
            throw new IllegalArgumentException("the mock config has no state machine '" + stateMachine + "' (it has "
                    + testCases.keySet() + ")");
        }
        Map<String, String> states = cases.get(testCase);
        if (states == null) {
            throw new IllegalArgumentException("the mock config has no test case '" + testCase + "' for '" + stateMachine
                    + "' (it has " + cases.keySet() + ")");
        }
        Map<String, String> mapping = Map.copyOf(states);
        return request -> {
            String name = mapping.get(request.stateName());
            if (name == null) {
                return TaskResult.unhandled();
            }
            NavigableMap<Integer, Response> steps = responses.get(name);
            Map.Entry<Integer, Response> e = steps.floorEntry(request.invocation());
            Response r = e != null ? e.getValue() : steps.firstEntry().getValue();
            return r.toResult();
        };
    }
}

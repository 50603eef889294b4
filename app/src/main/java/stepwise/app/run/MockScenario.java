package stepwise.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import stepwise.engine.MockConfigFile;
import stepwise.engine.TaskHandler;

/**
 * How Task states are answered in a run from the window: no mocks (a Task nobody answers fails and
 * says how to mock it), a Step Functions Local MockConfigFile and one of its test cases, or a mocked
 * response per Task state written in the same syntax ({@code {"Return": ...}} or {@code {"Throw":
 * {"Error", "Cause"}}}; any other JSON is the value returned).
 */
sealed interface MockScenario {
    /** The handler for the run. */
    TaskHandler tasks() throws IOException;

    /** No mocks. */
    record None() implements MockScenario {
        @Override
        public TaskHandler tasks() {
            return TaskHandler.none();
        }
    }

    /** A MockConfigFile and a test case of its state machine. */
    record File(Path file, String stateMachine, String testCase) implements MockScenario {
        @Override
        public TaskHandler tasks() throws IOException {
            MockConfigFile mocks = MockConfigFile.parse(Files.readString(file, StandardCharsets.UTF_8));
            return mocks.testCase(stateMachine, testCase);
        }
    }

    /** A MockConfigFile given as text (a bundled example's) and a test case of its state machine. */
    record Text(String mocks, String stateMachine, String testCase) implements MockScenario {
        @Override
        public TaskHandler tasks() {
            return MockConfigFile.parse(mocks).testCase(stateMachine, testCase);
        }
    }

    /** A response per Task state name. */
    record PerState(Map<String, String> responses) implements MockScenario {
        @Override
        public TaskHandler tasks() throws IOException {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            ObjectNode testCase = root.putObject("StateMachines").putObject("Stepwise").putObject("TestCases").putObject("PerState");
            ObjectNode responses = root.putObject("MockedResponses");
            int n = 0;
            for (Map.Entry<String, String> e : responses().entrySet()) {
                if (e.getValue() == null || e.getValue().isBlank()) {
                    continue;
                }
                JsonNode value;
                try {
                    value = json.readTree(e.getValue());
                } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    throw new IOException("the mock of " + e.getKey() + " is not JSON: " + ex.getOriginalMessage(), ex);
                }
                String id = "r" + n++;
                testCase.put(e.getKey(), id);
                ObjectNode response = json.createObjectNode();
                if (value.isObject() && (value.has("Return") || value.has("Throw"))) {
                    response.set("0", value);
                } else {
                    response.putObject("0").set("Return", value);
                }
                responses.set(id, response);
            }
            return MockConfigFile.parse(json.writeValueAsString(root)).testCase("Stepwise", "PerState");
        }
    }
}

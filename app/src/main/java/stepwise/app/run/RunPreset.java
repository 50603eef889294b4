package stepwise.app.run;

import java.util.List;
import java.util.Map;

/**
 * What a workflow brings for running it, when it comes with its own inputs and mocks (a bundled
 * example): the named inputs, the mock file's text and state machine, its test cases, and which input
 * each test case runs on. The run panel offers them so that Run works with no set-up.
 */
public record RunPreset(String title, Map<String, String> inputs, String defaultInput, String mocks, String stateMachine,
                        List<String> testCases, String defaultTestCase, Map<String, String> inputByTestCase) {
    public RunPreset {
        inputs = Map.copyOf(inputs);
        testCases = List.copyOf(testCases);
        inputByTestCase = Map.copyOf(inputByTestCase);
    }
}

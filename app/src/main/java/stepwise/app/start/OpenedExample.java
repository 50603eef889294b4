package stepwise.app.start;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stepwise.assets.Example;
import stepwise.assets.ExampleInput;
import stepwise.engine.MockConfigFile;
import stepwise.engine.TaskHandler;

/**
 * The bundled example that a window's workflow was made from, kept by the window so that Run works at
 * once: the example's inputs, its mock file and its test cases. The run panel offers these while the
 * window shows the workflow made from it (also after it was saved under another name).
 *
 * @param example the example
 * @param folder  where its files were written (workflow, {@code mocks.json}, {@code inputs/}), or null
 *                when it was opened as a new, untitled workflow
 */
public record OpenedExample(Example example, Path folder) {

    public String id() {
        return example.id();
    }

    public String title() {
        return example.title();
    }

    /** The inputs by name, in the example's order: name → JSON text. */
    public Map<String, String> inputs() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ExampleInput i : example.inputs().values()) {
            out.put(i.name(), i.json());
        }
        return out;
    }

    /** The name of the input to run with first. */
    public String defaultInput() {
        return example.defaultInput();
    }

    /** The mock file's text (Step Functions Local MockConfigFile format). */
    public String mocks() {
        return example.mocks();
    }

    /** The mock file written beside the workflow, or null when the example is untitled. */
    public Path mocksFile() {
        return folder == null ? null : folder.resolve(Example.MOCKS_FILE);
    }

    /** The state machine's name in the mock file. */
    public String stateMachine() {
        return example.stateMachine();
    }

    /** The test cases of the mock file, in order. */
    public List<String> testCases() {
        return List.copyOf(example.testCases().keySet());
    }

    public String defaultTestCase() {
        return example.defaultTestCase();
    }

    /** The input a test case runs on (JSON text). */
    public String inputOf(String testCase) {
        return example.input(example.testCase(testCase).input()).json();
    }

    /** What the run panel offers for this example: its inputs and its mock file's test cases. */
    public stepwise.app.run.RunPreset preset() {
        Map<String, String> byCase = new LinkedHashMap<>();
        for (String testCase : testCases()) {
            byCase.put(testCase, inputOf(testCase));
        }
        return new stepwise.app.run.RunPreset(title(), inputs(), defaultInput(), mocks(), stateMachine(), testCases(),
                defaultTestCase(), byCase);
    }

    /** The mocked services of one test case, for a run. */
    public TaskHandler tasks(String testCase) {
        return MockConfigFile.parse(example.mocks()).testCase(example.stateMachine(), testCase);
    }
}

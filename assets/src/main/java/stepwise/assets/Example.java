package stepwise.assets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bundled example workflow, ready to run: the workflow, named inputs, and a mock file (Step Functions
 * Local MockConfigFile format) whose test cases tell its story.
 *
 * @param id              the example's folder name, e.g. {@code order-processing}
 * @param title           a short title
 * @param teaches         one line on what it teaches
 * @param stateMachine    the state machine's name in the mock file
 * @param workflow        the workflow's text (ASL JSON), as bundled
 * @param inputs          the inputs by name, in the order written
 * @param defaultInput    the input to open it with
 * @param mocks           the mock file's text
 * @param testCases       the test cases by name, in the order written
 * @param defaultTestCase the test case to run by default
 */
public record Example(String id, String title, String teaches, String stateMachine, String workflow,
                      Map<String, ExampleInput> inputs, String defaultInput, String mocks,
                      Map<String, ExampleTestCase> testCases, String defaultTestCase) {
    /** The mock file's name next to the workflow. */
    public static final String MOCKS_FILE = "mocks.json";

    public Example {
        inputs = unmodifiableCopy(inputs);
        testCases = unmodifiableCopy(testCases);
        if (!inputs.containsKey(defaultInput)) {
            throw new IllegalArgumentException(id + ": the default input '" + defaultInput + "' is not one of " + inputs.keySet());
        }
        if (!testCases.containsKey(defaultTestCase)) {
            throw new IllegalArgumentException(id + ": the default test case '" + defaultTestCase + "' is not one of "
                    + testCases.keySet());
        }
        for (ExampleTestCase c : testCases.values()) {
            if (!inputs.containsKey(c.input())) {
                throw new IllegalArgumentException(id + ": test case " + c.name() + " runs on the input '" + c.input()
                        + "', which is not one of " + inputs.keySet());
            }
        }
    }

    private static <V> Map<String, V> unmodifiableCopy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The workflow's file name, e.g. {@code order-processing.asl.json}. */
    public String workflowFileName() {
        return id + ".asl.json";
    }

    public ExampleInput input(String name) {
        ExampleInput input = inputs.get(name);
        if (input == null) {
            throw new IllegalArgumentException(id + " has no input '" + name + "' (it has " + inputs.keySet() + ")");
        }
        return input;
    }

    public ExampleTestCase testCase(String name) {
        ExampleTestCase testCase = testCases.get(name);
        if (testCase == null) {
            throw new IllegalArgumentException(id + " has no test case '" + name + "' (it has " + testCases.keySet() + ")");
        }
        return testCase;
    }

    /**
     * Writes the workflow, its inputs and its mock file into {@code folder} (created if needed), laid out as
     * bundled: {@code <id>.asl.json}, {@code mocks.json}, {@code inputs/<name>.json}. Files that already exist
     * are left alone and the call fails, so nothing of the user's is overwritten.
     *
     * @return the workflow file
     * @throws FileAlreadyExistsException when one of the files exists already
     */
    public Path writeTo(Path folder) throws IOException {
        Path workflowFile = folder.resolve(workflowFileName());
        List<Path> targets = new ArrayList<>(List.of(workflowFile, folder.resolve(MOCKS_FILE)));
        for (ExampleInput input : inputs.values()) {
            targets.add(folder.resolve(input.fileName()));
        }
        for (Path target : targets) {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "the example would overwrite it");
            }
        }
        Files.createDirectories(folder.resolve("inputs"));
        write(workflowFile, workflow);
        write(folder.resolve(MOCKS_FILE), mocks);
        for (ExampleInput input : inputs.values()) {
            write(folder.resolve(input.fileName()), input.json());
        }
        return workflowFile;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * The arguments of {@code stepwise run} that run {@code testCase} on its input with the files that
     * {@link #writeTo} wrote into {@code folder} (or the bundled folder itself):
     * {@code run FOLDER/<id>.asl.json --input @FOLDER/inputs/<input>.json --mocks FOLDER/mocks.json --test-case NAME}.
     */
    public List<String> runArguments(Path folder, String testCase) {
        ExampleTestCase c = testCase(testCase);
        return List.of("run", folder.resolve(workflowFileName()).toString(),
                "--input", "@" + folder.resolve(input(c.input()).fileName()),
                "--mocks", folder.resolve(MOCKS_FILE).toString(),
                "--test-case", c.name());
    }
}

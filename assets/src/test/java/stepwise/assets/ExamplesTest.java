package stepwise.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    @Test
    void an_example_reads_its_inputs_test_cases_and_defaults_in_the_order_written() {
        Example e = Examples.find("order-processing").orElseThrow();
        assertEquals("order-processing.asl.json", e.workflowFileName());
        assertEquals(List.of("order", "incomplete-order"), List.copyOf(e.inputs().keySet()));
        assertEquals("HappyPath", List.copyOf(e.testCases().keySet()).get(0));
        assertEquals("order", e.defaultInput());
        assertTrue(e.input("order").json().contains("ORD-20417"));
        assertEquals("OrderRejected", e.testCase("IncompleteOrder").expectedError());
    }

    @Test
    void run_arguments_name_the_workflow_input_mocks_and_test_case() {
        Example e = Examples.find("order-processing").orElseThrow();
        Path folder = Path.of("work");
        assertEquals(List.of("run", folder.resolve("order-processing.asl.json").toString(),
                "--input", "@" + folder.resolve("inputs/incomplete-order.json"),
                "--mocks", folder.resolve("mocks.json").toString(), "--test-case", "IncompleteOrder"),
                e.runArguments(folder, "IncompleteOrder"));
    }

    @Test
    void an_unknown_test_case_is_refused_with_the_known_ones() {
        Example e = Examples.find("order-processing").orElseThrow();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> e.testCase("Nope"));
        assertTrue(error.getMessage().contains("HappyPath"), error.getMessage());
    }

    @Test
    void a_default_test_case_that_does_not_exist_is_a_clear_error() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Examples.read("unknown-default"));
        assertTrue(error.getMessage().contains("examples/unknown-default/example.json")
                && error.getMessage().contains("default test case 'Missing'"), error.getMessage());
    }

    @Test
    void a_failing_test_case_must_say_its_error() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Examples.read("failure-without-error"));
        assertTrue(error.getMessage().contains("testCases.Fails needs an error"), error.getMessage());
    }

    @Test
    void a_missing_example_folder_names_the_missing_file() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Examples.read("no-such-folder"));
        assertTrue(error.getMessage().contains("stepwise/assets/examples/no-such-folder/example.json is missing"), error.getMessage());
    }
}

package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static stepwise.engine.Runs.json;
import static stepwise.engine.Runs.output;
import static stepwise.engine.Runs.run;
import static stepwise.engine.Runs.single;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassStateTest {
    @Test
    void pass_without_fields_outputs_its_input() {
        assertEquals(json("{\"a\":1}"), output(single("{\"Type\": \"Pass\", \"End\": true}"), "{\"a\":1}"));
    }

    @Test
    void result_replaces_the_input() {
        assertEquals(json("{\"x\":true}"), output(single("{\"Type\": \"Pass\", \"Result\": {\"x\": true}, \"End\": true}"), "{\"a\":1}"));
    }

    @Test
    void result_fields_ending_in_dollar_are_literal() {
        assertEquals(json("{\"x.$\":\"$.a\"}"), output(single("{\"Type\":\"Pass\",\"Result\":{\"x.$\":\"$.a\"},\"End\":true}"), "{\"a\":1}"));
    }

    @Test
    void parameters_take_paths_and_nested_templates() {
        String asl = single("""
                {"Type": "Pass", "Parameters": {"id.$": "$.order.id", "fixed": 1,
                  "nested": {"first.$": "$.items[0]", "list": [{"v.$": "$.order.id"}]}}, "End": true}""");
        assertEquals(json("{\"id\":7,\"fixed\":1,\"nested\":{\"first\":\"a\",\"list\":[{\"v\":7}]}}"),
                output(asl, "{\"order\":{\"id\":7},\"items\":[\"a\",\"b\"]}"));
    }

    @Test
    void result_path_puts_the_result_inside_a_copy_of_the_input() {
        String asl = single("{\"Type\": \"Pass\", \"Result\": 5, \"ResultPath\": \"$.deep.value\", \"End\": true}");
        assertEquals(json("{\"a\":1,\"deep\":{\"value\":5}}"), output(asl, "{\"a\":1}"));
    }

    @Test
    void result_path_null_keeps_the_input() {
        String asl = single("{\"Type\": \"Pass\", \"Result\": 5, \"ResultPath\": null, \"End\": true}");
        assertEquals(json("{\"a\":1}"), output(asl, "{\"a\":1}"));
    }

    @Test
    void result_path_through_a_string_fails_with_result_path_match_failure() {
        Execution e = run(single("{\"Type\": \"Pass\", \"Result\": 5, \"ResultPath\": \"$.a.b\", \"End\": true}"), "{\"a\":\"text\"}");
        assertEquals(ExecutionStatus.FAILED, e.status());
        assertEquals("States.ResultPathMatchFailure", e.error());
    }

    @Test
    void input_path_and_output_path_select_parts() {
        String asl = single("{\"Type\": \"Pass\", \"InputPath\": \"$.in\", \"ResultPath\": \"$.copy\", \"OutputPath\": \"$.copy\", \"End\": true}");
        assertEquals(json("{\"v\":1}"), output(asl, "{\"in\":{\"v\":1}}"));
    }

    @Test
    void null_input_path_gives_an_empty_object() {
        assertEquals(json("{}"), output(single("{\"Type\": \"Pass\", \"InputPath\": null, \"End\": true}"), "{\"a\":1}"));
    }

    @Test
    void missing_input_path_fails_with_jayway_message() {
        Execution e = run(single("{\"Type\": \"Pass\", \"InputPath\": \"$.missing\", \"End\": true}"), "{}");
        assertEquals("States.Runtime", e.error());
        assertEquals("An error occurred while executing the state 'S' (entered at the event id #2). Invalid path '$.missing' :"
                + " No results for path: $['missing']", e.cause());
    }

    @Test
    void missing_parameter_path_names_the_field() {
        Execution e = run(single("{\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"$.nope\"}, \"End\": true}"), "{\"a\":1}");
        assertEquals("States.Runtime", e.error());
        assertEquals("An error occurred while executing the state 'S' (entered at the event id #2). The JSONPath '$.nope' specified"
                + " for the field 'x.$' could not be found in the input '{\"a\":1}'", e.cause());
    }

    @Test
    void wildcard_path_on_missing_data_gives_an_empty_array() {
        assertEquals(json("{\"x\":[]}"), output(single("{\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"$.a.b[*]\"}, \"End\": true}"), "{}"));
    }

    @Test
    void filter_expressions_use_jayway() {
        String asl = single("{\"Type\": \"Pass\", \"Parameters\": {\"big.$\": \"$.items[?(@.v > 1)].v\"}, \"End\": true}");
        assertEquals(json("{\"big\":[2,3]}"), output(asl, "{\"items\":[{\"v\":1},{\"v\":2},{\"v\":3}]}"));
    }

    @Test
    void context_object_is_readable_with_double_dollar() {
        String asl = single("{\"Type\": \"Pass\", \"Parameters\": {\"name.$\": \"$$.Execution.Name\", \"state.$\": \"$$.State.Name\"},"
                + " \"End\": true}");
        assertEquals(json("{\"name\":\"test-execution\",\"state\":\"S\"}"), output(asl, "{}"));
    }

    @Test
    void a_pass_state_records_entered_and_exited_events() {
        Execution e = run(single("{\"Type\": \"Pass\", \"End\": true}"), "{}");
        assertEquals(List.of("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"), Runs.types(e));
    }
}

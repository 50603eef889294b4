package stepwise.model.asl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCatalogTest {

    private static List<String> names(List<AslField> fields) {
        return fields.stream().map(AslField::name).toList();
    }

    @Test
    void task_fields_under_jsonpath_include_paths_but_not_jsonata_fields() {
        List<String> task = names(FieldCatalog.fields(AslObjectKind.STATE, StateType.TASK, QueryLanguage.JSONPATH));
        assertTrue(task.containsAll(List.of("Type", "Resource", "Next", "End", "Parameters", "ResultPath", "Retry", "Catch", "TimeoutSecondsPath")));
        assertFalse(task.contains("Arguments"));
        assertFalse(task.contains("Output"));
        assertFalse(task.contains("Choices"));
    }

    @Test
    void task_fields_under_jsonata_exclude_path_fields() {
        List<String> task = names(FieldCatalog.fields(AslObjectKind.STATE, StateType.TASK, QueryLanguage.JSONATA));
        assertTrue(task.containsAll(List.of("Arguments", "Output", "Assign", "Resource")));
        assertFalse(task.contains("InputPath"));
        assertFalse(task.contains("ResultSelector"));
    }

    @Test
    void succeed_and_fail_take_neither_next_nor_end() {
        for (StateType t : List.of(StateType.SUCCEED, StateType.FAIL)) {
            List<String> fields = names(FieldCatalog.fields(AslObjectKind.STATE, t, null));
            assertFalse(fields.contains("Next"), t + " Next");
            assertFalse(fields.contains("End"), t + " End");
        }
    }

    @Test
    void each_field_is_listed_once_per_place() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AslField f : FieldCatalog.all()) {
            for (StateType t : f.stateTypes().isEmpty() ? java.util.Set.<StateType>of() : f.stateTypes()) {
                assertTrue(seen.add(f.in() + "/" + t + "/" + f.name()), "twice: " + f.in() + " " + t + " " + f.name());
            }
            if (f.stateTypes().isEmpty()) {
                assertTrue(seen.add(f.in() + "/" + f.name() + "/" + f.language()), "twice: " + f.in() + " " + f.name());
            }
            assertFalse(f.doc().isBlank(), f.name() + " has documentation");
        }
    }

    @Test
    void field_lookup_answers_the_documentation_line() {
        AslField next = FieldCatalog.field(AslObjectKind.STATE, StateType.PASS, "Next");
        assertNotNull(next);
        assertEquals(ValueHint.STATE_NAME, next.hint());
        assertTrue(next.summary().startsWith("Next (string): "));
        assertNull(FieldCatalog.field(AslObjectKind.STATE, StateType.SUCCEED, "Next"));
    }

    @Test
    void object_kind_follows_the_structure_of_the_document() {
        assertEquals(AslObjectKind.MACHINE, AslObjectKind.at(List.of()));
        assertEquals(AslObjectKind.STATE, AslObjectKind.at(List.of("States", "Pay")));
        assertEquals(AslObjectKind.RETRIER, AslObjectKind.at(List.of("States", "Pay", "Retry", "0")));
        assertEquals(AslObjectKind.BRANCH, AslObjectKind.at(List.of("States", "P", "Branches", "1")));
        assertEquals(AslObjectKind.STATE, AslObjectKind.at(List.of("States", "P", "Branches", "1", "States", "Inner")));
        assertEquals(AslObjectKind.PROCESSOR_CONFIG, AslObjectKind.at(List.of("States", "M", "ItemProcessor", "ProcessorConfig")));
        assertEquals(AslObjectKind.NESTED_RULE, AslObjectKind.at(List.of("States", "C", "Choices", "0", "And", "1")));
        assertNull(AslObjectKind.at(List.of("States", "Pay", "Parameters")));
        assertNull(AslObjectKind.at(List.of("States", "Pay", "Retry")));
    }

    @Test
    void intrinsic_and_error_names_are_found_by_their_asl_names() {
        assertEquals(IntrinsicFunction.ARRAY_GET_ITEM, IntrinsicFunction.fromAsl("States.ArrayGetItem"));
        assertEquals(2, IntrinsicFunction.ARRAY_GET_ITEM.maxArgs());
        assertEquals(PredefinedError.ALL, PredefinedError.fromAsl("States.ALL"));
        assertNull(PredefinedError.fromAsl("States.Nope"));
    }
}

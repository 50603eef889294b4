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
    void every_field_of_every_table_has_one_line_of_documentation() {
        List<FieldTable> tables = new java.util.ArrayList<>();
        for (StateType t : StateType.values()) {
            tables.add(FieldCatalog.of(t));
        }
        for (AslObjectKind k : AslObjectKind.values()) {
            if (k != AslObjectKind.STATE) {
                tables.add(FieldCatalog.of(k));
            }
        }
        for (FieldTable table : tables) {
            assertNotNull(table);
            for (AslField f : table.fields()) {
                assertFalse(f.doc().isBlank(), table.noun() + " " + f.name() + " has documentation");
                assertFalse(f.doc().contains("\n"), table.noun() + " " + f.name() + " is documented in one line");
            }
        }
    }

    @Test
    void a_state_of_unknown_type_is_offered_the_fields_every_type_has() {
        assertEquals(List.of("Type", "Comment", "QueryLanguage"), names(FieldCatalog.fields(AslObjectKind.STATE, null, null)));
        assertEquals(FieldKind.STATE_NAME, FieldCatalog.field(AslObjectKind.STATE, null, "Default").kind());
    }

    @Test
    void the_kind_of_a_field_gives_its_json_type_and_what_the_editor_offers() {
        AslField mode = FieldCatalog.of(AslObjectKind.PROCESSOR_CONFIG).field("Mode");
        assertEquals(ValueType.STRING, mode.type());
        assertEquals(ValueHint.ENUM, mode.hint());
        assertEquals(List.of("INLINE", "DISTRIBUTED"), mode.values());
        AslField parameters = FieldCatalog.of(StateType.TASK).field("Parameters");
        assertEquals(ValueType.OBJECT, parameters.type());
        assertEquals(ValueHint.PAYLOAD_TEMPLATE, parameters.hint());
        assertEquals(ValueHint.REFERENCE_PATH, FieldCatalog.of(StateType.WAIT).field("SecondsPath").hint());
    }

    @Test
    void the_reference_paths_of_the_states_are_found_by_their_kind() {
        assertEquals(java.util.Set.of("TimeoutSecondsPath", "HeartbeatSecondsPath", "ItemsPath", "MaxConcurrencyPath",
                        "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "SecondsPath", "TimestampPath"),
                java.util.Set.copyOf(FieldCatalog.stateFieldsOfKind(FieldKind.REFERENCE_PATH)));
        assertEquals(List.of("InputPath", "OutputPath"), FieldCatalog.stateFieldsOfKind(FieldKind.NULLABLE_PATH));
    }

    @Test
    void credentials_are_an_object_with_their_own_fields() {
        assertEquals(AslObjectKind.CREDENTIALS, AslObjectKind.at(List.of("States", "Pay", "Credentials")));
        assertEquals(List.of("RoleArn", "RoleArn.$"), FieldCatalog.of(AslObjectKind.CREDENTIALS).alternatives("RoleArn"));
        assertTrue(FieldCatalog.of(AslObjectKind.CREDENTIALS).isOneRequired("RoleArn.$"));
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
        assertEquals(stepwise.model.intrinsic.IntrinsicSignature.ARRAY_GET_ITEM,
                stepwise.model.intrinsic.IntrinsicSignature.named("States.ArrayGetItem"));
        assertEquals("States.ArrayGetItem(array, index)", stepwise.model.intrinsic.IntrinsicSignature.ARRAY_GET_ITEM.usage());
        assertEquals(PredefinedError.ALL, PredefinedError.fromAsl("States.ALL"));
        assertNull(PredefinedError.fromAsl("States.Nope"));
    }
}

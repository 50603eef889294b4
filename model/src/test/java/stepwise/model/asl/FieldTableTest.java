package stepwise.model.asl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldTableTest {
    @Test
    void jsonpath_fields_exist_only_in_jsonpath_states() {
        FieldTable task = FieldCatalog.of(StateType.TASK);
        assertTrue(task.has("Parameters", QueryLanguage.JSONPATH));
        assertFalse(task.has("Parameters", QueryLanguage.JSONATA));
        assertTrue(task.has("Arguments", QueryLanguage.JSONATA));
        assertFalse(task.has("Arguments", QueryLanguage.JSONPATH));
        assertTrue(task.has("Assign", QueryLanguage.JSONATA));
        assertTrue(task.has("Assign", QueryLanguage.JSONPATH));
    }

    @Test
    void a_state_type_has_only_its_own_fields() {
        assertFalse(FieldCatalog.of(StateType.CHOICE).has("Next"));
        assertFalse(FieldCatalog.of(StateType.FAIL).has("OutputPath"));
        assertTrue(FieldCatalog.of(StateType.MAP).has("ItemSelector", QueryLanguage.JSONATA));
    }

    @Test
    void wait_fields_are_alternatives_of_which_one_is_required() {
        FieldTable wait = FieldCatalog.of(StateType.WAIT);
        assertEquals(List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath"), wait.alternatives("TimestampPath"));
        assertTrue(wait.isOneRequired("Seconds"));
        assertEquals(List.of("TimeoutSeconds", "TimeoutSecondsPath"), FieldCatalog.of(StateType.TASK).alternatives("TimeoutSeconds"));
        assertFalse(FieldCatalog.of(StateType.TASK).isOneRequired("TimeoutSeconds"));
        assertEquals(List.of("Comment"), FieldCatalog.of(StateType.TASK).alternatives("Comment"));
    }

    @Test
    void required_fields_come_from_the_table() {
        assertTrue(FieldCatalog.of(StateType.TASK).isRequired("Resource"));
        assertTrue(FieldCatalog.of(AslObjectKind.CATCHER).isRequired("Next"));
        assertFalse(FieldCatalog.of(AslObjectKind.RETRIER).isRequired("MaxAttempts"));
        assertTrue(FieldCatalog.of(AslObjectKind.CATCHER).has("ResultPath", QueryLanguage.JSONPATH));
        assertFalse(FieldCatalog.of(AslObjectKind.CATCHER).has("ResultPath", QueryLanguage.JSONATA));
    }

    @Test
    void a_jsonata_only_required_field_is_required_in_its_language_only() {
        FieldTable rule = FieldCatalog.of(AslObjectKind.CHOICE_RULE);
        assertTrue(rule.isRequired("Condition"));
        assertTrue(rule.has("Condition", QueryLanguage.JSONATA));
        assertFalse(rule.has("Condition", QueryLanguage.JSONPATH));
        assertTrue(rule.field("Condition").required());
    }

    @Test
    void a_table_that_lists_a_field_twice_is_refused() {
        FieldTable.Builder b = FieldTable.builder("test").both("Comment", FieldKind.STRING, "A comment.");
        assertThrows(IllegalStateException.class, () -> b.both("Comment", FieldKind.STRING, "Again."));
    }

    @Test
    void a_table_cannot_require_a_field_it_does_not_list() {
        FieldTable.Builder b = FieldTable.builder("test").both("Comment", FieldKind.STRING, "A comment.").required("Next");
        assertThrows(IllegalStateException.class, b::build);
    }
}

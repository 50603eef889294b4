package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;

class FieldTableTest {
    @Test
    void jsonpath_fields_exist_only_in_jsonpath_states() {
        FieldTable task = FieldTable.of(StateType.TASK);
        assertTrue(task.has("Parameters", QueryLanguage.JSONPATH));
        assertFalse(task.has("Parameters", QueryLanguage.JSONATA));
        assertTrue(task.has("Arguments", QueryLanguage.JSONATA));
        assertFalse(task.has("Arguments", QueryLanguage.JSONPATH));
        assertTrue(task.has("Assign", QueryLanguage.JSONATA));
        assertTrue(task.has("Assign", QueryLanguage.JSONPATH));
    }

    @Test
    void a_state_type_has_only_its_own_fields() {
        assertFalse(FieldTable.of(StateType.CHOICE).has("Next"));
        assertFalse(FieldTable.of(StateType.FAIL).has("OutputPath"));
        assertTrue(FieldTable.of(StateType.MAP).has("ItemSelector", QueryLanguage.JSONATA));
    }

    @Test
    void wait_fields_are_alternatives_of_which_one_is_required() {
        FieldTable wait = FieldTable.of(StateType.WAIT);
        assertEquals(List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath"), wait.alternatives("TimestampPath"));
        assertTrue(wait.isOneRequired("Seconds"));
        assertEquals(List.of("TimeoutSeconds", "TimeoutSecondsPath"), FieldTable.of(StateType.TASK).alternatives("TimeoutSeconds"));
        assertFalse(FieldTable.of(StateType.TASK).isOneRequired("TimeoutSeconds"));
        assertEquals(List.of("Comment"), FieldTable.of(StateType.TASK).alternatives("Comment"));
    }

    @Test
    void required_fields_come_from_the_table() {
        assertTrue(FieldTable.of(StateType.TASK).isRequired("Resource"));
        assertTrue(FieldTable.catcher().isRequired("Next"));
        assertFalse(FieldTable.retrier().isRequired("MaxAttempts"));
        assertTrue(FieldTable.catcher().has("ResultPath", QueryLanguage.JSONPATH));
        assertFalse(FieldTable.catcher().has("ResultPath", QueryLanguage.JSONATA));
    }
}

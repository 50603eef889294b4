package stepwise.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import stepwise.model.sample.WorkflowGenerator;

class WorkflowGeneratorTest {
    @Test
    void generated_workflow_has_exactly_the_requested_states_and_parses() {
        for (int size : new int[] {4, 10, 57, 1000}) {
            AslDocument doc = AslDocument.of(WorkflowGenerator.generate(size, 7));
            assertFalse(doc.hasSyntaxErrors(), () -> doc.syntaxDiagnostics().toString());
            assertEquals(size, doc.machine().allStates().size(), "size " + size);
        }
    }

    @Test
    void same_seed_gives_same_text() {
        assertEquals(WorkflowGenerator.generate(200, 3), WorkflowGenerator.generate(200, 3));
    }
}

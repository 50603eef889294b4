package stepwise.canvas.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.canvas.Workflows;
import stepwise.model.Diagnostic;
import stepwise.model.graph.WorkflowGraph;
import stepwise.model.json.Span;

class DiagnosticPlacementTest {
    private final WorkflowGraph graph = Workflows.document("order").graph();

    private static Diagnostic error(String pointer) {
        return Diagnostic.error("T", "problem at " + pointer, pointer, Span.NONE);
    }

    @Test
    void a_problem_with_a_next_is_on_that_edge() {
        DiagnosticPlacement p = DiagnosticPlacement.of(graph, List.of(error("/States/ValidateOrder/Next")));
        assertEquals(1, p.forEdge("/States/ValidateOrder#next").size());
        assertTrue(p.forState("/States/ValidateOrder").isEmpty());
    }

    @Test
    void a_problem_inside_a_choice_rule_or_catch_is_on_its_edge() {
        DiagnosticPlacement p = DiagnosticPlacement.of(graph, List.of(error("/States/IsInStock/Choices/1/And/0/Variable"),
                error("/States/ValidateOrder/Catch/0/ErrorEquals")));
        assertEquals(1, p.forEdge("/States/IsInStock#choice/1").size());
        assertEquals(1, p.forEdge("/States/ValidateOrder#catch/0").size());
    }

    @Test
    void any_other_problem_is_on_the_innermost_state_and_document_problems_are_only_counted() {
        Diagnostic warning = Diagnostic.warning("W", "no comment", "", Span.NONE);
        DiagnosticPlacement p = DiagnosticPlacement.of(graph, List.of(error("/States/ValidateOrder/Retry/0/MaxAttempts"), warning));
        assertEquals(1, p.forState("/States/ValidateOrder").size());
        assertEquals(1, p.errorCount());
        assertEquals(1, p.warningCount());
        assertEquals(1, p.byState().size());
        assertTrue(p.byEdge().isEmpty());
    }
}

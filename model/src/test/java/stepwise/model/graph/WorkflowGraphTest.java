package stepwise.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;

class WorkflowGraphTest {
    @Test
    void choice_rules_default_and_catch_become_labelled_edges() {
        WorkflowGraph g = AslDocument.of("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C",
                        "Catch": [{"ErrorEquals": ["A", "B"], "Next": "F"}]},
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 1000, "Next": "F"}], "Default": "S"},
                  "S": {"Type": "Succeed"}, "F": {"Type": "Fail"}}}
                """).graph();
        List<GraphEdge> fromT = g.outgoing("/States/T");
        assertEquals(EdgeKind.NEXT, fromT.get(0).kind());
        assertEquals(EdgeKind.CATCH, fromT.get(1).kind());
        assertEquals("A, B", fromT.get(1).label());
        List<GraphEdge> fromC = g.outgoing("/States/C");
        assertEquals("$.n > 1000", fromC.get(0).label());
        assertEquals(EdgeKind.DEFAULT, fromC.get(1).kind());
        assertEquals(2, g.incoming("/States/F").size());
    }

    @Test
    void transition_to_missing_state_is_dangling() {
        WorkflowGraph g = AslDocument.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Nope\"}}}").graph();
        GraphEdge e = g.edge("/States/A#next");
        assertTrue(e.isDangling());
        assertNull(e.to());
    }

    @Test
    void branches_are_scopes_of_their_parallel() {
        WorkflowGraph g = AslDocument.of("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "X", "States": {"X": {"Type": "Pass", "Next": "Y"}, "Y": {"Type": "Succeed"}}}]}}}
                """).graph();
        GraphNode p = g.node("/States/P");
        Scope branch = p.children().get(0);
        assertEquals(ScopeKind.BRANCH, branch.kind());
        assertEquals("/States/P/Branches/0/States/X", branch.start());
        assertEquals(1, branch.edges().size());
        assertEquals(branch.id(), g.scopeOf(g.nodeNamed("Y")).id());
    }
}

package stepwise.canvas;

import java.util.Collection;
import stepwise.canvas.layout.LayoutPins;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;

/**
 * A change of the pinned positions (a move, "Reset layout") as a step of the session's undo stack. The
 * pins live beside the workflow, never in its text: undoing puts the pins back as they were and saves
 * them again, on the canvas that still shows the session.
 */
record PinsChange(WorkflowCanvas canvas, WorkflowSession session, String description, LayoutPins before, LayoutPins after)
        implements WorkflowSession.SideChange {

    @Override
    public void undo() {
        canvas.restorePins(session, before);
    }

    @Override
    public void redo() {
        canvas.restorePins(session, after);
    }

    /** "Move state Pay", or "Move 3 states". */
    static String moveDescription(Collection<String> ids, WorkflowGraph graph) {
        if (ids.size() == 1) {
            GraphNode node = graph == null ? null : graph.node(ids.iterator().next());
            return node == null ? "Move state" : "Move state " + node.name();
        }
        return "Move " + ids.size() + " states";
    }
}

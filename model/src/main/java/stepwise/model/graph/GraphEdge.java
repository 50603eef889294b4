package stepwise.model.graph;

import stepwise.model.json.JsonPointer;

/**
 * A transition between two states of the same scope. {@code id} is stable across re-parses while the
 * transition stays where it is written ({@code /States/Check#choice/0}). {@code to} is the target node's
 * id, or null when no state of the scope has the name {@code toName} (the validator reports it).
 * {@code pointer} is where the target's name is written in the document.
 */
public record GraphEdge(String id, EdgeKind kind, String from, String to, String toName, String label, JsonPointer pointer) {
    public boolean isDangling() {
        return to == null;
    }
}

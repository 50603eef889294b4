package stepwise.canvas.layout;

import stepwise.model.graph.ScopeKind;

/**
 * A nested state machine drawn inside its container: one Parallel branch or a Map's item processor.
 * {@code title} is its caption ("Branch 1", "Item processor"); its states are laid out from {@code origin}.
 */
public record PlacedLane(String scopeId, String ownerId, ScopeKind kind, String title, Box box, Point origin) {
}

package stepwise.canvas.layout;

/**
 * Where a state is drawn, in canvas coordinates. A container (a Parallel with its branches, a Map with
 * its processor) is drawn as one box holding its header and its lanes.
 */
public record PlacedState(String id, String scopeId, Box box, boolean container) {
}

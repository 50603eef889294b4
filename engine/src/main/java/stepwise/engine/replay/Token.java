package stepwise.engine.replay;

/**
 * One thread of control of an execution, found from the history's {@code previousEventId} chains: the
 * execution itself (id 0), a branch of a Parallel state, or an iteration of a Map state.
 *
 * @param id          0 for the execution, then in order of appearance
 * @param parentId    the token it was started from, -1 for the execution
 * @param kind        execution, branch or iteration
 * @param ownerNodeId the Parallel or Map state's node id, null for the execution (or when the state is unknown)
 * @param index       the branch's index in {@code Branches} or the iteration's item index; -1 for the execution
 * @param firstEvent  the index (0-based) of its first event in the history
 * @param ownerName   the Parallel or Map state's name, null for the execution
 */
public record Token(int id, int parentId, TokenKind kind, String ownerNodeId, int index, int firstEvent, String ownerName) {
    /** "Execution", "Fulfil branch 2", "Items iteration 7" (one-based branch numbers, item indexes as AWS shows them). */
    public String label() {
        return switch (kind) {
            case EXECUTION -> "Execution";
            case BRANCH -> ownerName + " branch " + (index < 0 ? "?" : Integer.toString(index + 1));
            case ITERATION -> ownerName + " iteration " + index;
        };
    }
}

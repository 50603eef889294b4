package stepwise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where one token is at one moment of an execution, and the data it carries.
 *
 * @param tokenId    the token ({@link Replay#token(int)})
 * @param nodeId     the state it is in (or has just left), null when that state is not in the definition
 * @param fromNodeId the state it came from along an edge, null when it started here (first state of a branch...)
 * @param arrived    true when it entered {@code nodeId} at this very event (the move to animate)
 * @param left       true once it has left {@code nodeId} (the state exited; the next state is not entered yet)
 * @param data       the state's input while it runs, its output once it left
 * @param error      the error of the state's latest failed attempt (a retry or catch may follow), else null
 * @param cause      that error's cause
 */
public record TokenPosition(int tokenId, String nodeId, String fromNodeId, boolean arrived, boolean left, JsonNode data,
                            String error, String cause) {
}

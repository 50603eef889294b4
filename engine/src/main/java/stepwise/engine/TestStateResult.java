package stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the TestState API answers.
 *
 * @param status         SUCCEEDED, FAILED, RETRIABLE (a retrier would retry) or CAUGHT_ERROR (a catcher caught it)
 * @param output         the state's output (SUCCEEDED, CAUGHT_ERROR), else null
 * @param error          the error (FAILED, RETRIABLE, CAUGHT_ERROR), else null
 * @param cause          its cause
 * @param nextState      the state that would run next, or null
 * @param inspectionData the steps of the state's data processing (empty at level INFO)
 */
public record TestStateResult(Status status, JsonNode output, String error, String cause, String nextState, ObjectNode inspectionData) {
    public enum Status { SUCCEEDED, FAILED, RETRIABLE, CAUGHT_ERROR }
}

package stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import stepwise.model.json.JsonPointer;

/**
 * A {@code .waitForTaskToken} task waiting for its callback: answer it with
 * {@link Execution#sendTaskSuccess}, {@link Execution#sendTaskFailure} or keep it alive with
 * {@link Execution#sendTaskHeartbeat}.
 *
 * @param taskToken    the token to answer with
 * @param stateName    the waiting Task state
 * @param statePointer where that state is written
 * @param parameters   what the task was started with
 * @param since        when it started waiting (execution time)
 * @param timeoutAt    when it times out (execution time), or null for never
 */
public record PendingCallback(String taskToken, String stateName, JsonPointer statePointer, JsonNode parameters, Instant since,
                              Instant timeoutAt) {
}

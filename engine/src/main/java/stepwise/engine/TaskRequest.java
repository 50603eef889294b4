package stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import stepwise.model.asl.IntegrationPattern;
import stepwise.model.json.JsonPointer;

/**
 * One invocation of a Task state, as a {@link TaskHandler} sees it.
 *
 * @param stateName        the Task state's name
 * @param statePointer     where the state is written in the definition
 * @param resource         the {@code Resource} as written (an ARN, possibly with {@code .sync} or {@code .waitForTaskToken})
 * @param pattern          the service integration pattern the resource asks for
 * @param parameters       the effective parameters: the state's input after {@code InputPath}/{@code Parameters}
 *                         or its {@code Arguments}
 * @param taskToken        the token of a {@code .waitForTaskToken} task ({@code $$.Task.Token}), else null
 * @param invocation       how many times this state was invoked before in this execution (retries and Map
 *                         iterations included), counting from 0: the MockConfigFile response index
 * @param retryCount       the attempt within the current entry of the state (0 for the first)
 * @param executionName    the execution's name
 * @param stateMachineName the state machine's name
 */
public record TaskRequest(String stateName, JsonPointer statePointer, String resource, IntegrationPattern pattern,
                          JsonNode parameters, String taskToken, int invocation, int retryCount, String executionName,
                          String stateMachineName) {
}

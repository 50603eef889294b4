package stepwise.engine.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import stepwise.engine.data.DataScope;

/**
 * What a JSONata expression of a state sees: the {@code $states} reserved variable (input, result,
 * errorOutput, context), the workflow variables, and the bounds on evaluation.
 */
public interface JsonataScope extends DataScope {
    /** {@code $states.input}. */
    JsonNode statesInput();

    /** {@code $states.result}, or null where the field cannot see a result. */
    JsonNode statesResult();

    /** {@code $states.errorOutput}, or null outside a Catch. */
    JsonNode statesErrorOutput();

    /** How long one evaluation may run before it fails with {@code States.QueryEvaluationError}. */
    Duration evaluationTimeout();

    /** How deeply one evaluation may nest (recursion guard). */
    int evaluationDepth();
}

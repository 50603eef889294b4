package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How data goes through a state, in its query language. JSONPath: {@code InputPath} →
 * {@code Parameters} → (work) → {@code ResultSelector} → {@code ResultPath} → {@code OutputPath}.
 * JSONata: {@code Arguments} → (work) → {@code Output}, with {@code $states} in scope.
 */
interface DataFlow {
    /** The effective input ({@code InputPath}); failures here are not caught by the state. */
    JsonNode input(Fiber f, JsonNode raw);

    /** What the work receives: {@code Parameters}/{@code ItemSelector} or {@code Arguments}, else the effective input. */
    JsonNode parameters(Fiber f, JsonNode effective);

    /** The state's output before {@code OutputPath}: {@code ResultSelector} and {@code ResultPath} (JSONPath), the result (JSONata). */
    JsonNode result(Fiber f, JsonNode raw, JsonNode result);

    /** The value {@code Assign} sees as {@code $} (JSONPath) for a state that produced {@code result}. */
    default JsonNode assignInput(JsonNode effective, JsonNode result) {
        return result;
    }

    /** The state's output: {@code OutputPath} (JSONPath) or {@code Output} (JSONata, default {@code value}). */
    JsonNode output(Fiber f, JsonNode value);

    /** True when the state has an explicit output field ({@code OutputPath}/{@code Output}). */
    boolean hasOutput();
}

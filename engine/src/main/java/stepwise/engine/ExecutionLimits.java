package stepwise.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits an execution runs under. {@link #AWS} has AWS's quotas: 256 KiB per payload
 * ({@code States.DataLimitExceeded}) and 25,000 history events for a Standard execution; JSONata
 * expressions get 5 seconds and a nesting depth of 500 before they fail with
 * {@code States.QueryEvaluationError}. A limit of 0 means none.
 */
public record ExecutionLimits(long maxPayloadBytes, long maxHistoryEvents, Duration expressionTimeout, int expressionDepth) {
    public static final long AWS_PAYLOAD_BYTES = 256 * 1024;
    public static final long AWS_HISTORY_EVENTS = 25_000;
    public static final ExecutionLimits AWS = new ExecutionLimits(AWS_PAYLOAD_BYTES, AWS_HISTORY_EVENTS, Duration.ofSeconds(5), 500);

    public ExecutionLimits {
        Objects.requireNonNull(expressionTimeout, "expressionTimeout");
        if (maxPayloadBytes < 0 || maxHistoryEvents < 0 || expressionDepth < 0) {
            throw new IllegalArgumentException("limits cannot be negative");
        }
    }

    /** AWS's limits without the payload and history quotas (for benchmarks and very long local runs). */
    public static ExecutionLimits unlimited() {
        return new ExecutionLimits(0, 0, AWS.expressionTimeout, AWS.expressionDepth);
    }

    public ExecutionLimits withMaxPayloadBytes(long bytes) {
        return new ExecutionLimits(bytes, maxHistoryEvents, expressionTimeout, expressionDepth);
    }

    public ExecutionLimits withMaxHistoryEvents(long events) {
        return new ExecutionLimits(maxPayloadBytes, events, expressionTimeout, expressionDepth);
    }

    public ExecutionLimits withExpressionTimeout(Duration timeout) {
        return new ExecutionLimits(maxPayloadBytes, maxHistoryEvents, timeout, expressionDepth);
    }

    public ExecutionLimits withExpressionDepth(int depth) {
        return new ExecutionLimits(maxPayloadBytes, maxHistoryEvents, expressionTimeout, depth);
    }
}

package stepwise.engine.interpreter;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One {@code Retry} entry. Delay before retry {@code n} (from 0): {@code IntervalSeconds × BackoffRate^n},
 * capped by {@code MaxDelaySeconds}; with {@code JitterStrategy: FULL} a random part of it, drawn from
 * the execution's seeded source so runs repeat.
 */
record Retrier(List<String> errorEquals, double intervalSeconds, int maxAttempts, double backoffRate, Double maxDelaySeconds,
               boolean fullJitter) {
    static final double DEFAULT_INTERVAL = 1;
    static final int DEFAULT_MAX_ATTEMPTS = 3;
    static final double DEFAULT_BACKOFF = 2.0;

    boolean matches(String error) {
        return ErrorMatcher.matches(errorEquals, error);
    }

    /** Milliseconds to wait before retry number {@code attempt} (0 for the first retry); no jitter without {@code random}. */
    long delayMillis(int attempt, RandomGenerator random) {
        double seconds = intervalSeconds * Math.pow(backoffRate, attempt);
        if (maxDelaySeconds != null) {
            seconds = Math.min(seconds, maxDelaySeconds);
        }
        if (fullJitter && random != null) {
            seconds = random.nextDouble() * seconds;
        }
        return Math.round(seconds * 1000);
    }
}

package stepwise.engine.replay;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import stepwise.engine.HistoryEvent;

/**
 * What an execution would cost on AWS: a Standard workflow pays per state transition (every state
 * entered, and every retry), an Express workflow per request and per GB-second of duration (billed in
 * 100 ms steps, at least 64 MB). The prices are AWS's published us-east-1 list prices as of
 * {@link #PRICES_AS_OF}; free tiers and volume discounts are left out.
 *
 * @param transitions      state transitions (states entered plus retries)
 * @param duration         from the first event to the last
 * @param standardUsd      transitions × the Standard price
 * @param expressUsd       one request plus the duration at 64 MB
 */
public record ExecutionCost(long transitions, Duration duration, double standardUsd, double expressUsd) {
    /** When the prices below were taken from AWS's pricing page. */
    public static final String PRICES_AS_OF = "2025-01";
    /** USD per state transition, Standard workflows ($0.025 per 1,000). */
    public static final double STANDARD_PER_TRANSITION = 0.025 / 1000;
    /** USD per request, Express workflows ($1.00 per million). */
    public static final double EXPRESS_PER_REQUEST = 1.00 / 1_000_000;
    /** USD per GB-second, Express workflows (first 1,000 GB-hours a month). */
    public static final double EXPRESS_PER_GB_SECOND = 0.00001667;
    /** The memory an Express execution is billed at when it uses little: 64 MB. */
    public static final double EXPRESS_MIN_GB = 64.0 / 1024;

    /** The cost of the execution whose history is {@code events}. */
    public static ExecutionCost of(List<HistoryEvent> events) {
        long transitions = 0;
        long retries = 0;
        long attemptsInVisit = 0;
        for (HistoryEvent e : events) {
            EventKind k = EventKind.of(e.type());
            if (k == EventKind.ENTERED) {
                transitions++;
                attemptsInVisit = 0;
            } else if (k == EventKind.ATTEMPT_SCHEDULED) {
                attemptsInVisit++;
                if (attemptsInVisit > 1) {
                    retries++;
                }
            }
        }
        long total = transitions + retries;
        Duration d = events.isEmpty() ? Duration.ZERO
                : Duration.ofMillis(events.get(events.size() - 1).epochMillis() - events.get(0).epochMillis());
        double billedSeconds = Math.max(1, (d.toMillis() + 99) / 100) / 10.0;
        double express = EXPRESS_PER_REQUEST + billedSeconds * EXPRESS_MIN_GB * EXPRESS_PER_GB_SECOND;
        return new ExecutionCost(total, d, total * STANDARD_PER_TRANSITION, express);
    }

    /** {@code $0.000725}: enough digits to see a cost of one execution. */
    public static String usd(double amount) {
        if (amount == 0) {
            return "$0";
        }
        if (amount >= 1) {
            return String.format(Locale.ROOT, "$%,.2f", amount);
        }
        int digits = Math.max(2, (int) Math.ceil(-Math.log10(amount)) + 2);
        return String.format(Locale.ROOT, "$%." + Math.min(digits, 10) + "f", amount);
    }
}

package stepwise.canvas.diagram;

import java.util.List;
import stepwise.model.asl.RetryPolicy;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonValue;

/** The retry badge's text: which errors a state retries, how often and how fast, one line per policy. */
public final class RetrySummary {
    private RetrySummary() {
    }

    public static String of(List<RetryPolicy> retry) {
        StringBuilder sb = new StringBuilder();
        for (RetryPolicy p : retry) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append("Retries ").append(p.errorEquals().isEmpty() ? "?" : String.join(", ", p.errorEquals()));
            sb.append(": ").append(number(p.maxAttempts(), "3")).append(" attempts, first after ")
                    .append(number(p.intervalSeconds(), "1")).append(" s, backoff \u00d7").append(number(p.backoffRate(), "2"));
            if (p.maxDelaySeconds() instanceof JsonNumber n) {
                sb.append(", at most ").append(n.text()).append(" s");
            }
            if ("FULL".equals(p.jitterStrategy())) {
                sb.append(", with jitter");
            }
        }
        return sb.toString();
    }

    private static String number(JsonValue v, String fallback) {
        return v instanceof JsonNumber n ? n.text() : fallback;
    }
}

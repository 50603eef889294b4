package stepwise.model.validate;

import java.math.BigDecimal;
import stepwise.model.asl.IntegrationPattern;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;
import stepwise.model.json.Span;

/**
 * Warnings for valid designs that are known to fail in production: a Map that starts every item at
 * once (it overwhelms what it calls), a callback Task that can wait forever for its token, and a
 * Retry whose backoff has no jitter (retries from many executions arrive together).
 */
final class SeedWarnings implements Rule {
    private static final int DEFAULT_MAX_ATTEMPTS = 3;

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        for (StateNode s : workflow.typedStates()) {
            if (s.type() == StateType.MAP) {
                concurrency(s, findings);
            }
            if (s.type() == StateType.TASK) {
                callback(s, findings);
            }
            if ((s.type() == StateType.TASK || s.type() == StateType.MAP || s.type() == StateType.PARALLEL)
                    && s.value("Retry") instanceof JsonArray retry) {
                for (int i = 0; i < retry.size(); i++) {
                    if (retry.get(i) instanceof JsonObject r) {
                        jitter(s, r, Place.child(s.pointer("Retry"), i), findings);
                    }
                }
            }
        }
    }

    private static void concurrency(StateNode s, Findings findings) {
        Member max = s.field("MaxConcurrency");
        if (max == null && !s.has("MaxConcurrencyPath")) {
            findings.report(ValidationCode.MAP_UNBOUNDED_CONCURRENCY, s.namePlace(), capitalise(s.describe())
                    + " has no MaxConcurrency, so it starts every item at once; set a limit the services it calls can take");
        } else if (max != null && max.value() instanceof JsonNumber n && n.decimal().signum() == 0) {
            findings.report(ValidationCode.MAP_UNBOUNDED_CONCURRENCY, Findings.valueOf(s.pointer("MaxConcurrency"), max),
                    "MaxConcurrency 0 means no limit: " + s.describe() + " starts every item at once; set a limit the services "
                            + "it calls can take");
        }
    }

    private static void callback(StateNode s, Findings findings) {
        Member resource = s.field("Resource");
        if (resource == null || !(resource.value() instanceof JsonString arn) || IntegrationPattern.of(arn.value()) != IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
            return;
        }
        if (!s.has("TimeoutSeconds") && !s.has("TimeoutSecondsPath") && !s.has("HeartbeatSeconds") && !s.has("HeartbeatSecondsPath")) {
            findings.report(ValidationCode.CALLBACK_WITHOUT_TIMEOUT, Findings.valueOf(s.pointer("Resource"), resource),
                    capitalise(s.describe()) + " waits for a task token with neither TimeoutSeconds nor HeartbeatSeconds: if the "
                            + "token is never sent back, the execution waits for up to a year");
        }
    }

    private static void jitter(StateNode s, JsonObject retry, String pointer, Findings findings) {
        if (retry.has("JitterStrategy")) {
            return;
        }
        JsonValue rate = retry.get("BackoffRate");
        JsonValue attempts = retry.get("MaxAttempts");
        boolean backsOff = rate == null || rate instanceof JsonNumber n && n.decimal().compareTo(BigDecimal.ONE) > 0;
        Long maxAttempts = attempts == null ? Long.valueOf(DEFAULT_MAX_ATTEMPTS) : attempts instanceof JsonNumber n ? n.longValue() : null;
        if (!backsOff || maxAttempts == null || maxAttempts < 2) {
            return;
        }
        Member at = retry.member("BackoffRate");
        Span span = at != null ? at.keySpan() : opening(retry);
        findings.report(ValidationCode.RETRY_WITHOUT_JITTER, at != null ? Place.child(pointer, "BackoffRate") : pointer, span,
                "A Retry of " + s.describe() + " backs off " + (rate == null ? "(BackoffRate 2.0 by default) " : "")
                        + "without JitterStrategy: retries of many executions will arrive together; add \"JitterStrategy\": \"FULL\"");
    }

    private static Span opening(JsonObject o) {
        Span s = o.span();
        return new Span(s.start(), Math.min(s.end(), s.start() + 1), s.line(), s.column());
    }

    private static String capitalise(String s) {
        return SchemaRules.capitalise(s);
    }
}

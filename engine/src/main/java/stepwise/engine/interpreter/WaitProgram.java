package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import stepwise.engine.data.Json;
import stepwise.engine.data.PathExpression;
import stepwise.engine.data.StateFailure;
import stepwise.engine.jsonata.JsonataTemplate;

/** A Wait state: until {@code Seconds} have passed or {@code Timestamp} is reached (literal, path or JSONata). */
final class WaitProgram extends StateProgram {
    /** How long to wait: exactly one of the four is set. */
    record Until(Long seconds, String timestamp, PathExpression secondsPath, PathExpression timestampPath,
                 JsonataTemplate jsonataSeconds, JsonataTemplate jsonataTimestamp) {
    }

    private final Until until;

    WaitProgram(StateHeader h, DataFlow flow, Assignment assign, Until until) {
        super(h, flow, assign);
        this.until = until;
    }

    @Override
    void execute(Fiber f) {
        JsonNode effective = flow.input(f, f.input);
        long wakeAt = wakeAt(f, effective);
        Map<String, JsonNode> assigned = assign(f, effective);
        f.block();
        long delay = Math.max(0, wakeAt - f.run.now());
        f.stateData = effective;
        f.run.schedule(Timer.Kind.WAIT, delay, f, () -> {
            try {
                leave(f, effective, assigned, next);
            } catch (StateFailure e) {
                fatal(f, e);
            }
        });
    }

    /** The execution time (epoch millis) at which the wait ends. */
    private long wakeAt(Fiber f, JsonNode effective) {
        long now = f.run.now();
        if (until.seconds() != null) {
            return now + until.seconds() * 1000;
        }
        if (until.timestamp() != null) {
            return parseTimestamp(until.timestamp()).toInstant().toEpochMilli();
        }
        if (until.secondsPath() != null) {
            PathExpression p = until.secondsPath();
            JsonNode v = p.evaluate(effective, f);
            if (v == null) {
                throw StateFailure.runtime("The SecondsPath parameter does not reference an input value: " + p.text());
            }
            if (!v.isIntegralNumber() && !(v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue()))) {
                throw StateFailure.runtime("The SecondsPath parameter cannot be parsed as a long value: " + p.text() + " == "
                        + (v.isTextual() ? v.textValue() : Json.write(v)));
            }
            long s = v.longValue();
            if (s < 0) {
                throw StateFailure.runtime("The SecondsPath parameter references a negative value: " + p.text() + " == " + s);
            }
            return now + s * 1000;
        }
        if (until.timestampPath() != null) {
            PathExpression p = until.timestampPath();
            JsonNode v = p.evaluate(effective, f);
            if (v == null) {
                throw StateFailure.runtime("The TimestampPath parameter does not reference an input value: " + p.text());
            }
            OffsetDateTime t = v.isTextual() ? tryParse(v.textValue()) : null;
            if (t == null) {
                throw StateFailure.runtime("The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time"
                        + " format string: " + p.text() + " == " + (v.isTextual() ? v.textValue() : Json.write(v)));
            }
            return t.toInstant().toEpochMilli();
        }
        if (until.jsonataSeconds() != null) {
            JsonataTemplate t = until.jsonataSeconds();
            JsonNode v = t.evaluate(f);
            if (!v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue())) {
                throw unexpected(t, "Seconds", "integer", v);
            }
            if (v.longValue() < 0) {
                throw StateFailure.queryEvaluation("The Seconds field must be a non-negative integer but was " + v.longValue(), "Seconds");
            }
            return now + v.longValue() * 1000;
        }
        JsonataTemplate t = until.jsonataTimestamp();
        JsonNode v = t.evaluate(f);
        if (!v.isTextual()) {
            throw unexpected(t, "Timestamp", "string", v);
        }
        OffsetDateTime parsed = tryParse(v.textValue());
        if (parsed == null) {
            throw StateFailure.queryEvaluation("The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: "
                    + v.textValue(), "Timestamp");
        }
        return parsed.toInstant().toEpochMilli();
    }

    private static StateFailure unexpected(JsonataTemplate t, String field, String expected, JsonNode v) {
        if (t.expression() != null) {
            return t.expression().unexpectedType(field, expected, v);
        }
        return StateFailure.queryEvaluation("The " + field + " field must be " + expected + " but was " + Json.write(v), field);
    }

    static OffsetDateTime parseTimestamp(String s) {
        return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static OffsetDateTime tryParse(String s) {
        try {
            return parseTimestamp(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

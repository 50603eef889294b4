package stepwise.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import stepwise.engine.EventDetails.EvaluationFailedEventDetails;
import stepwise.engine.EventDetails.ExecutionStartedEventDetails;
import stepwise.engine.EventDetails.ExecutionSucceededEventDetails;
import stepwise.engine.EventDetails.LambdaFunctionScheduledEventDetails;
import stepwise.engine.EventDetails.LambdaFunctionSucceededEventDetails;
import stepwise.engine.EventDetails.MapIterationEventDetails;
import stepwise.engine.EventDetails.StateEnteredEventDetails;
import stepwise.engine.EventDetails.StateExitedEventDetails;
import stepwise.engine.EventDetails.TaskScheduledEventDetails;
import stepwise.engine.EventDetails.TaskSucceededEventDetails;
import stepwise.engine.data.Json;
import stepwise.model.json.JsonPointer;

/**
 * One event of an execution's history, in the shape of AWS {@code GetExecutionHistory}: {@code id},
 * {@code previousEventId}, {@code timestamp}, {@code type} and the matching {@code *EventDetails}.
 * Immutable; the payloads it refers to are immutable values. Besides AWS's fields it knows the JSON
 * Pointer of the state it is about ({@link #statePointer()}), which is how the canvas finds the node
 * even when two nested states share a name.
 */
public final class HistoryEvent {
    private static final DateTimeFormatter AWS_CLI_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'000+00:00'").withZone(ZoneOffset.UTC);

    private final long id;
    private final long previousEventId;
    private final long epochMillis;
    private final HistoryEventType type;
    private final EventDetails details;
    private final JsonPointer statePointer;

    public HistoryEvent(long id, long previousEventId, Instant timestamp, HistoryEventType type, EventDetails details,
                        JsonPointer statePointer) {
        this(id, previousEventId, timestamp.toEpochMilli(), type, details, statePointer);
    }

    /** An event at {@code epochMillis}. */
    public HistoryEvent(long id, long previousEventId, long epochMillis, HistoryEventType type, EventDetails details,
                 JsonPointer statePointer) {
        this.id = id;
        this.previousEventId = previousEventId;
        this.epochMillis = epochMillis;
        this.type = Objects.requireNonNull(type);
        this.details = details == null ? EventDetails.NoDetails.INSTANCE : details;
        this.statePointer = statePointer;
    }

    /** Sequential from 1. */
    public long id() {
        return id;
    }

    /** The event this one follows in its own branch of the execution (0 for the first). */
    public long previousEventId() {
        return previousEventId;
    }

    public Instant timestamp() {
        return Instant.ofEpochMilli(epochMillis);
    }

    public long epochMillis() {
        return epochMillis;
    }

    public HistoryEventType type() {
        return type;
    }

    public EventDetails details() {
        return details;
    }

    /** Where the state this event is about is written ({@code /States/Pay}), or null for execution-level events. */
    public JsonPointer statePointer() {
        return statePointer;
    }

    /** The state's name for state events ({@code *StateEntered/Exited}, map iterations, evaluation failures), else null. */
    public String stateName() {
        if (details instanceof StateEnteredEventDetails d) {
            return d.name();
        }
        if (details instanceof StateExitedEventDetails d) {
            return d.name();
        }
        if (details instanceof MapIterationEventDetails d) {
            return d.name();
        }
        if (details instanceof EvaluationFailedEventDetails d) {
            return d.state();
        }
        return null;
    }

    /** The input this event carries (state entered, execution started, scheduled task parameters), or null. */
    public JsonNode input() {
        if (details instanceof StateEnteredEventDetails d) {
            return d.input();
        }
        if (details instanceof ExecutionStartedEventDetails d) {
            return d.input();
        }
        if (details instanceof TaskScheduledEventDetails d) {
            return d.parameters();
        }
        if (details instanceof LambdaFunctionScheduledEventDetails d) {
            return d.input();
        }
        if (details instanceof EventDetails.ActivityScheduledEventDetails d) {
            return d.input();
        }
        return null;
    }

    /** The output this event carries (state exited, task or execution succeeded), or null. */
    public JsonNode output() {
        if (details instanceof StateExitedEventDetails d) {
            return d.output();
        }
        if (details instanceof ExecutionSucceededEventDetails d) {
            return d.output();
        }
        if (details instanceof TaskSucceededEventDetails d) {
            return d.output();
        }
        if (details instanceof LambdaFunctionSucceededEventDetails d) {
            return d.output();
        }
        if (details instanceof EventDetails.ActivitySucceededEventDetails d) {
            return d.output();
        }
        if (details instanceof EventDetails.TaskSubmittedEventDetails d) {
            return d.output();
        }
        return null;
    }

    /** The error name of a failure event, or null. */
    public String error() {
        String[] ec = details.errorAndCause();
        return ec == null ? null : ec[0];
    }

    /** The cause of a failure event, or null. */
    public String cause() {
        String[] ec = details.errorAndCause();
        return ec == null ? null : ec[1];
    }

    /** The item index of a {@code MapIteration*} event, or -1. */
    public int mapIterationIndex() {
        return details instanceof MapIterationEventDetails d ? d.index() : -1;
    }

    /** The variables a state assigned ({@code *StateExited}), empty otherwise. */
    public Map<String, JsonNode> assignedVariables() {
        return details instanceof StateExitedEventDetails d ? d.assignedVariables() : Map.of();
    }

    /** The name AWS gives this event's details member: {@code stateEnteredEventDetails}, {@code taskScheduledEventDetails}... */
    public String detailsKey() {
        String name = type.name();
        if (name.endsWith("StateEntered")) {
            return "stateEnteredEventDetails";
        }
        if (name.endsWith("StateExited")) {
            return "stateExitedEventDetails";
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "EventDetails";
    }

    /** The event as JSON text, in the format {@code aws stepfunctions get-execution-history} prints. */
    public String toJson() {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the event as one JSON object. */
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("timestamp", AWS_CLI_TIME.format(Instant.ofEpochMilli(epochMillis)));
        g.writeStringField("type", type.name());
        g.writeNumberField("id", id);
        g.writeNumberField("previousEventId", previousEventId);
        if (!(details instanceof EventDetails.NoDetails)) {
            g.writeObjectFieldStart(detailsKey());
            details.write(g);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryEvent e && id == e.id && previousEventId == e.previousEventId && epochMillis == e.epochMillis
                && type == e.type && details.equals(e.details) && Objects.equals(statePointer, e.statePointer);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return "#" + id + " " + type + (stateName() != null ? " " + stateName() : "");
    }
}

package stepwise.engine.replay;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import stepwise.engine.EventDetails;
import stepwise.engine.EventDetails.ActivityFailedEventDetails;
import stepwise.engine.EventDetails.ActivityScheduledEventDetails;
import stepwise.engine.EventDetails.ActivityStartedEventDetails;
import stepwise.engine.EventDetails.ActivitySucceededEventDetails;
import stepwise.engine.EventDetails.ActivityTimedOutEventDetails;
import stepwise.engine.EventDetails.EvaluationFailedEventDetails;
import stepwise.engine.EventDetails.ExecutionAbortedEventDetails;
import stepwise.engine.EventDetails.ExecutionFailedEventDetails;
import stepwise.engine.EventDetails.ExecutionRedrivenEventDetails;
import stepwise.engine.EventDetails.ExecutionStartedEventDetails;
import stepwise.engine.EventDetails.ExecutionSucceededEventDetails;
import stepwise.engine.EventDetails.ExecutionTimedOutEventDetails;
import stepwise.engine.EventDetails.LambdaFunctionFailedEventDetails;
import stepwise.engine.EventDetails.LambdaFunctionScheduledEventDetails;
import stepwise.engine.EventDetails.LambdaFunctionSucceededEventDetails;
import stepwise.engine.EventDetails.LambdaFunctionTimedOutEventDetails;
import stepwise.engine.EventDetails.MapIterationEventDetails;
import stepwise.engine.EventDetails.MapRunFailedEventDetails;
import stepwise.engine.EventDetails.MapRunRedrivenEventDetails;
import stepwise.engine.EventDetails.MapRunStartedEventDetails;
import stepwise.engine.EventDetails.MapStateStartedEventDetails;
import stepwise.engine.EventDetails.StateEnteredEventDetails;
import stepwise.engine.EventDetails.StateExitedEventDetails;
import stepwise.engine.EventDetails.TaskFailedEventDetails;
import stepwise.engine.EventDetails.TaskScheduledEventDetails;
import stepwise.engine.EventDetails.TaskStartedEventDetails;
import stepwise.engine.EventDetails.TaskSubmittedEventDetails;
import stepwise.engine.EventDetails.TaskSucceededEventDetails;
import stepwise.engine.EventDetails.TaskTimedOutEventDetails;
import stepwise.engine.HistoryEvent;
import stepwise.engine.HistoryEventType;
import stepwise.engine.data.Json;

/**
 * Execution histories in AWS's JSON: what {@code aws stepfunctions get-execution-history} prints
 * ({@code {"events": [...]}}, one page or several pages in an array), the bare array of events the
 * console exports, or the API's own shape with epoch-second timestamps. Payloads ({@code input},
 * {@code output}, {@code parameters}) are JSON text in AWS's format; text that is not JSON (a truncated
 * payload) is kept as a string.
 */
public final class AwsHistory {
    /** Reads the file's structure; payloads are parsed with {@link Json#parse} as everywhere else in the engine. */
    private static final ObjectMapper STRUCTURE = new ObjectMapper();

    private AwsHistory() {
    }

    /** What an import found: the events in id order, and the event types it had to leave out. */
    public record Imported(List<HistoryEvent> events, List<String> skippedTypes) {
        public Imported {
            events = List.copyOf(events);
            skippedTypes = List.copyOf(skippedTypes);
        }
    }

    /** Reads a history from JSON text. */
    public static Imported read(String json) throws HistoryFormatException {
        return read(new StringReader(json));
    }

    /** Reads a history from JSON. */
    public static Imported read(Reader in) throws HistoryFormatException {
        List<JsonNode> nodes = new ArrayList<>();
        try (JsonParser p = STRUCTURE.getFactory().createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new HistoryFormatException("the file is empty");
            }
            readValue(p, nodes, true);
            if (p.nextToken() != null) {
                throw new HistoryFormatException("unexpected text after the history at line " + p.currentLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new HistoryFormatException("not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new HistoryFormatException("could not read the history: " + e.getMessage());
        }
        TreeSet<String> skipped = new TreeSet<>();
        List<HistoryEvent> events = convert(nodes, skipped);
        if (events.isEmpty()) {
            throw new HistoryFormatException("no events found: expected {\"events\": [...]} as `aws stepfunctions"
                    + " get-execution-history` prints it, or an array of events");
        }
        events.sort(Comparator.comparingLong(HistoryEvent::id));
        return new Imported(events, new ArrayList<>(skipped));
    }

    /** An object with "events", an array of events, or an array of pages. */
    /** Turns the event objects into events; payload parsing is most of the work, so it is shared among the cores. */
    private static List<HistoryEvent> convert(List<JsonNode> nodes, TreeSet<String> skipped) throws HistoryFormatException {
        HistoryEvent[] out = new HistoryEvent[nodes.size()];
        Payloads payloads = new Payloads();
        String[] unknown = new String[nodes.size()];
        HistoryFormatException[] problem = new HistoryFormatException[1];
        java.util.stream.IntStream.range(0, nodes.size()).parallel().forEach(i -> {
            try {
                out[i] = event(nodes.get(i), i, unknown, payloads);
            } catch (HistoryFormatException e) {
                synchronized (problem) {
                    if (problem[0] == null) {
                        problem[0] = e;
                    }
                }
            }
        });
        if (problem[0] != null) {
            throw problem[0];
        }
        List<HistoryEvent> events = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) {
                events.add(out[i]);
            } else if (unknown[i] != null) {
                skipped.add(unknown[i]);
            }
        }
        return events;
    }

    private static void readValue(JsonParser p, List<JsonNode> out, boolean top)
            throws IOException, HistoryFormatException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw new HistoryFormatException("expected an event object at line " + p.currentLocation().getLineNr());
                }
                JsonNode node = p.readValueAsTree();
                if (node.has("events")) {
                    node.get("events").forEach(out::add);
                } else {
                    out.add(node);
                }
            }
        } else if (p.currentToken() == JsonToken.START_OBJECT) {
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ((field.equals("events") || field.equals("Events")) && p.currentToken() == JsonToken.START_ARRAY) {
                    found = true;
                    readValue(p, out, false);
                } else {
                    p.skipChildren();
                }
            }
            if (!found && top) {
                throw new HistoryFormatException("the JSON object has no \"events\" array");
            }
        } else {
            throw new HistoryFormatException("expected {\"events\": [...]} or an array of events");
        }
    }

    private static HistoryEvent event(JsonNode n, int position, String[] unknown, Payloads payloads) throws HistoryFormatException {
        String typeName = Payloads.text(n, "type");
        JsonNode idNode = n.get("id");
        if (typeName == null || idNode == null || !idNode.canConvertToLong()) {
            throw new HistoryFormatException("event " + (position + 1) + " has no \"type\" or \"id\"");
        }
        long id = idNode.asLong();
        HistoryEventType type;
        try {
            type = HistoryEventType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            unknown[position] = typeName;
            return null;
        }
        long previous = n.has("previousEventId") ? n.get("previousEventId").asLong() : 0;
        long millis = timestamp(n.get("timestamp"), id);
        HistoryEvent shape = new HistoryEvent(id, previous, millis, type, null, null);
        JsonNode d = n.get(shape.detailsKey());
        return new HistoryEvent(id, previous, millis, type, payloads.details(type, d == null ? Json.object() : d), null);
    }

    private static long timestamp(JsonNode t, long id) throws HistoryFormatException {
        if (t == null || t.isNull()) {
            throw new HistoryFormatException("event " + id + " has no timestamp");
        }
        if (t.isNumber()) {
            double v = t.asDouble();
            return v > 1e11 ? (long) v : Math.round(v * 1000);
        }
        String s = t.asText().trim();
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e2) {
                try {
                    double v = Double.parseDouble(s);
                    return v > 1e11 ? (long) v : Math.round(v * 1000);
                } catch (NumberFormatException e3) {
                    throw new HistoryFormatException("event " + id + " has a timestamp that is not a date: " + s);
                }
            }
        }
    }

    /**
     * Parses the payloads of one history. An input is usually the output of the state before it, written
     * again: each distinct text is parsed once and its (immutable) value shared.
     */
    private static final class Payloads {
        private final java.util.concurrent.ConcurrentHashMap<String, JsonNode> parsed = new java.util.concurrent.ConcurrentHashMap<>();

        EventDetails details(HistoryEventType type, JsonNode d) {
            String name = type.name();
            if (name.endsWith("StateEntered")) {
                return new StateEnteredEventDetails(text(d, "name"), payload(d, "input"));
            }
            if (name.endsWith("StateExited")) {
                Map<String, JsonNode> assigned = new LinkedHashMap<>();
                JsonNode vars = d.get("assignedVariables");
                if (vars != null && vars.isObject()) {
                    vars.fields().forEachRemaining(e -> assigned.put(e.getKey(), payloadValue(e.getValue())));
                }
                return new StateExitedEventDetails(text(d, "name"), payload(d, "output"), assigned);
            }
            return switch (type) {
                case ExecutionStarted -> new ExecutionStartedEventDetails(payload(d, "input"), text(d, "roleArn"));
                case ExecutionSucceeded -> new ExecutionSucceededEventDetails(payload(d, "output"));
                case ExecutionFailed -> new ExecutionFailedEventDetails(text(d, "error"), text(d, "cause"));
                case ExecutionAborted -> new ExecutionAbortedEventDetails(text(d, "error"), text(d, "cause"));
                case ExecutionTimedOut -> new ExecutionTimedOutEventDetails(text(d, "error"), text(d, "cause"));
                case ExecutionRedriven -> new ExecutionRedrivenEventDetails(d.path("redriveCount").asInt());
                case TaskScheduled -> new TaskScheduledEventDetails(text(d, "resourceType"), text(d, "resource"), text(d, "region"),
                        payload(d, "parameters"), longOrNull(d, "timeoutInSeconds"), longOrNull(d, "heartbeatInSeconds"));
                case TaskStarted -> new TaskStartedEventDetails(text(d, "resourceType"), text(d, "resource"));
                case TaskSubmitted -> new TaskSubmittedEventDetails(text(d, "resourceType"), text(d, "resource"), payload(d, "output"));
                case TaskSucceeded -> new TaskSucceededEventDetails(text(d, "resourceType"), text(d, "resource"), payload(d, "output"));
                case TaskFailed, TaskStartFailed, TaskSubmitFailed -> new TaskFailedEventDetails(text(d, "resourceType"),
                        text(d, "resource"), text(d, "error"), text(d, "cause"));
                case TaskTimedOut -> new TaskTimedOutEventDetails(text(d, "resourceType"), text(d, "resource"), text(d, "error"),
                        text(d, "cause"));
                case LambdaFunctionScheduled -> new LambdaFunctionScheduledEventDetails(text(d, "resource"), payload(d, "input"),
                        longOrNull(d, "timeoutInSeconds"));
                case LambdaFunctionSucceeded -> new LambdaFunctionSucceededEventDetails(payload(d, "output"));
                case LambdaFunctionFailed, LambdaFunctionScheduleFailed, LambdaFunctionStartFailed ->
                        new LambdaFunctionFailedEventDetails(text(d, "error"), text(d, "cause"));
                case LambdaFunctionTimedOut -> new LambdaFunctionTimedOutEventDetails(text(d, "error"), text(d, "cause"));
                case ActivityScheduled -> new ActivityScheduledEventDetails(text(d, "resource"), payload(d, "input"),
                        longOrNull(d, "timeoutInSeconds"), longOrNull(d, "heartbeatInSeconds"));
                case ActivityStarted -> new ActivityStartedEventDetails(text(d, "workerName"));
                case ActivitySucceeded -> new ActivitySucceededEventDetails(payload(d, "output"));
                case ActivityFailed, ActivityScheduleFailed -> new ActivityFailedEventDetails(text(d, "error"), text(d, "cause"));
                case ActivityTimedOut -> new ActivityTimedOutEventDetails(text(d, "error"), text(d, "cause"));
                case MapStateStarted -> new MapStateStartedEventDetails(d.path("length").asInt(-1));
                case MapIterationStarted, MapIterationSucceeded, MapIterationFailed, MapIterationAborted ->
                        new MapIterationEventDetails(text(d, "name"), d.path("index").asInt(-1));
                case MapRunStarted -> new MapRunStartedEventDetails(text(d, "mapRunArn"));
                case MapRunFailed -> new MapRunFailedEventDetails(text(d, "error"), text(d, "cause"));
                case MapRunRedriven -> new MapRunRedrivenEventDetails(text(d, "mapRunArn"), d.path("redriveCount").asInt());
                case EvaluationFailed -> new EvaluationFailedEventDetails(text(d, "error"), text(d, "cause"), text(d, "location"),
                        text(d, "state"));
                default -> EventDetails.NoDetails.INSTANCE;
            };
        }

        private static String text(JsonNode d, String field) {
            JsonNode v = d.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        private static Long longOrNull(JsonNode d, String field) {
            JsonNode v = d.get(field);
            return v == null || !v.canConvertToLong() ? null : v.asLong();
        }

        private JsonNode payload(JsonNode d, String field) {
            JsonNode v = d.get(field);
            return v == null || v.isNull() ? null : payloadValue(v);
        }

        /** AWS writes payloads as JSON text; some exports embed them as JSON. Text that is not JSON stays text. */
        private JsonNode payloadValue(JsonNode v) {
            if (!v.isTextual()) {
                return v;
            }
            return parsed.computeIfAbsent(v.textValue(), text -> {
                try {
                    return Json.parse(text);
                } catch (JsonProcessingException e) {
                    return TextNode.valueOf(text);
                }
            });
        }
    }

    /** Writes {@code {"events": [...]}} as {@code aws stepfunctions get-execution-history} prints it. */
    public static void write(List<HistoryEvent> events, Writer out) throws IOException {
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("events");
            for (HistoryEvent h : events) {
                h.write(g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
    }
}

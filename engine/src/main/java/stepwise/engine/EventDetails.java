package stepwise.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import stepwise.engine.data.Json;

/**
 * The details of a history event, one record per shape of AWS's {@code *EventDetails}, with AWS's
 * field names. Payloads ({@code input}, {@code output}, {@code parameters}) are kept as values and
 * written as JSON text only when {@link HistoryEvent#toJson()} asks; their {@code *Details} objects
 * ({@code {"truncated": false}}) are written alongside them as AWS does.
 */
public sealed interface EventDetails {

    /** Writes this record's fields into the open JSON object of the details. */
    void write(JsonGenerator g) throws IOException;

    /** {@code executionStartedEventDetails}. */
    record ExecutionStartedEventDetails(JsonNode input, String roleArn) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            payload(g, "input", input);
            g.writeStringField("roleArn", roleArn);
        }
    }

    /** {@code executionSucceededEventDetails}. */
    record ExecutionSucceededEventDetails(JsonNode output) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            payload(g, "output", output);
        }
    }

    /** {@code executionFailedEventDetails}. */
    record ExecutionFailedEventDetails(String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            writeErrorAndCause(g, error, cause);
        }
    }

    /** {@code executionAbortedEventDetails}. */
    record ExecutionAbortedEventDetails(String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            writeErrorAndCause(g, error, cause);
        }
    }

    /** {@code executionTimedOutEventDetails}. */
    record ExecutionTimedOutEventDetails(String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            writeErrorAndCause(g, error, cause);
        }
    }

    /** {@code stateEnteredEventDetails}: every {@code <Type>StateEntered} event. */
    record StateEnteredEventDetails(String name, JsonNode input) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("name", name);
            payload(g, "input", input);
        }
    }

    /**
     * {@code stateExitedEventDetails}: every {@code <Type>StateExited} event. {@code assignedVariables}
     * holds the variables the state assigned (empty when none), written as AWS does: each value as JSON text.
     */
    record StateExitedEventDetails(String name, JsonNode output, Map<String, JsonNode> assignedVariables) implements EventDetails {
        public StateExitedEventDetails {
            assignedVariables = assignedVariables == null ? Map.of() : assignedVariables;
        }

        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("name", name);
            payload(g, "output", output);
            if (!assignedVariables.isEmpty()) {
                g.writeObjectFieldStart("assignedVariables");
                for (Map.Entry<String, JsonNode> e : assignedVariables.entrySet()) {
                    g.writeStringField(e.getKey(), Json.write(e.getValue()));
                }
                g.writeEndObject();
                g.writeObjectFieldStart("assignedVariablesDetails");
                g.writeBooleanField("truncated", false);
                g.writeEndObject();
            }
        }
    }

    /** {@code taskScheduledEventDetails}; the timeouts are null when the state sets none. */
    record TaskScheduledEventDetails(String resourceType, String resource, String region, JsonNode parameters,
                                     Long timeoutInSeconds, Long heartbeatInSeconds) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("resourceType", resourceType);
            g.writeStringField("resource", resource);
            g.writeStringField("region", region);
            g.writeStringField("parameters", Json.write(parameters));
            if (timeoutInSeconds != null) {
                g.writeNumberField("timeoutInSeconds", timeoutInSeconds);
            }
            if (heartbeatInSeconds != null) {
                g.writeNumberField("heartbeatInSeconds", heartbeatInSeconds);
            }
        }
    }

    /** {@code taskStartedEventDetails}. */
    record TaskStartedEventDetails(String resourceType, String resource) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("resourceType", resourceType);
            g.writeStringField("resource", resource);
        }
    }

    /** {@code taskSubmittedEventDetails}: what the service answered before the task waits for its callback. */
    record TaskSubmittedEventDetails(String resourceType, String resource, JsonNode output) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("resourceType", resourceType);
            g.writeStringField("resource", resource);
            payload(g, "output", output);
        }
    }

    /** {@code taskSucceededEventDetails}. */
    record TaskSucceededEventDetails(String resourceType, String resource, JsonNode output) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("resourceType", resourceType);
            g.writeStringField("resource", resource);
            payload(g, "output", output);
        }
    }

    /** {@code taskFailedEventDetails}. */
    record TaskFailedEventDetails(String resourceType, String resource, String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("resourceType", resourceType);
            g.writeStringField("resource", resource);
            writeErrorAndCause(g, error, cause);
        }
    }

    /** {@code taskTimedOutEventDetails}. */
    record TaskTimedOutEventDetails(String resourceType, String resource, String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("resourceType", resourceType);
            g.writeStringField("resource", resource);
            writeErrorAndCause(g, error, cause);
        }
    }

    /** {@code lambdaFunctionScheduledEventDetails}. */
    record LambdaFunctionScheduledEventDetails(String resource, JsonNode input, Long timeoutInSeconds) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("resource", resource);
            payload(g, "input", input);
            if (timeoutInSeconds != null) {
                g.writeNumberField("timeoutInSeconds", timeoutInSeconds);
            }
        }
    }

    /** {@code activityScheduledEventDetails}. */
    record ActivityScheduledEventDetails(String resource, JsonNode input, Long timeoutInSeconds, Long heartbeatInSeconds)
            implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("resource", resource);
            payload(g, "input", input);
            if (timeoutInSeconds != null) {
                g.writeNumberField("timeoutInSeconds", timeoutInSeconds);
            }
            if (heartbeatInSeconds != null) {
                g.writeNumberField("heartbeatInSeconds", heartbeatInSeconds);
            }
        }
    }

    /** {@code activityStartedEventDetails}. */
    record ActivityStartedEventDetails(String workerName) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            if (workerName != null) {
                g.writeStringField("workerName", workerName);
            }
        }
    }

    /** {@code lambdaFunctionSucceededEventDetails}. */
    record LambdaFunctionSucceededEventDetails(JsonNode output) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            payload(g, "output", output);
        }
    }

    /** {@code activitySucceededEventDetails}. */
    record ActivitySucceededEventDetails(JsonNode output) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            payload(g, "output", output);
        }
    }

    /** {@code lambdaFunctionFailedEventDetails}. */
    record LambdaFunctionFailedEventDetails(String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            writeErrorAndCause(g, error, cause);
        }
    }

    /** {@code lambdaFunctionTimedOutEventDetails}. */
    record LambdaFunctionTimedOutEventDetails(String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            writeErrorAndCause(g, error, cause);
        }
    }

    /** {@code activityFailedEventDetails}. */
    record ActivityFailedEventDetails(String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            writeErrorAndCause(g, error, cause);
        }
    }

    /** {@code activityTimedOutEventDetails}. */
    record ActivityTimedOutEventDetails(String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            writeErrorAndCause(g, error, cause);
        }
    }

    /** The error and cause of any failure details record, or null for other details. */
    default String[] errorAndCause() {
        if (this instanceof ExecutionFailedEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof ExecutionAbortedEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof ExecutionTimedOutEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof TaskFailedEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof TaskTimedOutEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof LambdaFunctionFailedEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof LambdaFunctionTimedOutEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof ActivityFailedEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof ActivityTimedOutEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof MapRunFailedEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        if (this instanceof EvaluationFailedEventDetails d) {
            return new String[] {d.error(), d.cause()};
        }
        return null;
    }

    /** {@code mapStateStartedEventDetails}. */
    record MapStateStartedEventDetails(int length) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeNumberField("length", length);
        }
    }

    /** {@code mapIterationStartedEventDetails} (and Succeeded, Failed, Aborted): the Map state's name and the item's index. */
    record MapIterationEventDetails(String name, int index) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("name", name);
            g.writeNumberField("index", index);
        }
    }

    /** {@code mapRunStartedEventDetails}. */
    record MapRunStartedEventDetails(String mapRunArn) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("mapRunArn", mapRunArn);
        }
    }

    /** {@code mapRunFailedEventDetails}. */
    record MapRunFailedEventDetails(String error, String cause) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            writeErrorAndCause(g, error, cause);
        }
    }

    /** {@code evaluationFailedEventDetails}: a JSONata expression of {@code state} failed in field {@code location}. */
    record EvaluationFailedEventDetails(String error, String cause, String location, String state) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            writeErrorAndCause(g, error, cause);
            if (location != null) {
                g.writeStringField("location", location);
            }
            g.writeStringField("state", state);
        }
    }

    /** {@code executionRedrivenEventDetails} (imported histories only). */
    record ExecutionRedrivenEventDetails(int redriveCount) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeNumberField("redriveCount", redriveCount);
        }
    }

    /** {@code mapRunRedrivenEventDetails} (imported histories only). */
    record MapRunRedrivenEventDetails(String mapRunArn, int redriveCount) implements EventDetails {
        @Override
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField("mapRunArn", mapRunArn);
            g.writeNumberField("redriveCount", redriveCount);
        }
    }

    /** Events that carry no details: {@code ParallelStateStarted}, {@code MapStateSucceeded}, {@code MapRunSucceeded}... */
    record NoDetails() implements EventDetails {
        public static final NoDetails INSTANCE = new NoDetails();

        @Override
        public void write(JsonGenerator g) {
        }
    }

    private static void payload(JsonGenerator g, String field, JsonNode value) throws IOException {
        // A value too deep to write (only a caller's own JsonNode can be) is shown as AWS shows a cut payload.
        String text;
        try {
            text = Json.write(value);
        } catch (java.io.UncheckedIOException tooDeep) {
            text = null;
        }
        g.writeStringField(field, text == null ? "" : text);
        g.writeObjectFieldStart(field + "Details");
        g.writeBooleanField("truncated", text == null);
        g.writeEndObject();
    }

    private static void writeErrorAndCause(JsonGenerator g, String error, String cause) throws IOException {
        if (error != null) {
            g.writeStringField("error", error);
        }
        if (cause != null) {
            g.writeStringField("cause", cause);
        }
    }
}

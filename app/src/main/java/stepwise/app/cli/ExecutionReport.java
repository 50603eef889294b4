package stepwise.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionStatus;
import stepwise.engine.HistoryEvent;

/** Writes an execution's outcome and history as the CLI prints them. */
final class ExecutionReport {
    private ExecutionReport() {
    }

    /** {@code {"status", "output"}} or {@code {"status", "error", "cause"}}, plus {@code "id"} and {@code "events"} when given. */
    static String line(String id, Execution e, boolean events) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = CliJson.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            if (id != null) {
                g.writeStringField("id", id);
            }
            writeOutcome(g, e);
            if (events) {
                g.writeArrayFieldStart("events");
                for (HistoryEvent h : e.history()) {
                    h.write(g);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    static void writeOutcome(JsonGenerator g, Execution e) throws IOException {
        g.writeStringField("status", e.status().name());
        if (e.status() == ExecutionStatus.SUCCEEDED) {
            JsonNode output = e.output();
            g.writeFieldName("output");
            CliJson.MAPPER.writeTree(g, output);
        } else {
            writeNullable(g, "error", e.error());
            writeNullable(g, "cause", e.cause());
        }
    }

    private static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    /** {@code {"events": [...]}} as {@code aws stepfunctions get-execution-history} prints it. */
    static void writeHistory(List<HistoryEvent> events, Writer out) throws IOException {
        try (JsonGenerator g = CliJson.MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
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

    /** A line for a request that could not run: {@code {"id", "error", "cause"}}. */
    static String problem(String id, String error, String cause) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = CliJson.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            if (id != null) {
                g.writeStringField("id", id);
            }
            g.writeStringField("error", error);
            g.writeStringField("cause", cause);
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }
}

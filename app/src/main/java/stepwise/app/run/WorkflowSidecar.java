package stepwise.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import stepwise.model.json.Json;
import stepwise.model.json.JsonValue;
import stepwise.model.sidecar.Sidecar;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run panel's sections of the workflow's sidecar ({@link Sidecar}: {@code order.asl.json} has
 * {@code order.stepwise.json}): the named execution inputs and the mock scenario. Only these two
 * sections are written; the others (the canvas's pinned positions) stay as they are. An untitled
 * workflow keeps them in memory.
 * <pre>{"version": 1, "inputs": {"big order": {"amount": 1200}}, "mocks": {"file": "mocks.json", "testCase": "happy"}}</pre>
 */
public final class WorkflowSidecar {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String[] SECTIONS = {"inputs", "mocks"};

    private final Path workflow;
    private final ObjectNode root;

    private WorkflowSidecar(Path workflow, ObjectNode root) {
        this.workflow = workflow;
        this.root = root;
    }

    /** Where the sidecar of {@code workflow} lives. */
    public static Path sidecarOf(Path workflow) {
        return Sidecar.of(workflow);
    }

    /** The sidecar of {@code workflow} (null: an untitled workflow, kept in memory). A broken file reads as empty. */
    public static WorkflowSidecar of(Path workflow) {
        if (workflow == null) {
            return new WorkflowSidecar(null, MAPPER.createObjectNode());
        }
        ObjectNode root = MAPPER.createObjectNode();
        try {
            JsonNode read = MAPPER.readTree(stepwise.model.edit.JsonWriter.canonical(Sidecar.read(workflow), "\n"));
            if (read instanceof ObjectNode o) {
                root = o;
            }
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(WorkflowSidecar.class.getName()).warning("ignoring the sidecar of " + workflow + ": "
                    + e.getMessage());
        }
        return new WorkflowSidecar(workflow, root);
    }

    /** The sidecar file, or null for an untitled workflow. */
    public Path file() {
        return workflow == null ? null : Sidecar.of(workflow);
    }

    /** The named inputs, in the order they were saved: name → JSON text. */
    public Map<String, String> inputs() {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode inputs = root.get("inputs");
        if (inputs != null && inputs.isObject()) {
            inputs.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().textValue()
                    : pretty(e.getValue())));
        }
        return out;
    }

    /** Saves (or replaces) the input {@code name}; JSON text is kept as JSON, anything else as text. */
    public void putInput(String name, String json) throws IOException {
        ObjectNode inputs = root.has("inputs") && root.get("inputs").isObject() ? (ObjectNode) root.get("inputs") : root.putObject("inputs");
        JsonNode value;
        try {
            value = MAPPER.readTree(json);
        } catch (IOException e) {
            value = MAPPER.getNodeFactory().textNode(json);
        }
        inputs.set(name, value);
        save();
    }

    public void removeInput(String name) throws IOException {
        if (root.get("inputs") instanceof ObjectNode inputs && inputs.remove(name) != null) {
            save();
        }
    }

    /** A string member of the {@code mocks} object ({@code file}, {@code testCase}), or null. */
    public String mock(String key) {
        JsonNode m = root.path("mocks").get(key);
        return m == null || !m.isTextual() ? null : m.textValue();
    }

    public void putMock(String key, String value) throws IOException {
        ObjectNode mocks = root.get("mocks") instanceof ObjectNode o ? o : root.putObject("mocks");
        if (value == null) {
            mocks.remove(key);
        } else {
            mocks.put(key, value);
        }
        save();
    }

    private void save() throws IOException {
        if (workflow == null) {
            return;
        }
        Map<String, JsonValue> sections = new java.util.HashMap<>();
        for (String section : SECTIONS) {
            JsonNode value = root.get(section);
            sections.put(section, value == null || value.isEmpty() ? null : Json.parse(MAPPER.writeValueAsString(value)));
        }
        Sidecar.write(workflow, sections);
    }

    private static String pretty(JsonNode v) {
        return JsonBlock.pretty(v);
    }
}

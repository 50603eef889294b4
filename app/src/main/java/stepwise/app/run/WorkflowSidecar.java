package stepwise.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The file next to a workflow that keeps what is not ASL: the named execution inputs and the mock
 * scenario ({@code order.asl.json} has {@code order.asl.stepwise.json}). Members this class does not
 * know (a layout, written by another view) are kept as they are. An untitled workflow keeps them in
 * memory until it is saved.
 * <pre>{"version": 1, "inputs": {"big order": {"amount": 1200}}, "mocks": {"file": "mocks.json", "testCase": "happy"}}</pre>
 */
public final class WorkflowSidecar {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final ObjectNode root;

    private WorkflowSidecar(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    /** Where the sidecar of {@code workflow} lives. */
    public static Path sidecarOf(Path workflow) {
        String name = workflow.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".json", ".yaml", ".yml"}) {
            if (lower.endsWith(ext)) {
                name = name.substring(0, name.length() - ext.length());
                break;
            }
        }
        return workflow.resolveSibling(name + ".stepwise.json");
    }

    /** The sidecar of {@code workflow} (null: an untitled workflow, kept in memory). A broken file reads as empty. */
    public static WorkflowSidecar of(Path workflow) {
        if (workflow == null) {
            return new WorkflowSidecar(null, MAPPER.createObjectNode());
        }
        Path file = sidecarOf(workflow);
        ObjectNode root = MAPPER.createObjectNode();
        if (Files.exists(file)) {
            try {
                JsonNode read = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
                if (read instanceof ObjectNode o) {
                    root = o;
                }
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(WorkflowSidecar.class.getName()).warning("ignoring " + file + ": " + e.getMessage());
            }
        }
        return new WorkflowSidecar(file, root);
    }

    public Path file() {
        return file;
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
        root.put("version", VERSION);
        if (file == null) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator(),
                StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String pretty(JsonNode v) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(v);
        } catch (IOException e) {
            return v.toString();
        }
    }
}

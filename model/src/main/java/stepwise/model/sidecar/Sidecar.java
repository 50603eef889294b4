package stepwise.model.sidecar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import stepwise.model.edit.JsonWriter;
import stepwise.model.json.Json;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * The one file next to a workflow that keeps what is not ASL, so the workflow itself never holds it:
 * {@code order.asl.json} has {@code order.stepwise.json}. Each view owns a section and rewrites only
 * that one, keeping the others as they are: the canvas's {@code "pinned"} positions, the run panel's
 * {@code "inputs"} and {@code "mocks"}.
 * <pre>{"version": 1, "pinned": {"/States/Pay": {"x": 120, "y": 340}}, "inputs": {"big order": {"amount": 1200}}}</pre>
 */
public final class Sidecar {
    public static final int VERSION = 1;
    private static final String SUFFIX = ".stepwise.json";

    private Sidecar() {
    }

    /** Where the sidecar of {@code workflow} lives. */
    public static Path of(Path workflow) {
        String name = workflow.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".asl.json", ".asl.yaml", ".asl.yml", ".json", ".yaml", ".yml"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                name = name.substring(0, name.length() - ext.length());
                break;
            }
        }
        return workflow.resolveSibling(name + SUFFIX);
    }

    /**
     * The sidecar's content, or an empty object when there is none.
     * @throws IOException when it cannot be read or is not a JSON object (the message says why)
     */
    public static JsonObject read(Path workflow) throws IOException {
        Path file = of(workflow);
        if (!Files.exists(file)) {
            return Json.object(List.of());
        }
        JsonParser.Result parsed = JsonParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (!parsed.diagnostics().isEmpty() || !(parsed.root() instanceof JsonObject root)) {
            String why = parsed.diagnostics().isEmpty() ? "it is not a JSON object" : parsed.diagnostics().get(0).message();
            throw new IOException(file.getFileName() + " cannot be read: " + why);
        }
        return root;
    }

    /**
     * Replaces the sections named in {@code sections} (a null value removes one) and keeps every other,
     * writing atomically; the file goes away when nothing is left in it. A sidecar that cannot be read
     * is replaced rather than kept broken.
     */
    public static void write(Path workflow, Map<String, ? extends JsonValue> sections) throws IOException {
        JsonObject before;
        try {
            before = read(workflow);
        } catch (IOException unreadable) {
            before = Json.object(List.of());
        }
        List<Member> members = new ArrayList<>();
        for (Member m : before.members()) {
            if (!m.key().equals("version") && !sections.containsKey(m.key())) {
                members.add(m);
            }
        }
        for (Map.Entry<String, ? extends JsonValue> e : sections.entrySet()) {
            if (e.getValue() != null) {
                members.add(Json.member(e.getKey(), e.getValue()));
            }
        }
        Path file = of(workflow);
        if (members.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        members.add(0, Json.member("version", Json.number(VERSION)));
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, JsonWriter.canonical(Json.object(members), "\n"), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

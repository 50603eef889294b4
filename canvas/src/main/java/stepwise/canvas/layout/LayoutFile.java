package stepwise.canvas.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * The sidecar file that keeps the positions the user gave states, next to the workflow and never inside
 * it: {@code order.asl.json} has {@code order.asl.layout.json}. The format is small JSON:
 * <pre>{"version": 1, "pinned": {"/States/Pay": {"x": 120, "y": 340}}}</pre>
 * keyed by state id (the state's JSON Pointer), positions relative to the state's scope.
 */
public final class LayoutFile {
    public static final int VERSION = 1;

    private LayoutFile() {
    }

    /** Where the layout of {@code workflow} is kept. */
    public static Path sidecarOf(Path workflow) {
        String name = workflow.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String base = name;
        for (String ext : new String[] {".json", ".yaml", ".yml"}) {
            if (lower.endsWith(ext)) {
                base = name.substring(0, name.length() - ext.length());
                break;
            }
        }
        return workflow.resolveSibling(base + ".layout.json");
    }

    /** The pins saved for {@code workflow}; none when there is no sidecar. */
    public static LayoutPins read(Path workflow) throws IOException {
        Path file = sidecarOf(workflow);
        if (!Files.exists(file)) {
            return LayoutPins.NONE;
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    static LayoutPins parse(String text, String fileName) throws IOException {
        JsonParser.Result parsed = JsonParser.parse(text);
        if (!parsed.diagnostics().isEmpty() || !(parsed.root() instanceof JsonObject root)) {
            String why = parsed.diagnostics().isEmpty() ? "it is not a JSON object" : parsed.diagnostics().get(0).message();
            throw new IOException(fileName + " is not a layout file: " + why);
        }
        JsonObject pinned = root.object("pinned");
        if (pinned == null) {
            return LayoutPins.NONE;
        }
        Map<String, Point> out = new LinkedHashMap<>();
        for (Member m : pinned.members()) {
            if (m.value() instanceof JsonObject p && number(p.get("x")) != null && number(p.get("y")) != null) {
                out.put(m.key(), new Point(number(p.get("x")), number(p.get("y"))));
            }
        }
        return new LayoutPins(out);
    }

    private static Double number(JsonValue v) {
        return v instanceof JsonNumber n ? n.decimal().doubleValue() : null;
    }

    /** Writes the pins beside {@code workflow} (atomically), or removes the sidecar when there are none. */
    public static void write(Path workflow, LayoutPins pins) throws IOException {
        Path file = sidecarOf(workflow);
        if (pins.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, format(pins), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String format(LayoutPins pins) {
        StringBuilder sb = new StringBuilder("{\n  \"version\": ").append(VERSION).append(",\n  \"pinned\": {");
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Point> e : new TreeMap<>(pins.positions()).entrySet()) {
            lines.add("\n    " + quote(e.getKey()) + ": {\"x\": " + number(e.getValue().x()) + ", \"y\": " + number(e.getValue().y()) + "}");
        }
        sb.append(String.join(",", lines)).append(lines.isEmpty() ? "}" : "\n  }").append("\n}\n");
        return sb.toString();
    }

    private static String number(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

package stepwise.canvas.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import stepwise.model.json.Json;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;
import stepwise.model.json.Span;
import stepwise.model.sidecar.Sidecar;

/**
 * The positions the user gave states, kept in the workflow's sidecar ({@link Sidecar}: {@code order.asl.json}
 * has {@code order.stepwise.json}) and never in the workflow. This is the sidecar's {@code "pinned"}
 * section, keyed by state id (the state's JSON Pointer), positions relative to the state's scope:
 * <pre>{"version": 1, "pinned": {"/States/Pay": {"x": 120, "y": 340}}}</pre>
 */
public final class LayoutFile {
    public static final int VERSION = Sidecar.VERSION;
    static final String SECTION = "pinned";

    private LayoutFile() {
    }

    /** Where the layout of {@code workflow} is kept. */
    public static Path sidecarOf(Path workflow) {
        return Sidecar.of(workflow);
    }

    /** The pins saved for {@code workflow}; none when there is no sidecar. */
    public static LayoutPins read(Path workflow) throws IOException {
        return pins(Sidecar.read(workflow));
    }

    static LayoutPins parse(String text, String fileName) throws IOException {
        JsonParser.Result parsed = JsonParser.parse(text);
        if (!parsed.diagnostics().isEmpty() || !(parsed.root() instanceof JsonObject root)) {
            String why = parsed.diagnostics().isEmpty() ? "it is not a JSON object" : parsed.diagnostics().get(0).message();
            throw new IOException(fileName + " is not a layout file: " + why);
        }
        return pins(root);
    }

    private static LayoutPins pins(JsonObject root) {
        JsonObject pinned = root.object(SECTION);
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

    /** Writes the pins into the sidecar of {@code workflow} (atomically, keeping its other sections); none removes them. */
    public static void write(Path workflow, LayoutPins pins) throws IOException {
        Map<String, JsonValue> section = new HashMap<>();
        section.put(SECTION, pins.isEmpty() ? null : section(pins));
        Sidecar.write(workflow, section);
    }

    /** The pins as the sidecar's section, in id order, positions rounded to a tenth. */
    static JsonObject section(LayoutPins pins) {
        List<Member> members = new ArrayList<>();
        for (Map.Entry<String, Point> e : new TreeMap<>(pins.positions()).entrySet()) {
            members.add(Json.member(e.getKey(), Json.object("x", number(e.getValue().x()), "y", number(e.getValue().y()))));
        }
        return Json.object(members);
    }

    private static JsonNumber number(double v) {
        double r = Math.round(v * 10) / 10.0;
        return new JsonNumber(Span.NONE, r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r));
    }
}

package stepwise.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * The bundled example workflows, for the start page and "New from example". Each lives in its own folder
 * under {@code stepwise/assets/examples/<id>/}: the workflow {@code <id>.asl.json}, {@code inputs/*.json},
 * the mock file {@code mocks.json} and {@code example.json} (title, what it teaches, the default input and
 * test case, and how each test case ends). {@code examples.txt} lists the folders in display order.
 */
public final class Examples {
    private static final String FOLDER = "examples/";
    private static final Set<String> STATUSES = Set.of("SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED");

    private Examples() {
    }

    /** Loaded once, on first use; the examples are immutable. */
    private static final class Bundled {
        static final List<Example> ALL = load();
    }

    /**
     * The examples in display order.
     * @throws IllegalStateException when a bundled file is missing or malformed (a defect of the build)
     */
    public static List<Example> list() {
        return Bundled.ALL;
    }

    /** The example with this id. */
    public static Optional<Example> find(String id) {
        return list().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static List<Example> load() {
        List<Example> examples = new ArrayList<>();
        for (String line : text(FOLDER + "examples.txt").split("\n")) {
            String id = line.strip();
            if (!id.isEmpty()) {
                examples.add(read(id));
            }
        }
        return List.copyOf(examples);
    }

    /** Reads one example's folder. */
    static Example read(String id) {
        String folder = FOLDER + id + "/";
        String metadataFile = folder + "example.json";
        JsonObject meta = object(text(metadataFile), metadataFile);
        Map<String, ExampleInput> inputs = new LinkedHashMap<>();
        for (Member m : requiredObject(meta, "inputs", metadataFile).members()) {
            String description = string(m.value(), metadataFile, "inputs." + m.key());
            inputs.put(m.key(), new ExampleInput(m.key(), description, text(folder + ExampleInput.fileName(m.key()))));
        }
        Map<String, ExampleTestCase> testCases = new LinkedHashMap<>();
        for (Member m : requiredObject(meta, "testCases", metadataFile).members()) {
            testCases.put(m.key(), testCase(m, metadataFile));
        }
        try {
            return new Example(id, requiredString(meta, "title", metadataFile), requiredString(meta, "teaches", metadataFile),
                    requiredString(meta, "stateMachine", metadataFile), text(folder + id + ".asl.json"), inputs,
                    requiredString(meta, "defaultInput", metadataFile), text(folder + Example.MOCKS_FILE), testCases,
                    requiredString(meta, "defaultTestCase", metadataFile));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(metadataFile + ": " + e.getMessage(), e);
        }
    }

    private static ExampleTestCase testCase(Member m, String file) {
        String where = "testCases." + m.key();
        if (!(m.value() instanceof JsonObject o)) {
            throw new IllegalStateException(file + ": " + where + " must be an object");
        }
        String status = requiredString(o, "status", file);
        if (!STATUSES.contains(status)) {
            throw new IllegalStateException(file + ": " + where + ".status must be one of " + STATUSES + ", not " + status);
        }
        String error = o.has("error") ? string(o.get("error"), file, where + ".error") : null;
        if ((error == null) != status.equals("SUCCEEDED")) {
            throw new IllegalStateException(file + ": " + where + " needs an error exactly when it does not succeed");
        }
        List<String> visits = new ArrayList<>();
        if (o.has("visits")) {
            if (!(o.get("visits") instanceof JsonArray a)) {
                throw new IllegalStateException(file + ": " + where + ".visits must be an array of state names");
            }
            for (JsonValue v : a.items()) {
                visits.add(string(v, file, where + ".visits"));
            }
        }
        return new ExampleTestCase(m.key(), requiredString(o, "story", file), requiredString(o, "input", file), status, error, visits);
    }

    private static JsonObject object(String text, String file) {
        JsonParser.Result parsed = JsonParser.parse(text);
        if (!parsed.ok() || !(parsed.root() instanceof JsonObject o)) {
            throw new IllegalStateException(file + " is not a JSON object"
                    + (parsed.ok() ? "" : ": " + parsed.diagnostics().get(0).message()));
        }
        return o;
    }

    private static JsonObject requiredObject(JsonObject o, String key, String file) {
        if (!(o.get(key) instanceof JsonObject value)) {
            throw new IllegalStateException(file + ": \"" + key + "\" must be an object");
        }
        return value;
    }

    private static String requiredString(JsonObject o, String key, String file) {
        return string(o.get(key), file, key);
    }

    private static String string(JsonValue v, String file, String where) {
        if (v == null || v.asText() == null || v.asText().isBlank()) {
            throw new IllegalStateException(file + ": \"" + where + "\" must be a non-empty string");
        }
        return v.asText();
    }

    private static String text(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled file stepwise/assets/" + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled file stepwise/assets/" + resource, e);
        }
    }
}

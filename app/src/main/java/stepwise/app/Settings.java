package stepwise.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user's settings (recent files, theme, whether the start page shows), kept as one JSON file,
 * {@code settings/settings.json} in the user's data folder ({@link UserFolders#settings()}), readable
 * only by the user. Read once; each change is written at once, atomically. When the file cannot be
 * written (a read-only home), the settings still work for this run and the failure is logged.
 *
 * <p>Not {@code java.util.prefs}: that puts the data outside Stepwise's folder (the registry on
 * Windows, {@code ~/.java} elsewhere), where {@code STEPWISE_HOME} cannot move it and tests cannot
 * keep away from the real user's settings.
 */
public final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FILE_NAME = "settings.json";

    private final Path file;
    private final ObjectNode root;

    private Settings(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    /** The settings of the user whose data folder is {@code folders}; empty settings if the folder cannot be made. */
    public static Settings of(UserFolders folders) {
        try {
            return at(folders.settings().resolve(FILE_NAME));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the settings folder cannot be made; settings are kept for this run only", e);
            return inMemory();
        }
    }

    /** Settings kept for this run only (tests, or when the settings folder cannot be made). */
    public static Settings inMemory() {
        return new Settings(null, JSON.createObjectNode());
    }

    /** The settings kept in {@code file}; a missing or damaged file reads as no settings (a damaged one is logged). */
    public static Settings at(Path file) {
        ObjectNode root = JSON.createObjectNode();
        if (Files.isRegularFile(file)) {
            try {
                JsonNode read = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
                if (read instanceof ObjectNode o) {
                    root = o;
                } else {
                    LOG.warning(file + " is not a JSON object; starting with default settings");
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot read " + file + "; starting with default settings", e);
            }
        }
        return new Settings(file, root);
    }

    /** Where the settings are written, or null when they are kept in memory only. */
    public Path file() {
        return file;
    }

    public synchronized Optional<String> string(String key) {
        JsonNode v = root.get(key);
        return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
    }

    public synchronized void putString(String key, String value) {
        if (value == null) {
            root.remove(key);
        } else {
            root.put(key, value);
        }
        save();
    }

    public synchronized boolean flag(String key, boolean otherwise) {
        JsonNode v = root.get(key);
        return v != null && v.isBoolean() ? v.booleanValue() : otherwise;
    }

    public synchronized void putFlag(String key, boolean value) {
        root.put(key, value);
        save();
    }

    /** The strings of an array setting, skipping anything else it holds. */
    public synchronized List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        JsonNode v = root.get(key);
        if (v != null && v.isArray()) {
            v.forEach(item -> {
                if (item.isTextual()) {
                    out.add(item.textValue());
                }
            });
        }
        return out;
    }

    public synchronized void putStrings(String key, List<String> values) {
        ArrayNode array = root.putArray(key);
        values.forEach(array::add);
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            byte[] bytes = (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
            WorkflowFiles.writeAtomically(file, bytes);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the settings to " + file + "; they are kept for this run only", e);
        }
    }
}

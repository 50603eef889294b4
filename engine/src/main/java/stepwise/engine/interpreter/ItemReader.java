package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import stepwise.engine.data.ErrorNames;
import stepwise.engine.data.Json;
import stepwise.engine.data.PayloadTemplate;
import stepwise.engine.data.StateFailure;
import stepwise.engine.jsonata.JsonataTemplate;

/**
 * A Map's {@code ItemReader}, reading from a local folder the user mapped to an S3 bucket:
 * {@code s3:getObject} reads one file as JSON, JSON Lines or CSV; {@code s3:listObjectsV2} lists the files.
 */
record ItemReader(String resource, PayloadTemplate parameters, JsonataTemplate arguments, String inputType, boolean csvHeaderGiven,
                  List<String> csvHeaders, MapProgram.NumberField maxItems) {

    JsonNode read(Fiber f, JsonNode effective) {
        JsonNode p = parameters != null ? parameters.evaluate(effective, f) : arguments != null ? arguments.evaluate(f) : Json.object();
        String bucket = p.path("Bucket").asText(null);
        if (bucket == null) {
            throw failed("the ItemReader has no Bucket parameter");
        }
        Path folder = f.run.bucketFolder(bucket);
        if (folder == null) {
            throw failed("the S3 bucket '" + bucket + "' is not mapped to a local folder; map it to a folder in the run options"
                    + " (the CLI: --s3-bucket " + bucket + "=FOLDER)");
        }
        ArrayNode items;
        if (resource.endsWith("s3:listObjectsV2")) {
            items = list(folder, p.path("Prefix").asText(""));
        } else {
            String key = p.path("Key").asText(null);
            if (key == null) {
                throw failed("the ItemReader has no Key parameter");
            }
            Path file = inside(folder, folder.resolve(key));
            if (file == null || !Files.isRegularFile(file)) {
                throw failed("the object '" + key + "' is not in the folder mapped to bucket '" + bucket + "' (" + folder + ")");
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw failed("the object '" + key + "' cannot be read: " + e.getMessage());
            }
            items = parse(text, key);
        }
        long max = maxItems(f, effective);
        if (max > 0 && items.size() > max) {
            ArrayNode limited = Json.array((int) max);
            for (int i = 0; i < max; i++) {
                limited.add(items.get(i));
            }
            return limited;
        }
        return items;
    }

    private ArrayNode parse(String text, String key) {
        String type = inputType == null ? "JSON" : inputType;
        switch (type) {
            case "CSV":
                return csv(text);
            case "JSONL":
                ArrayNode lines = Json.array();
                for (String line : text.split("\r?\n")) {
                    if (!line.isBlank()) {
                        JsonNode v = Json.parseOrNull(line);
                        if (v == null) {
                            throw failed("a line of '" + key + "' is not JSON: " + line);
                        }
                        lines.add(v);
                    }
                }
                return lines;
            default:
                JsonNode v = Json.parseOrNull(text);
                if (v == null || !v.isArray()) {
                    throw failed("the object '" + key + "' must hold a JSON array");
                }
                return (ArrayNode) v;
        }
    }

    private ArrayNode csv(String text) {
        List<List<String>> rows = Csv.parse(text);
        List<String> headers;
        int first = 0;
        if (csvHeaderGiven) {
            headers = csvHeaders;
        } else {
            if (rows.isEmpty()) {
                return Json.array();
            }
            headers = rows.get(0);
            first = 1;
        }
        ArrayNode out = Json.array(rows.size());
        for (int r = first; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            ObjectNode o = Json.object(headers.size());
            for (int c = 0; c < headers.size(); c++) {
                o.put(headers.get(c), c < row.size() ? row.get(c) : "");
            }
            out.add(o);
        }
        return out;
    }

    /**
     * {@code p} with its links followed, if it is inside {@code folder} (also with links followed), else null:
     * neither {@code ..} nor a link may take a run out of the folder the user mapped.
     */
    static Path inside(Path folder, Path p) {
        try {
            Path root = folder.toRealPath();
            Path real = p.toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (IOException e) {
            return null; // missing, or a broken link
        }
    }

    private static ArrayNode list(Path folder, String prefix) {
        ArrayNode out = Json.array();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> sorted = new ArrayList<>(files.filter(Files::isRegularFile).filter(p -> inside(folder, p) != null).sorted().toList());
            for (Path p : sorted) {
                String key = folder.relativize(p).toString().replace('\\', '/');
                if (!key.startsWith(prefix)) {
                    continue;
                }
                ObjectNode o = Json.object(5);
                o.put("Etag", "\"" + Integer.toHexString(key.hashCode()) + "\"");
                o.put("Key", key);
                o.put("LastModified", Instant.ofEpochMilli(Files.getLastModifiedTime(p).toMillis()).toString());
                o.put("Size", Files.size(p));
                o.put("StorageClass", "STANDARD");
                out.add(o);
            }
        } catch (IOException e) {
            throw failed("the folder " + folder + " cannot be listed: " + e.getMessage());
        }
        return out;
    }

    private long maxItems(Fiber f, JsonNode effective) {
        if (maxItems == null || !maxItems.isSet()) {
            return 0;
        }
        JsonNode v = maxItems.literal() != null ? maxItems.literal() : maxItems.path() != null ? maxItems.path().evaluate(effective, f)
                : maxItems.jsonata().evaluate(f);
        if (v == null || !v.isNumber() || v.longValue() < 0) {
            throw StateFailure.runtime("The MaxItems field must be a non-negative integer");
        }
        return v.longValue();
    }

    private static StateFailure failed(String why) {
        return StateFailure.ofState(ErrorNames.ITEM_READER_FAILED, "The ItemReader failed: " + why);
    }

    /** A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and newlines inside quotes. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    any = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    any = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (any || field.length() > 0) {
                        row.add(field.toString());
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                } else {
                    field.append(c);
                    any = true;
                }
            }
            if (any || field.length() > 0) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}

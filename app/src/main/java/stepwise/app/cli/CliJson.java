package stepwise.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON for the command line: reading arguments and files, writing compact lines. */
final class CliJson {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private CliJson() {
    }

    static JsonNode parse(String text) throws JsonProcessingException {
        JsonNode n = MAPPER.readTree(text);
        if (n == null || n.isMissingNode()) {
            throw new JsonProcessingException("no JSON value") {
            };
        }
        return n;
    }

    static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A JSON argument written inline or as {@code @FILE}.
     * @throws UsageException when it cannot be read or is not JSON
     */
    static JsonNode argument(String option, String value) throws UsageException {
        String text = value;
        if (value.startsWith("@")) {
            try {
                text = Files.readString(Path.of(value.substring(1)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot read " + option + " file " + value.substring(1) + ": " + e.getMessage());
            }
        }
        try {
            return parse(text);
        } catch (JsonProcessingException e) {
            throw new UsageException(option + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A one-line description of a JSON parse error, with its position. */
    static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                + ")";
        return e.getOriginalMessage() + where;
    }
}

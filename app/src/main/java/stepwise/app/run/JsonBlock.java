package stepwise.app.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import javafx.scene.control.TextArea;

/** Read-only JSON, pretty-printed in a monospaced block as tall as its text (up to a limit). */
final class JsonBlock {
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();
    private static final ObjectMapper READER = new ObjectMapper();
    private static final double LINE_HEIGHT = 16;

    private JsonBlock() {
    }

    static String pretty(JsonNode value) {
        if (value == null) {
            return "";
        }
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }

    /** JSON text pretty-printed (or as it is when it is not JSON). */
    static String prettyText(String json) {
        try {
            return PRETTY.writeValueAsString(READER.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** A block showing {@code text}, at most {@code maxLines} tall before it scrolls. */
    static TextArea of(String text, int maxLines) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("json-view");
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        double height = Math.min(lines, maxLines) * LINE_HEIGHT + 14;
        area.setPrefHeight(height);
        area.setMinHeight(height);
        area.setMaxHeight(height);
        return area;
    }

    static TextArea of(JsonNode value, int maxLines) {
        return of(pretty(value), maxLines);
    }
}

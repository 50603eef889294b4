package stepwise.app.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;

/** Read-only JSON, pretty-printed in a monospaced block as tall as its text (up to a limit). */
final class JsonBlock {
    private static final ObjectMapper READER = new ObjectMapper();
    /**
     * JSON as people read it, and as the editor's Format writes it: two-space indentation, an array's
     * items one to a line, {@code "key": value}, and {@code {}} / {@code []} when empty.
     */
    private static final ObjectWriter READABLE = READER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private JsonBlock() {
    }

    static String pretty(JsonNode value) {
        if (value == null) {
            return "";
        }
        try {
            return READABLE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }

    /** JSON text pretty-printed (or as it is when it is not JSON). */
    static String prettyText(String json) {
        try {
            return READABLE.writeValueAsString(READER.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** {@code text} cut after {@code maxLines} lines with a count of the rest, unless only three or fewer would be left out. */
    static String shown(String text, int maxLines) {
        int lines = 0;
        int cut = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
                if (lines == maxLines && cut < 0) {
                    cut = i;
                }
            }
        }
        if (lines + 1 - maxLines <= 3) {
            return text; // three lines or fewer left out would save less room than the note saying so takes
        }
        return text.substring(0, cut) + "\n\u2026 " + (lines + 1 - maxLines) + " more lines (right-click to copy all)";
    }

    /**
     * A block showing {@code text}, at most {@code maxLines} lines, or three more rather than a note of so few
     * (the rest is counted, and Copy copies all).
     * A label, not a text area: a 100,000-event history is scrubbed through with these rebuilt each frame.
     */
    static Label of(String text, int maxLines) {
        String shown = shown(text, maxLines);
        Label block = new Label(shown);
        block.getStyleClass().add("json-view");
        block.setMaxWidth(Double.MAX_VALUE);
        block.setMinHeight(Region.USE_PREF_SIZE);
        block.setAlignment(Pos.TOP_LEFT);
        MenuItem copy = new MenuItem("Copy JSON");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        block.setContextMenu(new ContextMenu(copy));
        return block;
    }

    static Label of(JsonNode value, int maxLines) {
        return of(pretty(value), maxLines);
    }
}

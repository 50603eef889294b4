package stepwise.model.edit;

import stepwise.model.AslDocument;
import stepwise.model.TextStyle;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * How new JSON is written into a document so that it looks like the rest of the file: the indentation
 * unit, the line break, what stands between a key and its value ({@code ": "}, {@code ":"},
 * {@code " : "}), what follows a comma on one line ({@code ", "} or {@code ","}), and whether the file
 * is written on one line ({@code compact}).
 */
public record WriteStyle(String indent, String newline, String colon, String comma, boolean compact) {
    /** What {@code format} writes: two-space indentation, {@code ": "}, one value per line. */
    public static final WriteStyle CANONICAL = new WriteStyle("  ", "\n", ": ", ", ", false);

    public WriteStyle {
        if (colon.isEmpty() || colon.indexOf(':') < 0) {
            throw new IllegalArgumentException("the key separator must hold ':'");
        }
    }

    /** The canonical style with another line break. */
    public static WriteStyle canonical(String newline) {
        return new WriteStyle("  ", newline, ": ", ", ", false);
    }

    /** The style of {@code document}, read from its text and its first members. */
    public static WriteStyle of(AslDocument document) {
        TextStyle text = document.style();
        String text0 = document.text();
        String colon = ": ";
        String comma = ", ";
        JsonValue root = document.root();
        Member first = firstMember(root, 0);
        if (first != null) {
            String between = text0.substring(first.keySpan().end(), first.value().span().start());
            if (between.indexOf('\n') < 0 && between.indexOf('\r') < 0 && between.trim().equals(":")) {
                colon = between;
            }
        }
        String sep = firstInlineComma(root, text0, 0);
        if (sep != null) {
            comma = sep;
        }
        return new WriteStyle(text.isCompact() ? "" : text.indent(), text.newline(), colon, comma, text.isCompact());
    }

    private static Member firstMember(JsonValue v, int depth) {
        if (depth > 8) {
            return null;
        }
        if (v instanceof JsonObject o && o.size() > 0) {
            return o.members().get(0);
        }
        if (v instanceof JsonArray a) {
            for (JsonValue item : a.items()) {
                Member m = firstMember(item, depth + 1);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The text between the first two neighbours that stand on one line, from the comma on. */
    private static String firstInlineComma(JsonValue v, String text, int depth) {
        if (depth > 12 || v == null) {
            return null;
        }
        if (v instanceof JsonObject o) {
            for (int i = 1; i < o.size(); i++) {
                String s = commaBetween(text, o.members().get(i - 1).value().span().end(), o.members().get(i).keySpan().start());
                if (s != null) {
                    return s;
                }
            }
            for (Member m : o.members()) {
                String s = firstInlineComma(m.value(), text, depth + 1);
                if (s != null) {
                    return s;
                }
            }
        } else if (v instanceof JsonArray a) {
            for (int i = 1; i < a.size(); i++) {
                String s = commaBetween(text, a.get(i - 1).span().end(), a.get(i).span().start());
                if (s != null) {
                    return s;
                }
            }
            for (JsonValue item : a.items()) {
                String s = firstInlineComma(item, text, depth + 1);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static String commaBetween(String text, int from, int to) {
        if (from > to || to > text.length()) {
            return null;
        }
        String between = text.substring(from, to);
        if (between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0 || !between.trim().equals(",")) {
            return null;
        }
        return between.substring(between.indexOf(','));
    }
}

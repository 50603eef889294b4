package stepwise.model.edit;

import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNull;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPlaceholder;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Writes a JSON value (positioned or built) as JSON text in a {@link WriteStyle}: one member or item
 * per line, indented from a given indentation, or all on one line. Spans are ignored; the value's
 * structure, key order, number texts and placeholders are written as they are.
 */
public final class JsonWriter {
    private final WriteStyle style;

    public JsonWriter(WriteStyle style) {
        this.style = style;
    }

    public WriteStyle style() {
        return style;
    }

    /** {@code value} as it would stand on a line indented by {@code indent}: continuation lines start with it. */
    public String write(JsonValue value, String indent) {
        StringBuilder sb = new StringBuilder();
        if (style.compact()) {
            inline(value, sb);
        } else {
            block(value, indent, sb);
        }
        return sb.toString();
    }

    /** {@code value} at a nesting depth: {@code depth} indentation units in front of continuation lines. */
    public String write(JsonValue value, int depth) {
        return write(value, style.indent().repeat(Math.max(0, depth)));
    }

    /** {@code value} on one line, with the style's separators. */
    public String writeInline(JsonValue value) {
        StringBuilder sb = new StringBuilder();
        inline(value, sb);
        return sb.toString();
    }

    /** The whole document in canonical form: two-space indentation, key order kept, a final line break. */
    public static String canonical(JsonValue root, String newline) {
        return new JsonWriter(WriteStyle.canonical(newline)).write(root, "") + newline;
    }

    private void block(JsonValue value, String indent, StringBuilder sb) {
        if (value instanceof JsonObject o && o.size() > 0) {
            String inner = indent + style.indent();
            sb.append('{');
            for (int i = 0; i < o.size(); i++) {
                Member m = o.members().get(i);
                sb.append(i == 0 ? "" : ",").append(style.newline()).append(inner);
                quote(m.key(), sb);
                sb.append(style.colon());
                block(m.value(), inner, sb);
            }
            sb.append(style.newline()).append(indent).append('}');
        } else if (value instanceof JsonArray a && a.size() > 0) {
            String inner = indent + style.indent();
            sb.append('[');
            for (int i = 0; i < a.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(style.newline()).append(inner);
                block(a.get(i), inner, sb);
            }
            sb.append(style.newline()).append(indent).append(']');
        } else {
            scalar(value, sb);
        }
    }

    private void inline(JsonValue value, StringBuilder sb) {
        if (value instanceof JsonObject o) {
            sb.append('{');
            for (int i = 0; i < o.size(); i++) {
                Member m = o.members().get(i);
                if (i > 0) {
                    sb.append(style.comma());
                }
                quote(m.key(), sb);
                sb.append(style.colon());
                inline(m.value(), sb);
            }
            sb.append('}');
        } else if (value instanceof JsonArray a) {
            sb.append('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(style.comma());
                }
                inline(a.get(i), sb);
            }
            sb.append(']');
        } else {
            scalar(value, sb);
        }
    }

    private static void scalar(JsonValue value, StringBuilder sb) {
        if (value instanceof JsonString s) {
            quote(s.value(), sb);
        } else if (value instanceof JsonNumber n) {
            sb.append(n.text());
        } else if (value instanceof JsonBoolean b) {
            sb.append(b.value());
        } else if (value instanceof JsonNull) {
            sb.append("null");
        } else if (value instanceof JsonPlaceholder p) {
            sb.append(p.text());
        } else if (value instanceof JsonObject) {
            sb.append("{}");
        } else if (value instanceof JsonArray) {
            sb.append("[]");
        }
    }

    /** {@code s} as a JSON string literal. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(s, sb);
        return sb.toString();
    }

    static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}

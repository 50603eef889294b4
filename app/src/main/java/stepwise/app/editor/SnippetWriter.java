package stepwise.app.editor;

import java.util.List;
import java.util.Map;

/**
 * Writes the small JSON or YAML of a snippet (a new state, a retrier) at an indentation, in the
 * file's own indentation unit. {@link #CARET} marks where the caret goes; {@link #write} answers the
 * text with the marker removed and the caret's index.
 */
final class SnippetWriter {
    /** A string value that stands for where the caret goes (written as an empty string). */
    static final String CARET = "\u0001";

    record Written(String text, int caret) {
    }

    private final boolean yaml;
    private final String unit;
    private final String newline;

    SnippetWriter(boolean yaml, String unit, String newline) {
        this.yaml = yaml;
        this.unit = unit.isEmpty() ? "  " : unit;
        this.newline = newline;
    }

    /** The member {@code key: value} written at {@code indent} (the first line is not indented: it goes where the caret is). */
    Written member(String key, Object value, String indent) {
        StringBuilder sb = new StringBuilder();
        if (yaml) {
            sb.append(yamlScalar(key)).append(':');
            yamlValue(sb, value, indent);
        } else {
            sb.append(jsonString(key)).append(": ");
            json(sb, value, indent);
        }
        String s = sb.toString();
        int caret = s.indexOf(CARET);
        if (caret < 0) {
            return new Written(s, s.length());
        }
        return new Written(s.replace(CARET, ""), caret);
    }

    private void json(StringBuilder sb, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            String inner = indent + unit;
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(i++ == 0 ? "" : ",").append(newline).append(inner).append(jsonString((String) e.getKey())).append(": ");
                json(sb, e.getValue(), inner);
            }
            sb.append(newline).append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            if (scalars) {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    sb.append(i == 0 ? "" : ", ");
                    json(sb, list.get(i), indent);
                }
                sb.append(']');
                return;
            }
            sb.append('[');
            String inner = indent + unit;
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(newline).append(inner);
                json(sb, list.get(i), inner);
            }
            sb.append(newline).append(indent).append(']');
        } else if (value instanceof String s) {
            sb.append(jsonString(s));
        } else {
            sb.append(value);
        }
    }

    private void yamlValue(StringBuilder sb, Object value, String indent) {
        String inner = indent + unit;
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(newline).append(inner).append(yamlScalar((String) e.getKey())).append(':');
                yamlValue(sb, e.getValue(), inner);
            }
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            if (scalars) {
                sb.append(" [");
                for (int i = 0; i < list.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(yamlAtom(list.get(i)));
                }
                sb.append(']');
                return;
            }
            for (Object item : list) {
                sb.append(newline).append(inner).append("- ");
                if (item instanceof Map<?, ?> m) {
                    int i = 0;
                    String itemIndent = inner + "  ";
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        if (i++ > 0) {
                            sb.append(newline).append(itemIndent);
                        }
                        sb.append(yamlScalar((String) e.getKey())).append(':');
                        yamlValue(sb, e.getValue(), itemIndent);
                    }
                } else {
                    sb.append(yamlAtom(item));
                }
            }
        } else if (value instanceof Map<?, ?>) {
            sb.append(" {}");
        } else if (value instanceof List<?>) {
            sb.append(" []");
        } else {
            sb.append(' ').append(yamlAtom(value));
        }
    }

    private static String yamlAtom(Object v) {
        return v instanceof String s ? yamlScalar(s) : String.valueOf(v);
    }

    /** A YAML scalar, quoted only when it must be. */
    static String yamlScalar(String s) {
        if (s.equals(CARET)) {
            return CARET;
        }
        if (s.isEmpty()) {
            return "\"\"";
        }
        boolean quote = "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0 || s.contains(": ") || s.contains(" #")
                || s.endsWith(":") || s.startsWith(" ") || s.endsWith(" ")
                || s.matches("true|false|null|yes|no|on|off|~|[-+]?[0-9.][0-9._eE+-]*");
        return quote ? jsonString(s) : s;
    }

    static String jsonString(String s) {
        if (s.equals(CARET)) {
            return "\"" + CARET + "\"";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
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

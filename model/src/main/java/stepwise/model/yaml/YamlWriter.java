package stepwise.model.yaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
 * Writes JSON values as YAML: block style (a member per line, lists as {@code - item}) or flow style
 * ({@code {Type: Pass, End: true}}). Strings are written plain when YAML reads them back as the same
 * string (not as a number, a boolean or null, also for YAML 1.1 readers), else double-quoted with JSON
 * escapes, which YAML reads the same way.
 *
 * @param indent the indentation unit of nested mappings (two spaces by default)
 * @param indentSequences whether list items stand one unit deeper than their key ({@code key:\n  - a})
 *                        or level with it ({@code key:\n- a})
 */
public record YamlWriter(String indent, String newline, boolean indentSequences) {
    public static final YamlWriter CANONICAL = new YamlWriter("  ", "\n", true);

    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
            + "|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
    private static final Set<String> RESERVED = Set.of("", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", "=", "<<");

    /** The whole document, in block style, with a final line break. */
    public String document(JsonValue root) {
        StringBuilder sb = new StringBuilder();
        if (root instanceof JsonObject o && o.size() > 0) {
            for (int i = 0; i < o.size(); i++) {
                if (i > 0) {
                    sb.append(newline);
                }
                member(o.members().get(i).key(), o.members().get(i).value(), "", sb);
            }
        } else if (root instanceof JsonArray a && a.size() > 0) {
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(newline);
                }
                item(a.get(i), "", sb);
            }
        } else {
            sb.append(flow(root));
        }
        return sb.append(newline).toString();
    }

    /** {@code key: value} in block style; continuation lines start with {@code at} and deeper. */
    public String member(String key, JsonValue value, String at) {
        StringBuilder sb = new StringBuilder();
        member(key, value, at, sb);
        return sb.toString();
    }

    /** {@code - value} in block style; continuation lines start with {@code at} and deeper. */
    public String item(JsonValue value, String at) {
        StringBuilder sb = new StringBuilder();
        item(value, at, sb);
        return sb.toString();
    }

    /**
     * What follows {@code key:} for {@code value} in block style: {@code " scalar"}, {@code " {}"}, or a
     * line break and the nested lines (the key stands at indentation {@code at}).
     */
    public String afterColon(JsonValue value, String at) {
        StringBuilder sb = new StringBuilder();
        afterColon(value, at, sb);
        return sb.toString();
    }

    private void member(String key, JsonValue value, String at, StringBuilder sb) {
        sb.append(key(key, false)).append(':');
        afterColon(value, at, sb);
    }

    private void afterColon(JsonValue value, String at, StringBuilder sb) {
        if (value instanceof JsonObject o && o.size() > 0) {
            String inner = at + indent;
            for (Member m : o.members()) {
                sb.append(newline).append(inner);
                member(m.key(), m.value(), inner, sb);
            }
        } else if (value instanceof JsonArray a && a.size() > 0) {
            String inner = indentSequences ? at + indent : at;
            for (JsonValue v : a.items()) {
                sb.append(newline).append(inner);
                item(v, inner, sb);
            }
        } else {
            sb.append(' ').append(flow(value));
        }
    }

    private void item(JsonValue value, String at, StringBuilder sb) {
        sb.append("- ");
        String inner = at + "  ";
        if (value instanceof JsonObject o && o.size() > 0) {
            for (int i = 0; i < o.size(); i++) {
                if (i > 0) {
                    sb.append(newline).append(inner);
                }
                member(o.members().get(i).key(), o.members().get(i).value(), inner, sb);
            }
        } else if (value instanceof JsonArray a && a.size() > 0) {
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(newline).append(inner);
                }
                item(a.get(i), inner, sb);
            }
        } else {
            sb.append(flow(value));
        }
    }

    /** {@code value} on one line in flow style: {@code {Type: Pass, Next: B}}, {@code [a, b]}, a scalar. */
    public String flow(JsonValue value) {
        StringBuilder sb = new StringBuilder();
        flow(value, sb, false);
        return sb.toString();
    }

    /** {@code value} written as an entry inside a flow collection, where {@code , [ ] { }} must be quoted. */
    public String flowEntry(JsonValue value) {
        StringBuilder sb = new StringBuilder();
        flow(value, sb, true);
        return sb.toString();
    }

    private void flow(JsonValue value, StringBuilder sb, boolean inFlow) {
        if (value instanceof JsonObject o) {
            sb.append('{');
            for (int i = 0; i < o.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(key(o.members().get(i).key(), true)).append(": ");
                flow(o.members().get(i).value(), sb, true);
            }
            sb.append('}');
        } else if (value instanceof JsonArray a) {
            sb.append('[');
            for (int i = 0; i < a.size(); i++) {
                sb.append(i > 0 ? ", " : "");
                flow(a.get(i), sb, true);
            }
            sb.append(']');
        } else {
            sb.append(scalar(value, inFlow));
        }
    }

    /** A scalar as YAML writes it; {@code inFlow} when it stands inside {@code {}} or {@code []}. */
    public static String scalar(JsonValue value, boolean inFlow) {
        if (value instanceof JsonString s) {
            return string(s.value(), inFlow);
        }
        if (value instanceof JsonNumber n) {
            return n.text();
        }
        if (value instanceof JsonBoolean b) {
            return Boolean.toString(b.value());
        }
        if (value instanceof JsonNull) {
            return "null";
        }
        if (value instanceof JsonPlaceholder p) {
            return isPlainSafe(p.text(), inFlow) ? p.text() : quote(p.text());
        }
        return value instanceof JsonArray ? "[]" : "{}";
    }

    public static String key(String key, boolean inFlow) {
        return string(key, inFlow);
    }

    public static String string(String s, boolean inFlow) {
        return isPlainSafe(s, inFlow) ? s : quote(s);
    }

    /** {@code s} double-quoted: JSON's escapes are YAML's too. */
    public static String quote(String s) {
        return stepwise.model.edit.JsonWriter.quote(s);
    }

    /** True when {@code s} written plain reads back as the same string. */
    public static boolean isPlainSafe(String s, boolean inFlow) {
        if (s.isEmpty() || RESERVED.contains(s.toLowerCase(Locale.ROOT)) || NUMBER_LIKE.matcher(s).matches()) {
            return false;
        }
        char first = s.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || Character.isWhitespace(first)
                || Character.isWhitespace(s.charAt(s.length() - 1)) || s.endsWith(":")) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.contains(":\t") || s.contains("\t#")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || Character.isSurrogate(c)) {
                return false;
            }
            if (inFlow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) {
                return false;
            }
        }
        return true;
    }
}

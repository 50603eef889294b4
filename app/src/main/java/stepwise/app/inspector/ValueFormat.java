package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.edit.JsonWriter;
import stepwise.model.edit.WriteStyle;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNull;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;

/**
 * How a field shows a JSON value as text and reads the user's text back. Reading only turns text into
 * JSON (a number, a string, parsed JSON); whether the value fits the field is for the validator to
 * say. An empty text means "remove the field" unless the format keeps empty strings.
 */
interface ValueFormat {

    /** The text for {@code value}; "" for null (the field is not there). */
    String show(JsonValue value);

    /** The value for {@code text}: a value, or none (remove), or a problem. */
    Parsed parse(String text);

    record Parsed(JsonValue value, String problem) {
        static Parsed of(JsonValue value) {
            return new Parsed(value, null);
        }

        static Parsed removal() {
            return new Parsed(null, null);
        }

        static Parsed problem(String problem) {
            return new Parsed(null, problem);
        }

        boolean removes() {
            return value == null && problem == null;
        }
    }

    JsonWriter INLINE = new JsonWriter(WriteStyle.CANONICAL);

    /** Any value on one line as JSON, for values a format does not show in its own way. */
    static String inline(JsonValue value) {
        return value == null ? "" : INLINE.writeInline(value);
    }

    static boolean isExpression(String text) {
        String t = text.strip();
        return t.startsWith("{%") && t.endsWith("%}") && t.length() >= 4;
    }

    /** A string; empty removes the field. */
    static ValueFormat text() {
        return new ValueFormat() {
            @Override
            public String show(JsonValue value) {
                return value instanceof JsonString s ? s.value() : inline(value);
            }

            @Override
            public Parsed parse(String text) {
                return text.isEmpty() ? Parsed.removal() : Parsed.of(Json.string(text));
            }
        };
    }

    /** A string that may be empty (a comparison's operand): the text is always the value. */
    static ValueFormat anyText() {
        return new ValueFormat() {
            @Override
            public String show(JsonValue value) {
                return value instanceof JsonString s ? s.value() : inline(value);
            }

            @Override
            public Parsed parse(String text) {
                return Parsed.of(Json.string(text));
            }
        };
    }

    /** A number as written ({@code 3}, {@code 2.5}); a {@code {% %}} expression is kept as a string for JSONata states. */
    static ValueFormat number() {
        return new ValueFormat() {
            @Override
            public String show(JsonValue value) {
                if (value instanceof JsonNumber n) {
                    return n.text();
                }
                return value instanceof JsonString s && isExpression(s.value()) ? s.value() : inline(value);
            }

            @Override
            public Parsed parse(String text) {
                String t = text.strip();
                if (t.isEmpty()) {
                    return Parsed.removal();
                }
                if (isExpression(t)) {
                    return Parsed.of(Json.string(t));
                }
                JsonParser.Result r = JsonParser.parse(t);
                if (r.ok() && r.root() instanceof JsonNumber n) {
                    return Parsed.of(n);
                }
                return Parsed.problem("\"" + shorten(t) + "\" is not a number");
            }
        };
    }

    /** A JSONPath; {@code null} writes JSON null (InputPath, OutputPath and ResultPath take it). */
    static ValueFormat path() {
        return new ValueFormat() {
            @Override
            public String show(JsonValue value) {
                if (value instanceof JsonString s) {
                    return s.value();
                }
                return value instanceof JsonNull ? "null" : inline(value);
            }

            @Override
            public Parsed parse(String text) {
                String t = text.strip();
                if (t.isEmpty()) {
                    return Parsed.removal();
                }
                return Parsed.of(t.equals("null") ? Json.nullValue() : Json.string(t));
            }
        };
    }

    /** A JSONata condition: {@code true}/{@code false}, or an expression string. */
    static ValueFormat condition() {
        return new ValueFormat() {
            @Override
            public String show(JsonValue value) {
                if (value instanceof JsonBoolean b) {
                    return Boolean.toString(b.value());
                }
                return value instanceof JsonString s ? s.value() : inline(value);
            }

            @Override
            public Parsed parse(String text) {
                String t = text.strip();
                if (t.isEmpty()) {
                    return Parsed.removal();
                }
                if (t.equals("true") || t.equals("false")) {
                    return Parsed.of(Json.bool(t.equals("true")));
                }
                return Parsed.of(Json.string(t));
            }
        };
    }

    /**
     * JSON text, shown indented by two spaces. A bare {@code {% ... %}} is taken as that JSONata
     * expression (a string), so that it need not be quoted.
     */
    static ValueFormat json() {
        return new ValueFormat() {
            @Override
            public String show(JsonValue value) {
                if (value == null) {
                    return "";
                }
                if (value instanceof JsonString s && isExpression(s.value())) {
                    return s.value();
                }
                return INLINE.write(value, "");
            }

            @Override
            public Parsed parse(String text) {
                String t = text.strip();
                if (t.isEmpty()) {
                    return Parsed.removal();
                }
                if (isExpression(t)) {
                    return Parsed.of(Json.string(t));
                }
                JsonParser.Result r = JsonParser.parse(t);
                if (!r.ok()) {
                    var d = r.diagnostics().get(0);
                    return Parsed.problem("Not valid JSON: " + d.message() + " (line " + d.span().line() + ", column "
                            + d.span().column() + ")");
                }
                return Parsed.of(r.root());
            }
        };
    }

    /** Error names separated by commas: {@code States.Timeout, Lambda.ServiceException}. */
    static ValueFormat errorNames() {
        return new ValueFormat() {
            @Override
            public String show(JsonValue value) {
                if (value instanceof JsonArray a && a.items().stream().allMatch(JsonValue::isString)) {
                    List<String> names = new ArrayList<>();
                    for (JsonValue v : a.items()) {
                        names.add(v.asText());
                    }
                    return String.join(", ", names);
                }
                return inline(value);
            }

            @Override
            public Parsed parse(String text) {
                List<String> names = new ArrayList<>();
                for (String part : text.split(",")) {
                    if (!part.isBlank()) {
                        names.add(part.strip());
                    }
                }
                return names.isEmpty() ? Parsed.removal() : Parsed.of(Json.strings(names));
            }
        };
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "\u2026" : s;
    }
}

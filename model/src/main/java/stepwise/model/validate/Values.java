package stepwise.model.validate;

import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNull;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPlaceholder;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;

/** How values are named in messages, and small tests on them shared by the rules. */
final class Values {
    private static final int SHOWN = 40;

    private Values() {
    }

    /** A short rendering for messages: {@code "abc"}, {@code 12}, {@code an object}. */
    static String show(JsonValue v) {
        if (v instanceof JsonString s) {
            String text = s.value();
            return '"' + (text.length() > SHOWN ? text.substring(0, SHOWN - 1) + "\u2026" : text) + '"';
        }
        if (v instanceof JsonNumber n) {
            return n.text();
        }
        if (v instanceof JsonBoolean b) {
            return Boolean.toString(b.value());
        }
        if (v instanceof JsonPlaceholder p) {
            return p.text();
        }
        return v instanceof JsonNull ? "null" : article(v.typeName());
    }

    /** {@code "30" (a string)}: the value and its JSON type, for wrong-type messages. */
    static String showTyped(JsonValue v) {
        if (v instanceof JsonObject || v instanceof JsonArray || v instanceof JsonNull) {
            return show(v);
        }
        return show(v) + " (" + article(v.typeName()) + ")";
    }

    static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    /** True when the string is a whole JSONata expression: {@code {% ... %}}. */
    static boolean isExpression(JsonValue v) {
        return v instanceof JsonString s && isExpression(s.value());
    }

    static boolean isExpression(String s) {
        return s.length() >= 4 && s.startsWith("{%") && s.endsWith("%}");
    }

    /** True for a CloudFormation/SAM {@code ${Name}} substitution, kept as written and not judged. */
    static boolean hasSubstitution(String s) {
        int open = s.indexOf("${");
        return open >= 0 && s.indexOf('}', open) > open;
    }
}

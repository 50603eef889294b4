package stepwise.model.asl;

import java.util.List;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;

/** Short readable forms of Choice conditions, as the canvas labels its edges. */
final class ConditionLabels {
    private static final int MAX = 60;

    private ConditionLabels() {
    }

    static String comparison(Condition.Comparison c) {
        String variable = c.variable() == null ? "?" : c.variable();
        if (c.operator().kind() == ComparisonOperator.Kind.TYPE_TEST) {
            boolean positive = !(c.operand() instanceof JsonBoolean b) || b.value();
            String test = c.operator().symbol();
            return variable + " " + (positive ? test : test.replace("is ", "is not "));
        }
        return variable + " " + c.operator().symbol() + " " + operand(c.operand(), c.operator().isPath());
    }

    static String operand(JsonValue v, boolean path) {
        if (v == null) {
            return "?";
        }
        if (v instanceof JsonString s) {
            return path ? s.value() : '"' + shorten(s.value(), 30) + '"';
        }
        if (v instanceof JsonNumber n) {
            return n.text();
        }
        if (v instanceof JsonBoolean b) {
            return Boolean.toString(b.value());
        }
        return v.typeName();
    }

    static String join(List<Condition> conditions, String separator) {
        StringBuilder sb = new StringBuilder();
        for (Condition c : conditions) {
            if (!sb.isEmpty()) {
                sb.append(separator);
            }
            sb.append(grouped(c));
        }
        return shorten(sb.toString(), MAX);
    }

    static String grouped(Condition c) {
        String label = c.label();
        return c instanceof Condition.And || c instanceof Condition.Or ? "(" + label + ")" : label;
    }

    static String jsonata(JsonValue expression) {
        if (expression instanceof JsonString s) {
            String text = s.value().trim();
            if (text.startsWith("{%") && text.endsWith("%}")) {
                text = text.substring(2, text.length() - 2).trim();
            }
            return shorten(text.replaceAll("\\s+", " "), MAX);
        }
        if (expression instanceof JsonBoolean b) {
            return Boolean.toString(b.value());
        }
        return "?";
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}

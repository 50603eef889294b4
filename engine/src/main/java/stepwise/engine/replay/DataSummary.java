package stepwise.engine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Data in a few words for people who do not read JSON: {@code amount 1200, items (3 items), customer "Ann"}. */
public final class DataSummary {
    private static final int MAX_FIELDS = 4;
    private static final int MAX_TEXT = 40;

    private DataSummary() {
    }

    /** The value in a few words; "nothing" for null. */
    public static String of(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isObject()) {
            if (v.isEmpty()) {
                return "an empty object";
            }
            StringBuilder sb = new StringBuilder();
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            int shown = 0;
            while (it.hasNext() && shown < MAX_FIELDS) {
                Map.Entry<String, JsonNode> e = it.next();
                if (shown > 0) {
                    sb.append(", ");
                }
                sb.append(e.getKey()).append(' ').append(inner(e.getValue()));
                shown++;
            }
            if (v.size() > MAX_FIELDS) {
                sb.append(" and ").append(v.size() - MAX_FIELDS).append(" more");
            }
            return sb.toString();
        }
        return inner(v);
    }

    private static String inner(JsonNode v) {
        if (v.isObject()) {
            return v.isEmpty() ? "{}" : "(" + v.size() + (v.size() == 1 ? " field)" : " fields)");
        }
        if (v.isArray()) {
            return "(" + String.format(java.util.Locale.ROOT, "%,d", v.size()) + (v.size() == 1 ? " item)" : " items)");
        }
        if (v.isTextual()) {
            String s = v.textValue();
            return "\"" + (s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "\u2026" : s) + "\"";
        }
        return v.toString();
    }
}

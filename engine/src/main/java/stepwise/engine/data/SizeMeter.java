package stepwise.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Measures the UTF-8 size of a value's compact JSON text without writing it, giving up as soon as it
 * passes a limit. Numbers are counted as Jackson writes them. A value nested deeper than
 * {@link Json#MAX_DEPTH} levels counts as over the limit too: no JSON reader or writer takes it.
 */
final class SizeMeter {
    private final long limit;
    private long count;
    private int depth;

    SizeMeter(long limit) {
        this.limit = limit;
    }

    boolean exceeds(JsonNode node) {
        if (node == null) {
            return false;
        }
        return !add(node);
    }

    /** Adds the node's size; false once over the limit. */
    private boolean add(JsonNode n) {
        if (n.isContainerNode()) {
            if (++depth > Json.MAX_DEPTH) {
                return false;
            }
            boolean within = addContainer(n);
            depth--;
            return within;
        }
        return addScalar(n);
    }

    private boolean addContainer(JsonNode n) {
        switch (n.getNodeType()) {
            case OBJECT -> {
                count += 2;
                boolean first = true;
                Iterator<Map.Entry<String, JsonNode>> it = n.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    count += (first ? 0 : 1) + string(e.getKey()) + 1;
                    first = false;
                    if (count > limit || !add(e.getValue())) {
                        return false;
                    }
                }
            }
            case ARRAY -> {
                count += 2;
                for (int i = 0; i < n.size(); i++) {
                    count += i == 0 ? 0 : 1;
                    if (count > limit || !add(n.get(i))) {
                        return false;
                    }
                }
            }
            default -> throw new IllegalStateException("not a container: " + n.getNodeType());
        }
        return count <= limit;
    }

    private boolean addScalar(JsonNode n) {
        switch (n.getNodeType()) {
            case STRING -> count += string(n.textValue());
            case NUMBER -> count += n.isIntegralNumber() && n.canConvertToLong() ? digits(n.longValue()) : n.asText().length();
            case BOOLEAN -> count += n.booleanValue() ? 4 : 5;
            default -> count += 4;
        }
        return count <= limit;
    }

    private static long digits(long v) {
        if (v == Long.MIN_VALUE) {
            return 20;
        }
        long d = v < 0 ? 2 : 1;
        long a = Math.abs(v);
        while (a >= 10) {
            a /= 10;
            d++;
        }
        return d;
    }

    /** Bytes of a string as JSON: quotes, UTF-8 and escapes. */
    private static long string(String s) {
        long bytes = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                bytes += c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f' ? 2 : 6;
            } else if (c == '"' || c == '\\') {
                bytes += 2;
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}

package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import stepwise.engine.data.Json;
import stepwise.engine.data.PayloadTemplate;
import stepwise.engine.data.StateFailure;
import stepwise.engine.jsonata.JsonataTemplate;

/**
 * A Map's {@code ItemBatcher}: groups items into batches of at most {@code MaxItemsPerBatch} items and
 * {@code MaxInputBytesPerBatch} bytes; each iteration gets {@code {"Items": [...]}} plus {@code BatchInput}.
 */
record ItemBatcher(MapProgram.NumberField maxItems, MapProgram.NumberField maxBytes, PayloadTemplate batchInput,
                   JsonataTemplate jsonataBatchInput) {

    /** Selects one item (the Map's ItemSelector). */
    interface Selector {
        JsonNode select(Fiber parent, JsonNode effective, int index, JsonNode item);
    }

    List<JsonNode> batches(Fiber f, JsonNode effective, ArrayNode items, Selector selector) {
        long perBatch = limit(f, effective, maxItems);
        long bytes = limit(f, effective, maxBytes);
        JsonNode extra = batchInput != null ? batchInput.evaluate(effective, f) : jsonataBatchInput != null ? jsonataBatchInput.evaluate(f)
                : null;
        List<JsonNode> out = new ArrayList<>();
        ArrayNode current = null;
        long currentBytes = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = selector.select(f, effective, i, items.get(i));
            long size = bytes > 0 ? Json.utf8Size(item) : 0;
            if (current == null || (perBatch > 0 && current.size() >= perBatch) || (bytes > 0 && currentBytes + size > bytes
                    && current.size() > 0)) {
                current = Json.array();
                currentBytes = 0;
                ObjectNode batch = Json.object(2);
                if (extra != null) {
                    batch.set("BatchInput", extra);
                }
                batch.set("Items", current);
                out.add(batch);
            }
            current.add(item);
            currentBytes += size;
        }
        return out;
    }

    private static long limit(Fiber f, JsonNode effective, MapProgram.NumberField field) {
        if (field == null || !field.isSet()) {
            return 0;
        }
        JsonNode v = field.literal() != null ? field.literal() : field.path() != null ? field.path().evaluate(effective, f)
                : field.jsonata().evaluate(f);
        if (v == null || !v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue()) || v.longValue() < 0) {
            throw StateFailure.runtime("The ItemBatcher field " + field.field() + " must be a non-negative integer but was "
                    + (v == null ? "missing" : Json.write(v)));
        }
        return v.longValue();
    }
}

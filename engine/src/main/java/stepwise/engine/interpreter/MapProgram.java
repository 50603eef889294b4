package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import stepwise.engine.EventDetails;
import stepwise.engine.HistoryEventType;
import stepwise.engine.TestStateRequest;
import stepwise.engine.data.ErrorNames;
import stepwise.engine.data.Json;
import stepwise.engine.data.PathExpression;
import stepwise.engine.data.PayloadTemplate;
import stepwise.engine.data.StateFailure;
import stepwise.engine.jsonata.JsonataTemplate;

/**
 * A Map state: runs its item processor once per item, at most {@code MaxConcurrency} at a time (0: no
 * limit), and gives the array of their outputs. In DISTRIBUTED mode the iterations are child executions
 * on AWS, so only the map run's events appear in this history.
 */
final class MapProgram extends ExecutionStateProgram {
    /** A number field given as a literal, a {@code ...Path} or a JSONata template. */
    record NumberField(String field, JsonNode literal, PathExpression path, JsonataTemplate jsonata) {
        boolean isSet() {
            return literal != null || path != null || jsonata != null;
        }
    }

    final MachineProgram processor;
    final boolean distributed;
    final String label;
    final PathExpression itemsPath;
    final JsonataTemplate items;
    final ItemReader reader;
    final PayloadTemplate itemSelector;
    final JsonataTemplate jsonataItemSelector;
    final ItemBatcher batcher;
    final NumberField maxConcurrency;
    final NumberField toleratedCount;
    final NumberField toleratedPercentage;

    MapProgram(StateHeader h, DataFlow flow, Assignment assign, List<Retrier> retriers, List<Catcher> catchers,
               MachineProgram processor, boolean distributed, String label, PathExpression itemsPath, JsonataTemplate items,
               ItemReader reader, PayloadTemplate itemSelector, JsonataTemplate jsonataItemSelector, ItemBatcher batcher,
               NumberField maxConcurrency, NumberField toleratedCount, NumberField toleratedPercentage) {
        super(h, flow, assign, retriers, catchers);
        this.processor = processor;
        this.distributed = distributed;
        this.label = label;
        this.itemsPath = itemsPath;
        this.items = items;
        this.reader = reader;
        this.itemSelector = itemSelector;
        this.jsonataItemSelector = jsonataItemSelector;
        this.batcher = batcher;
        this.maxConcurrency = maxConcurrency;
        this.toleratedCount = toleratedCount;
        this.toleratedPercentage = toleratedPercentage;
    }

    /** Per-entry data: the iterations of the current attempt. */
    static final class MapEntry extends Attempts {
        Iterations current;

        MapEntry(JsonNode effective, int retriers) {
            super(effective, retriers);
        }
    }

    @Override
    Attempts newAttempts(JsonNode effective) {
        return new MapEntry(effective, retriers.size());
    }

    @Override
    void attempt(Fiber f, Attempts a) {
        ArrayNode list = items(f, a.effective);
        int concurrency = (int) number(f, a.effective, maxConcurrency, true, "integer");
        f.inspect("maxConcurrency", Json.number(concurrency));
        if (concurrency < 0) {
            throw StateFailure.runtime("MaxConcurrency must be a non-negative integer.");
        }
        long started = f.emitOrSkip(HistoryEventType.MapStateStarted, new EventDetails.MapStateStartedEventDetails(list.size()));
        if (f.run.over()) {
            return;
        }
        long toleratedFailures = -1;
        double toleratedPercent = -1;
        if (toleratedCount.isSet()) {
            toleratedFailures = (long) number(f, a.effective, toleratedCount, true, "integer");
            if (toleratedFailures < 0) {
                throw StateFailure.runtime("ToleratedFailureCount must be a non-negative integer.");
            }
        }
        if (toleratedPercentage.isSet()) {
            toleratedPercent = number(f, a.effective, toleratedPercentage, false, "float");
            if (toleratedPercent < 0 || toleratedPercent > 100) {
                throw StateFailure.runtime("ToleratedFailurePercentage must be between 0 and 100.");
            }
            f.inspect("toleratedFailurePercentage", Json.FACTORY.numberNode(toleratedPercent));
        }
        if (toleratedFailures >= 0) {
            f.inspect("toleratedFailureCount", Json.number(toleratedFailures));
        }
        if (f.tested() && f.run.test().mock() != null) {
            mocked(f, list, toleratedFailures, toleratedPercent);
            return;
        }
        if (distributed) {
            started = f.emitOrSkip(HistoryEventType.MapRunStarted, new EventDetails.MapRunStartedEventDetails(f.run.mapRunArn(
                    label != null ? label : name)));
        }
        Iterations it = new Iterations(f, a.effective, list, concurrency, toleratedFailures, toleratedPercent, started);
        ((MapEntry) a).current = it;
        f.block();
        it.startMore();
        if (list.isEmpty()) {
            it.complete();
            f.block(); // the completion is queued for this fiber: wait for it rather than enter the Map again
        }
    }

    /** A TestState run with a mocked result: the iterations do not run, the mock is their result. */
    private void mocked(Fiber f, ArrayNode list, long toleratedFailures, double toleratedPercent) {
        TestStateRequest.Mock mock = f.run.test().mock();
        if (mock.isError()) {
            throw new StateFailure(mock.error(), mock.cause());
        }
        Integer failed = f.run.test().configuration().mapIterationFailureCount();
        int failures = failed == null ? 0 : failed;
        int total = Math.max(list.size(), mock.result().size());
        boolean tolerance = toleratedFailures >= 0 || toleratedPercent >= 0;
        boolean within = (toleratedFailures >= 0 && failures <= toleratedFailures)
                || (toleratedPercent >= 0 && total > 0 && failures * 100.0 / total <= toleratedPercent);
        if (tolerance && failures > 0 && !within) {
            throw new StateFailure(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD, "The specified tolerated failure threshold was exceeded");
        }
        succeeded(f, mock.result());
    }

    /** The items to iterate: from the {@code ItemReader}, {@code ItemsPath} or {@code Items}, then batched. */
    private ArrayNode items(Fiber f, JsonNode effective) {
        JsonNode value;
        JsonNode readerData = f.tested() ? f.run.test().configuration().mapItemReaderData() : null;
        if (reader != null && readerData != null) {
            value = readerData;
        } else if (reader != null) {
            value = reader.read(f, effective);
            if (itemsPath != null && !itemsPath.query().isRoot()) {
                value = itemsPath.evaluate(value, f);
            }
        } else if (jsonata) {
            if (items != null) {
                value = items.evaluate(f);
                if (!value.isArray()) {
                    if (items.expression() != null) {
                        throw items.expression().unexpectedType("Items", "array", value);
                    }
                    throw StateFailure.queryEvaluation("The Items field must be an array but was " + Json.typeName(value), "Items");
                }
            } else {
                value = effective;
                if (!value.isArray()) {
                    throw StateFailure.queryEvaluation("Map state input must be an array but was: " + Json.write(value), null);
                }
            }
        } else {
            value = itemsPath == null ? effective : itemsPath.evaluate(effective, f);
            if (value == null) {
                throw StateFailure.runtime("Invalid path '" + itemsPath.text() + "' : " + itemsPath.explainMissing(effective, f));
            }
            if (!value.isArray()) {
                throw StateFailure.runtime("Reference path \"" + (itemsPath == null ? "$" : itemsPath.query().text())
                        + "\" must point to array.");
            }
            f.inspect("afterItemsPath", value);
        }
        return (ArrayNode) value;
    }

    /** A number field's value (0 when not set). */
    private double number(Fiber f, JsonNode effective, NumberField field, boolean integer, String kind) {
        if (!field.isSet()) {
            return 0;
        }
        JsonNode v;
        if (field.literal() != null) {
            v = field.literal();
        } else if (field.path() != null) {
            v = field.path().evaluate(effective, f);
            if (v == null) {
                throw StateFailure.runtime("The " + field.field() + "Path field references a value that was not found: "
                        + field.path().text());
            }
            if (v.isTextual()) {
                v = numericText(v.textValue(), integer);
            }
            if (!v.isNumber() || (integer && v.doubleValue() != Math.rint(v.doubleValue()))) {
                throw StateFailure.runtime("The " + field.field() + "Path field refers to value " + Json.write(v)
                        + " which is not a valid " + kind + ": " + field.path().text());
            }
        } else {
            v = field.jsonata().evaluate(f);
            if (!v.isNumber() || (integer && v.doubleValue() != Math.rint(v.doubleValue()))) {
                if (field.jsonata().expression() != null) {
                    throw field.jsonata().expression().unexpectedType(field.field(), integer ? "integer" : "number", v);
                }
                throw StateFailure.queryEvaluation("The " + field.field() + " field must be a number", field.field());
            }
        }
        return v.doubleValue();
    }

    /** A number written as text ("1"), which the ...Path fields accept; the text itself when it is not one. */
    private static JsonNode numericText(String text, boolean integer) {
        try {
            return integer ? Json.number(Long.parseLong(text.trim())) : Json.number(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            return Json.text(text);
        }
    }

    @Override
    void stateFailed(Fiber f) {
        f.emitOrSkip(HistoryEventType.MapStateFailed, EventDetails.NoDetails.INSTANCE);
    }

    @Override
    void afterEvaluationFailure(Fiber f) {
        f.emitOrSkip(HistoryEventType.MapStateFailed, EventDetails.NoDetails.INSTANCE);
    }

    /** The input of iteration {@code index}: the item, through {@code ItemSelector}. */
    private JsonNode iterationInput(Fiber parent, JsonNode effective, int index, JsonNode item) {
        if (itemSelector == null && jsonataItemSelector == null) {
            return item;
        }
        parent.mapItemIndex = index;
        parent.mapItemValue = item;
        parent.contextChanged();
        try {
            if (itemSelector != null) {
                return itemSelector.evaluate(effective, parent);
            }
            return jsonataItemSelector.evaluate(parent);
        } finally {
            parent.mapItemIndex = -1;
            parent.mapItemValue = null;
            parent.contextChanged();
        }
    }

    /** The iterations of one attempt. */
    final class Iterations implements FiberOwner {
        final Fiber parent;
        final JsonNode effective;
        final ArrayNode items;
        final int concurrency;
        final long toleratedFailures;
        final double toleratedPercent;
        final long startedEventId;
        /** The event the next MapIterationStarted follows: the last state event of the iteration before, as on AWS. */
        long chain;
        final JsonNode[] results;
        final Fiber[] children;
        final List<JsonNode> inputs;
        int next;
        int running;
        int finished;
        int failures;
        boolean over;

        Iterations(Fiber parent, JsonNode effective, ArrayNode items, int concurrency, long toleratedFailures, double toleratedPercent,
                   long startedEventId) {
            this.parent = parent;
            this.effective = effective;
            this.concurrency = concurrency;
            this.toleratedFailures = toleratedFailures;
            this.toleratedPercent = toleratedPercent;
            this.startedEventId = startedEventId;
            this.chain = startedEventId;
            this.inputs = batcher == null ? null : batcher.batches(parent, effective, items, MapProgram.this::selectForBatch);
            this.items = items;
            int n = inputs == null ? items.size() : inputs.size();
            this.results = new JsonNode[n];
            this.children = new Fiber[n];
        }

        int size() {
            return results.length;
        }

        void startMore() {
            while (!over && next < size() && (concurrency == 0 || running < concurrency)) {
                start(next++);
            }
        }

        private void start(int index) {
            running++;
            Fiber child = new Fiber(parent.run, this, index, parent.vars.child(), processor.start, null, startedEventId,
                    distributed || parent.silent);
            children[index] = child;
            child.block();
            parent.run.resume(child, () -> {
                child.lastEventId = Math.max(chain, startedEventId);
                child.lastEventId = child.emitOrSkip(HistoryEventType.MapIterationStarted,
                        new EventDetails.MapIterationEventDetails(name, index));
                if (parent.run.over()) {
                    return;
                }
                try {
                    child.input = inputs != null ? inputs.get(index) : iterationInput(parent, effective, index, items.get(index));
                } catch (StateFailure e) {
                    child.state = null;
                    child.fail(e.error(), parent.run.describe(parent, e));
                }
            });
        }

        @Override
        public void fiberSucceeded(Fiber child, JsonNode output) {
            if (over) {
                return;
            }
            chain = child.lastEventId;
            child.emitOrSkip(HistoryEventType.MapIterationSucceeded, new EventDetails.MapIterationEventDetails(name, child.index));
            results[child.index] = output;
            running--;
            finished++;
            children[child.index] = null;
            if (finished == size()) {
                complete();
            } else {
                startMore();
            }
        }

        @Override
        public void fiberFailed(Fiber child, String error, String cause) {
            if (over) {
                return;
            }
            chain = child.lastEventId;
            child.emitOrSkip(HistoryEventType.MapIterationFailed, new EventDetails.MapIterationEventDetails(name, child.index));
            running--;
            finished++;
            failures++;
            children[child.index] = null;
            boolean tolerance = toleratedFailures >= 0 || toleratedPercent >= 0;
            boolean withinCount = toleratedFailures >= 0 && failures <= toleratedFailures;
            boolean withinPercent = toleratedPercent >= 0 && failures * 100.0 / size() <= toleratedPercent;
            if (tolerance && (withinCount || withinPercent)) {
                ObjectNode errorOutput = Json.object(2);
                errorOutput.put("Error", error == null ? "" : error);
                errorOutput.put("Cause", cause == null ? "" : cause);
                results[child.index] = errorOutput;
                if (finished == size()) {
                    complete();
                } else {
                    startMore();
                }
                return;
            }
            over = true;
            abortChildren(true);
            String e = tolerance ? ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD : error;
            String c = tolerance ? "The specified tolerated failure threshold was exceeded" : cause;
            parent.run.resume(parent, () -> {
                if (distributed) {
                    parent.emitOrSkip(HistoryEventType.MapRunFailed, new EventDetails.MapRunFailedEventDetails(e, c));
                }
                if (!parent.run.over()) {
                    handle(parent, e, c);
                }
            });
        }

        void complete() {
            over = true;
            ArrayNode array = Json.array(results.length);
            for (JsonNode r : results) {
                array.add(r);
            }
            parent.run.resume(parent, () -> {
                parent.lastEventId = Math.max(parent.lastEventId, parent.run.lastEventId());
                if (distributed) {
                    parent.emitOrSkip(HistoryEventType.MapRunSucceeded, EventDetails.NoDetails.INSTANCE);
                }
                parent.emitOrSkip(HistoryEventType.MapStateSucceeded, EventDetails.NoDetails.INSTANCE);
                if (!parent.run.over()) {
                    succeeded(parent, array);
                }
            });
        }

        @Override
        public void abortChildren(boolean emitEvents) {
            over = true;
            for (Fiber c : children) {
                if (c != null && c.live()) {
                    parent.run.abortFiber(c, emitEvents);
                    if (emitEvents) {
                        c.emitOrSkip(HistoryEventType.MapIterationAborted, new EventDetails.MapIterationEventDetails(name, c.index));
                    }
                }
            }
        }
    }

    /** ItemSelector applied to one item before batching. */
    JsonNode selectForBatch(Fiber parent, JsonNode effective, int index, JsonNode item) {
        return iterationInput(parent, effective, index, item);
    }
}

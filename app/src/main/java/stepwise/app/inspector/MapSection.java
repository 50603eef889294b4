package stepwise.app.inspector;

import java.util.List;
import javafx.scene.control.Label;
import stepwise.model.asl.AslObjectKind;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;
import stepwise.model.asl.MapState;
import stepwise.model.asl.StateMachine;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * A Map's settings: the items it iterates over, how each item's input is built, how many run at once,
 * inline or distributed processing, and the fields of a Distributed Map (failure tolerance, reader,
 * batcher, writer), shown when the Map is distributed or has them.
 */
final class MapSection extends InspectorSection {
    private static final List<String> DISTRIBUTED_FIELDS = List.of("ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
            "ToleratedFailureCount", "ToleratedFailureCountPath", "Label", "ItemReader", "ItemBatcher", "ResultWriter");

    private final Label processor = new Label();
    private final FormGrid distributed = new FormGrid();
    private final ChoiceBinding mode;
    private TextBinding parameters;

    MapSection(InspectorEdits edits, InspectedState state) {
        super("Map", edits);
        FieldTable table = FieldCatalog.of(StateType.MAP);
        if (table.has("ItemsPath", state.language())) {
            form.add("ItemsPath", table.doc("ItemsPath"), bind(TextBinding.field(edits, Paths.of("ItemsPath"), ValueFormat.path())
                    .prompt("$.items")));
        }
        if (table.has("Items", state.language())) {
            form.addWide("Items", table.doc("Items"), bind(TextBinding.area(edits, Paths.of("Items"), TextBinding.ROWS)
                    .prompt("{% $states.input.items %}")));
        }
        form.addWide("ItemSelector", table.doc("ItemSelector"), bind(TextBinding.area(edits, Paths.of("ItemSelector"), TextBinding.ROWS)
                .prompt(state.jsonata() ? "{\"id\": \"{% $states.context.Map.Item.Value.id %}\"}"
                        : "{\"id.$\": \"$$.Map.Item.Value.id\"}")));
        if (table.has("Parameters", state.language()) && state.raw().has("Parameters")) {
            parameters = bind(TextBinding.area(edits, Paths.of("Parameters"), TextBinding.ROWS));
            form.addWide("Parameters (before ItemSelector)", table.doc("Parameters"), parameters);
        }
        form.add("Concurrency", table.doc("MaxConcurrency"), bind(Alternatives.valueOrPath(edits, table, state, JsonPointer.ROOT,
                "MaxConcurrency", ValueFormat.number(), "0 (no limit)")));
        mode = bind(new ChoiceBinding(edits, Paths.of("ItemProcessor", "ProcessorConfig", "Mode"), List.of("INLINE", "DISTRIBUTED"),
                "Inline (default)"));
        FieldTable config = FieldCatalog.of(AslObjectKind.PROCESSOR_CONFIG);
        form.add("Processing", config.doc("Mode"), mode);
        processor.getStyleClass().add("field-value");
        processor.setWrapText(true);
        form.add("Item processor", null, processor);
        distributed.add("Execution type", config.doc("ExecutionType"),
                bind(new ChoiceBinding(edits, Paths.of("ItemProcessor", "ProcessorConfig", "ExecutionType"), List.of("STANDARD", "EXPRESS"),
                        "\u2014")));
        distributed.add("Tolerated %", table.doc("ToleratedFailurePercentage"), bind(Alternatives.valueOrPath(edits, table,
                state, JsonPointer.ROOT, "ToleratedFailurePercentage", ValueFormat.number(), "Percent, 0-100")));
        distributed.add("Tolerated count", table.doc("ToleratedFailureCount"), bind(Alternatives.valueOrPath(edits, table, state,
                JsonPointer.ROOT, "ToleratedFailureCount", ValueFormat.number(), "Items")));
        distributed.add("Label", table.doc("Label"), bind(TextBinding.field(edits, Paths.of("Label"), ValueFormat.text())));
        distributed.addWide("ItemReader", table.doc("ItemReader"), bind(TextBinding.area(edits, Paths.of("ItemReader"), TextBinding.ROWS)
                .prompt("{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"CSV\"}}")));
        distributed.addWide("ItemBatcher", table.doc("ItemBatcher"), bind(TextBinding.area(edits, Paths.of("ItemBatcher"), TextBinding.ROWS)
                .prompt("{\"MaxItemsPerBatch\": 100}")));
        distributed.addWide("ResultWriter", table.doc("ResultWriter"), bind(TextBinding.area(edits, Paths.of("ResultWriter"), TextBinding.ROWS)
                .prompt("{\"Resource\": \"arn:aws:states:::s3:putObject\"}")));
        form.addWide(null, null, distributed);
    }

    @Override
    void update(InspectedState state) {
        super.update(state);
        MapState map = (MapState) state.state();
        boolean legacy = map.raw().has("Iterator") && !map.raw().has("ItemProcessor");
        mode.combo().setDisable(legacy);
        StateMachine p = map.processor();
        processor.setText(p == null ? "None: a Map needs an ItemProcessor with StartAt and States"
                : (legacy ? "Iterator (the older name of ItemProcessor): " : "") + p.states().size() + " state"
                + (p.states().size() == 1 ? "" : "s") + ", starts at " + (p.startAt() == null ? "?" : p.startAt()));
        boolean shown = "DISTRIBUTED".equals(map.mode());
        for (String f : DISTRIBUTED_FIELDS) {
            shown |= map.raw().has(f);
        }
        JsonValue type = state.at(Paths.of("ItemProcessor", "ProcessorConfig", "ExecutionType"));
        shown |= type != null;
        distributed.setVisible(shown);
        distributed.setManaged(shown);
    }
}

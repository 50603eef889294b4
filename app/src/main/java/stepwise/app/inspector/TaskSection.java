package stepwise.app.inspector;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;
import stepwise.model.asl.StateType;
import stepwise.model.edit.SetField;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;

/** What a Task calls and how it waits: Resource with its integration pattern, arguments, timeouts and credentials. */
final class TaskSection extends InspectorSection {
    /** Integrations offered as the user types a Resource. */
    static final List<String> KNOWN_RESOURCES = List.of("arn:aws:states:::lambda:invoke", "arn:aws:states:::lambda:invoke.waitForTaskToken",
            "arn:aws:states:::sns:publish", "arn:aws:states:::sqs:sendMessage", "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "arn:aws:states:::dynamodb:getItem", "arn:aws:states:::dynamodb:putItem", "arn:aws:states:::dynamodb:updateItem",
            "arn:aws:states:::dynamodb:deleteItem", "arn:aws:states:::states:startExecution",
            "arn:aws:states:::states:startExecution.sync:2", "arn:aws:states:::ecs:runTask.sync", "arn:aws:states:::batch:submitJob.sync",
            "arn:aws:states:::glue:startJobRun.sync", "arn:aws:states:::events:putEvents", "arn:aws:states:::http:invoke",
            "arn:aws:states:::bedrock:invokeModel", "arn:aws:states:::aws-sdk:s3:getObject", "arn:aws:states:::aws-sdk:s3:putObject");
    private static final Map<TaskResource.Integration, String> PATTERN_HELP = Map.of(
            TaskResource.Integration.REQUEST_RESPONSE, "Request response: call the service and go on with its response",
            TaskResource.Integration.RUN_JOB, "Run a job (.sync): wait until the job completes",
            TaskResource.Integration.CALLBACK, "Wait for a callback (.waitForTaskToken): pause until SendTaskSuccess or SendTaskFailure "
                    + "returns the task token");

    private final TextBinding resource;
    private final SegmentedButton patterns = new SegmentedButton();
    private boolean updating;

    TaskSection(InspectorEdits edits, InspectedState state) {
        super("Task", edits);
        FieldTable table = FieldCatalog.of(StateType.TASK);
        resource = bind(TextBinding.field(edits, Paths.of("Resource"), ValueFormat.text(), "A Task needs a Resource")
                .prompt("arn:aws:states:::lambda:invoke"));
        TextFields.bindAutoCompletion((javafx.scene.control.TextField) resource.input(), KNOWN_RESOURCES);
        form.add("Resource", table.doc("Resource"), resource);
        for (TaskResource.Integration p : TaskResource.Integration.values()) {
            ToggleButton b = new ToggleButton(switch (p) {
                case REQUEST_RESPONSE -> "Response";
                case RUN_JOB -> ".sync";
                case CALLBACK -> ".waitForTaskToken";
            });
            b.setUserData(p);
            b.setId("pattern:" + p.name());
            b.setTooltip(new Tooltip(PATTERN_HELP.get(p)));
            patterns.getButtons().add(b);
        }
        patterns.getStyleClass().add("key-segments");
        patterns.getToggleGroup().selectedToggleProperty().addListener((obs, before, after) -> {
            if (after == null && before != null) {
                before.setSelected(true);
            } else if (after != null && !updating) {
                choosePattern((TaskResource.Integration) after.getUserData());
            }
        });
        form.add("Pattern", "How the state waits for a service integration", patterns);
        form.add("Timeout", table.doc("TimeoutSeconds"), bind(Alternatives.valueOrPath(edits, table, state, JsonPointer.ROOT,
                "TimeoutSeconds", ValueFormat.number(), "Seconds (default 99999999)")));
        form.add("Heartbeat", table.doc("HeartbeatSeconds"), bind(Alternatives.valueOrPath(edits, table, state, JsonPointer.ROOT,
                "HeartbeatSeconds", ValueFormat.number(), "Seconds")));
        if (table.has("Credentials", state.language())) {
            form.addWide("Credentials", table.doc("Credentials"), bind(TextBinding.area(edits, Paths.of("Credentials"), TextBinding.ROWS)
                    .prompt("{\"RoleArn\": \"arn:aws:iam::\u2026:role/\u2026\"}")));
        }
    }

    SegmentedButton patterns() {
        return patterns;
    }

    @Override
    void update(InspectedState state) {
        super.update(state);
        TaskResource r = TaskResource.parse(state.raw().string("Resource"));
        updating = true;
        try {
            patterns.setDisable(r.kind() != TaskResource.Kind.INTEGRATION);
            for (Toggle t : patterns.getButtons()) {
                t.setSelected(r.kind() == TaskResource.Kind.INTEGRATION && t.getUserData() == r.pattern());
            }
        } finally {
            updating = false;
        }
    }

    private void choosePattern(TaskResource.Integration p) {
        InspectedState state = edits.current();
        if (state == null) {
            return;
        }
        TaskResource r = TaskResource.parse(state.raw().string("Resource"));
        String arn = r.withPattern(p);
        if (!arn.equals(r.arn())) {
            String failure = edits.run(new SetField(edits.absolute(Paths.of("Resource")), Json.string(arn)), List.of(Paths.of("Resource")));
            resource.setProblem(failure);
            if (failure != null) {
                update(state);
            }
        }
    }
}

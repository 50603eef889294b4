package stepwise.app.inspector;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.InsertItem;
import stepwise.model.edit.SetField;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonValue;

/** The Retry table: which errors are retried, how often and how far apart. */
final class RetrySection extends InspectorSection {
    private final ArrayTable table;
    private final TextField newErrors = new TextField();
    private final Label composerMessage = new Label();

    RetrySection(InspectorEdits edits) {
        super("Retry", edits);
        table = new ArrayTable(edits, "Retry", "Errors", List.of("Interval (s)", "Attempts", "Backoff", "Max delay", "Jitter"),
                List.of(ArrayTable.grow(44), ArrayTable.grow(44), ArrayTable.grow(44), ArrayTable.grow(44), ArrayTable.fixed(80)),
                "No retriers: an error fails the state at once (or goes to a Catch).") {
            @Override
            protected Row createRow(int index, InspectedState state) {
                Row row = new Row();
                TextBinding errors = TextBinding.field(edits, Paths.of("Retry", index, "ErrorEquals"), ValueFormat.errorNames(),
                        "A retrier needs at least one error name");
                ErrorNames.complete((TextField) errors.input());
                errors.prompt("Errors to retry");
                row.fields.add(errors);
                for (String f : List.of("IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds")) {
                    TextBinding number = TextBinding.field(edits, Paths.of("Retry", index, f), ValueFormat.number())
                            .prompt(switch (f) {
                                case "IntervalSeconds" -> "1";
                                case "MaxAttempts" -> "3";
                                case "BackoffRate" -> "2.0";
                                default -> "\u2014";
                            });
                    row.fields.add(number);
                }
                row.fields.add(new ChoiceBinding(edits, Paths.of("Retry", index, "JitterStrategy"), List.of("FULL", "NONE"), "\u2014"));
                row.lead = errors.cell();
                for (FieldBinding f : row.fields.subList(1, row.fields.size())) {
                    row.cells.add(f.cell());
                }
                return row;
            }
        };
        form.addWide(null, null, table.node());
        newErrors.setPromptText("Errors to retry, e.g. States.TaskFailed");
        newErrors.setId("compose:Retry");
        ErrorNames.complete(newErrors);
        newErrors.setOnAction(e -> add());
        Button add = new Button("Add retrier");
        add.setOnAction(e -> add());
        HBox line = new HBox(6, newErrors, add);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(newErrors, Priority.ALWAYS);
        composerMessage.getStyleClass().addAll("field-message", "error");
        composerMessage.setWrapText(true);
        composerMessage.setManaged(false);
        composerMessage.setVisible(false);
        VBox composer = new VBox(2, line, composerMessage);
        composer.getStyleClass().add("table-composer");
        table.setComposer(composer);
    }

    TextField newErrors() {
        return newErrors;
    }

    @Override
    protected List<FieldBinding> rowFields() {
        return table.fields();
    }

    @Override
    void update(InspectedState state) {
        super.update(state);
        table.update(state);
    }

    private void add() {
        InspectedState state = edits.current();
        ValueFormat.Parsed parsed = ValueFormat.errorNames().parse(newErrors.getText());
        if (state == null) {
            return;
        }
        if (parsed.value() == null) {
            show("Enter the errors to retry, such as States.TaskFailed or States.ALL");
            return;
        }
        JsonObject entry = Json.object("ErrorEquals", parsed.value());
        JsonArray retry = state.raw().array("Retry");
        EditCommand command;
        if (retry == null) {
            command = new SetField(edits.absolute(Paths.of("Retry")), Json.array(entry));
        } else {
            int at = retry.size();
            if (at > 0 && catchesAll(retry.get(at - 1)) && !catchesAll(entry)) {
                at--;
            }
            command = new InsertItem(edits.absolute(Paths.of("Retry")), at, entry);
        }
        String failure = edits.run(command, List.of(Paths.of("Retry")));
        if (failure == null) {
            newErrors.clear();
        }
        show(failure);
    }

    private void show(String problem) {
        composerMessage.setText(problem == null ? "" : problem);
        composerMessage.setVisible(problem != null);
        composerMessage.setManaged(problem != null);
    }

    static boolean catchesAll(JsonValue entry) {
        return entry instanceof JsonObject o && o.get("ErrorEquals") instanceof JsonArray a
                && a.items().stream().anyMatch(v -> "States.ALL".equals(v.asText()));
    }
}

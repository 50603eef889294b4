package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import stepwise.model.asl.AslObjectKind;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;
import stepwise.model.edit.Connect;
import stepwise.model.json.JsonObject;

/** The Catch table: which errors go to which state, and what goes with them (ResultPath, or Output and Assign). */
final class CatchSection extends InspectorSection {
    private final ArrayTable table;
    private final TextField newErrors = new TextField();
    private final ComboBox<String> newTarget = new ComboBox<>();
    private final Label composerMessage = new Label();

    CatchSection(InspectorEdits edits, InspectedState state) {
        super("Catch", edits);
        FieldTable catcher = FieldCatalog.of(AslObjectKind.CATCHER);
        boolean resultPath = catcher.has("ResultPath", state.language());
        List<String> headers = new ArrayList<>(List.of("Errors", "Next state"));
        List<ColumnConstraints> widths = new ArrayList<>(List.of(ArrayTable.grow(90), ArrayTable.fixed(130)));
        if (resultPath) {
            headers.add("ResultPath");
            widths.add(ArrayTable.fixed(96));
        }
        List<String> detailFields = new ArrayList<>();
        for (String f : List.of("Output", "Assign")) {
            if (catcher.has(f, state.language())) {
                detailFields.add(f);
            }
        }
        table = new ArrayTable(edits, "Catch", null, headers, widths, "No catchers: an error that is not retried fails the workflow.") {
            /** Rows whose details the user opened from the menu (shown even while empty). */
            private final Set<Integer> opened = new HashSet<>();

            @Override
            protected Row createRow(int index, InspectedState s) {
                Row row = new Row();
                TextBinding errors = TextBinding.field(edits, Paths.of("Catch", index, "ErrorEquals"), ValueFormat.errorNames(),
                        "A catcher needs at least one error name");
                ErrorNames.complete((TextField) errors.input());
                row.fields.add(errors);
                row.fields.add(new TargetBinding(edits, Paths.of("Catch", index, "Next"), TargetBinding.Kind.RULE));
                if (resultPath) {
                    row.fields.add(TextBinding.field(edits, Paths.of("Catch", index, "ResultPath"), ValueFormat.path()).prompt("$"));
                }
                for (FieldBinding f : row.fields) {
                    row.cells.add(f.cell());
                }
                if (!detailFields.isEmpty()) {
                    row.details = new VBox(4);
                    for (String f : detailFields) {
                        TextBinding area = TextBinding.area(edits, Paths.of("Catch", index, f), TextBinding.ROWS);
                        row.fields.add(area);
                        Label label = FormGrid.label(f, f.equals("Assign") ? "Variables to set when this catcher takes the error"
                                : "What goes to the next state, from $states.errorOutput");
                        VBox box = new VBox(2, label, area.node());
                        box.setUserData(f);
                        row.details.getChildren().add(box);
                    }
                }
                opened.remove(index);
                return row;
            }

            @Override
            protected List<MenuItem> extraActions(int index, Row row) {
                if (detailFields.isEmpty()) {
                    return List.of();
                }
                MenuItem item = new MenuItem("Edit " + String.join(" and ", detailFields));
                item.setOnAction(e -> {
                    opened.add(index);
                    InspectedState s = edits.current();
                    if (s != null) {
                        updateRow(index, row, s);
                    }
                });
                return List.of(item);
            }

            @Override
            protected void updateRow(int index, Row row, InspectedState s) {
                if (row.details == null) {
                    return;
                }
                JsonObject entry = s.at(entry(index)) instanceof JsonObject o ? o : null;
                boolean any = false;
                for (var child : row.details.getChildren()) {
                    boolean show = opened.contains(index) || entry != null && entry.has((String) child.getUserData());
                    child.setVisible(show);
                    child.setManaged(show);
                    any |= show;
                }
                row.details.setVisible(any);
                row.details.setManaged(any);
            }
        };
        form.addWide(null, null, table.node());
        newErrors.setPromptText("Errors to catch, e.g. States.ALL");
        newErrors.setId("compose:Catch");
        ErrorNames.complete(newErrors);
        newTarget.setPromptText("Next state");
        newTarget.setId("compose:CatchNext");
        newTarget.setPrefWidth(130);
        Button add = new Button("Add catcher");
        add.setOnAction(e -> add());
        newErrors.setOnAction(e -> add());
        HBox line = new HBox(6, newErrors, newTarget, add);
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

    ComboBox<String> newTarget() {
        return newTarget;
    }

    @Override
    protected List<FieldBinding> rowFields() {
        return table.fields();
    }

    @Override
    void update(InspectedState state) {
        super.update(state);
        table.update(state);
        List<String> targets = state.targets();
        if (!targets.equals(newTarget.getItems())) {
            String picked = newTarget.getValue();
            newTarget.getItems().setAll(targets);
            newTarget.setValue(targets.contains(picked) ? picked : null);
        }
    }

    private void add() {
        InspectedState state = edits.current();
        if (state == null) {
            return;
        }
        ValueFormat.Parsed parsed = ValueFormat.errorNames().parse(newErrors.getText());
        List<String> errors = new ArrayList<>();
        if (parsed.value() != null) {
            parsed.value().asArray().items().forEach(v -> errors.add(v.asText()));
        }
        if (newTarget.getValue() == null) {
            show("Choose the state that handles the errors");
            return;
        }
        String failure = edits.run(Connect.onError(state.pointer(), newTarget.getValue(), errors), List.of());
        if (failure == null) {
            newErrors.clear();
            newTarget.setValue(null);
        }
        show(failure);
    }

    private void show(String problem) {
        composerMessage.setText(problem == null ? "" : problem);
        composerMessage.setVisible(problem != null);
        composerMessage.setManaged(problem != null);
    }
}

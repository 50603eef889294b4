package stepwise.app.inspector;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import stepwise.model.asl.ParallelState;
import stepwise.model.asl.StateMachine;
import stepwise.model.edit.AddBranch;
import stepwise.model.edit.SetField;

/** A Parallel's branches: what each starts with and holds, with adding and removing a branch. */
final class ParallelSection extends InspectorSection {
    private final VBox branches = new VBox(4);
    private final Label message = new Label();
    private List<String> shown;

    ParallelSection(InspectorEdits edits) {
        super("Branches", edits);
        branches.getStyleClass().add("branch-list");
        Button add = new Button("+ Add branch");
        add.getStyleClass().add("link-button");
        add.setId("addbranch");
        add.setOnAction(e -> show(edits.run(new AddBranch(edits.current().pointer()), List.of())));
        message.getStyleClass().addAll("field-message", "error");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        form.addWide(null, null, new VBox(6, branches, add, message));
    }

    @Override
    void update(InspectedState state) {
        super.update(state);
        List<StateMachine> list = ((ParallelState) state.state()).branches();
        List<String> summary = list.stream().map(b -> b.states().size() + "|" + b.startAt()).toList();
        if (summary.equals(shown)) {
            return;
        }
        shown = summary;
        branches.getChildren().clear();
        for (int i = 0; i < list.size(); i++) {
            StateMachine b = list.get(i);
            Label name = new Label("Branch " + (i + 1));
            name.getStyleClass().add("branch-name");
            Label what = new Label(b.states().size() + " state" + (b.states().size() == 1 ? "" : "s") + ", starts at "
                    + (b.startAt() == null ? "?" : b.startAt()));
            what.getStyleClass().add("field-value");
            what.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button("\u2715");
            remove.getStyleClass().add("row-menu");
            remove.setTooltip(new Tooltip("Remove branch " + (i + 1) + " and its states"));
            remove.setDisable(list.size() < 2);
            remove.setId("removebranch:" + i);
            int index = i;
            remove.setOnAction(e -> show(edits.run(SetField.remove(edits.absolute(Paths.of("Branches", index))), List.of())));
            HBox row = new HBox(8, name, what, spacer, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("branch-row");
            branches.getChildren().add(row);
        }
    }

    private void show(String problem) {
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        message.setManaged(problem != null);
    }
}

package stepwise.app.inspector;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import stepwise.model.asl.Condition;
import stepwise.model.json.JsonPointer;

/** A Not: the condition it negates, with its own editor. */
final class NotEditor extends ConditionEditor {
    private final VBox inner = new VBox();
    private final VBox box;
    private ConditionEditor child;
    private String childKind;

    NotEditor(InspectorEdits edits, JsonPointer path) {
        super(edits, path);
        Label title = new Label("Not");
        title.getStyleClass().add("condition-keyword");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, title, spacer, menu());
        header.setAlignment(Pos.CENTER_LEFT);
        inner.getStyleClass().add("group-children");
        box = new VBox(4, header, inner);
        box.getStyleClass().add("condition-not");
    }

    @Override
    Node node() {
        return box;
    }

    @Override
    List<FieldBinding> fields() {
        return child == null ? List.of() : child.fields();
    }

    @Override
    void update(Condition condition, InspectedState state) {
        Condition c = ((Condition.Not) condition).condition();
        String k = kind(c);
        if (child == null || !k.equals(childKind)) {
            child = create(edits, path.append("Not"), c);
            childKind = k;
            inner.getChildren().setAll(child.node());
        }
        child.update(c, state);
    }
}

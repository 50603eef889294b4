package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import stepwise.model.asl.ChoiceRule;
import stepwise.model.asl.ChoiceState;
import stepwise.model.edit.Connect;
import stepwise.model.json.Json;
import stepwise.model.json.JsonObject;

/**
 * A Choice state's rules, in order, each with its condition tree and next state, and the Default.
 * Rules are kept by index: an edit refreshes only what changed in a rule, and a rule whose condition
 * changes kind (a comparison wrapped in Not) gets a new editor for it alone.
 */
final class ChoiceSection extends InspectorSection {
    private final VBox cards = new VBox(8);
    private final List<RuleCard> rules = new ArrayList<>();
    private final boolean jsonata;
    private final Button addRule = new Button("+ Add rule");
    private final ComboBox<String> newTarget = new ComboBox<>();
    private final HBox composer;
    private final Label composerMessage = new Label();
    private final Label empty = new Label("No rules yet: the Choice always takes its Default.");

    ChoiceSection(InspectorEdits edits, InspectedState state) {
        super("Choice rules", edits);
        this.jsonata = state.jsonata();
        cards.getStyleClass().add("rule-list");
        empty.getStyleClass().add("table-empty");
        form.addWide(null, null, new VBox(8, empty, cards));
        addRule.setId("addrule");
        addRule.getStyleClass().add("link-button");
        newTarget.setPromptText("Next state of the new rule");
        newTarget.setId("compose:RuleNext");
        Button add = new Button("Add");
        add.setDefaultButton(false);
        add.setOnAction(e -> add());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> closeComposer());
        composer = new HBox(6, newTarget, add, cancel);
        composer.setAlignment(Pos.CENTER_LEFT);
        composer.setVisible(false);
        composer.setManaged(false);
        addRule.setOnAction(e -> {
            composer.setVisible(true);
            composer.setManaged(true);
            addRule.setVisible(false);
            addRule.setManaged(false);
            newTarget.requestFocus();
        });
        composerMessage.getStyleClass().addAll("field-message", "error");
        composerMessage.setWrapText(true);
        composerMessage.setVisible(false);
        composerMessage.setManaged(false);
        form.addWide(null, null, new VBox(4, addRule, composer, composerMessage));
        form.add("Default", "The state to go to when no rule holds; without one, the Choice fails with States.NoChoiceMatched",
                bind(new TargetBinding(edits, Paths.of("Default"), TargetBinding.Kind.DEFAULT)));
    }

    ComboBox<String> newTarget() {
        return newTarget;
    }

    Button addRuleButton() {
        return addRule;
    }

    List<RuleCard> rules() {
        return rules;
    }

    @Override
    protected List<FieldBinding> rowFields() {
        List<FieldBinding> out = new ArrayList<>();
        for (RuleCard r : rules) {
            out.addAll(r.fields());
        }
        return out;
    }

    @Override
    void update(InspectedState state) {
        super.update(state);
        List<ChoiceRule> list = state.state() instanceof ChoiceState c ? c.choices() : List.of();
        while (rules.size() > list.size()) {
            rules.remove(rules.size() - 1);
            cards.getChildren().remove(cards.getChildren().size() - 1);
        }
        while (rules.size() < list.size()) {
            RuleCard card = new RuleCard(edits, rules.size(), jsonata);
            rules.add(card);
            cards.getChildren().add(card.node());
        }
        for (int i = 0; i < list.size(); i++) {
            rules.get(i).update(list.get(i), state);
        }
        empty.setVisible(list.isEmpty());
        empty.setManaged(list.isEmpty());
        List<String> targets = state.targets();
        if (!targets.equals(newTarget.getItems())) {
            newTarget.getItems().setAll(targets);
        }
    }

    private void add() {
        InspectedState state = edits.current();
        if (state == null) {
            return;
        }
        String target = newTarget.getValue();
        if (target == null) {
            showComposer("Choose the state the new rule leads to");
            return;
        }
        JsonObject starter = jsonata ? Json.object("Condition", Json.string("{% true %}"))
                : Json.object("Variable", Json.string(GroupEditor.STARTER_VARIABLE), "IsPresent", Json.bool(true));
        int index = rules.size();
        String failure = edits.run(Connect.choice(state.pointer(), target, starter), List.of());
        showComposer(failure);
        if (failure == null) {
            closeComposer();
            if (index < rules.size() && rules.get(index).condition() != null && !rules.get(index).condition().fields().isEmpty()
                    && rules.get(index).condition().fields().get(0) instanceof TextBinding t) {
                t.input().requestFocus();
                t.input().selectAll();
            }
        }
    }

    private void closeComposer() {
        composer.setVisible(false);
        composer.setManaged(false);
        addRule.setVisible(true);
        addRule.setManaged(true);
        newTarget.setValue(null);
    }

    private void showComposer(String problem) {
        composerMessage.setText(problem == null ? "" : problem);
        composerMessage.setVisible(problem != null);
        composerMessage.setManaged(problem != null);
    }
}

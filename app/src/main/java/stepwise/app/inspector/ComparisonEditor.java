package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import stepwise.model.asl.ComparisonOperator;
import stepwise.model.asl.Condition;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.ReplaceField;
import stepwise.model.edit.SetField;
import stepwise.model.json.Json;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;

/**
 * A JSONPath comparison: the Variable, the operator (picked by kind, with a {@code $} toggle for its
 * {@code ...Path} form) and the value compared with. Changing the operator keeps the value when it
 * fits the new operator (one command that renames the operator in place); otherwise the value field
 * empties and asks for one, and nothing is written until it is given.
 */
final class ComparisonEditor extends ConditionEditor {
    private final TextBinding variable;
    private final ComboBox<ComparisonOperator> operator = new ComboBox<>();
    private final ToggleButton pathToggle = new ToggleButton("$");
    private final HBox operandBox = new HBox();
    private final VBox box;
    private FieldBinding operand;
    /** The operator in the document. */
    private ComparisonOperator written;
    /** The operator picked but not written yet (no value for it yet), or null. */
    private ComparisonOperator pending;
    private boolean updating;

    ComparisonEditor(InspectorEdits edits, JsonPointer path) {
        super(edits, path);
        variable = TextBinding.field(edits, path.append("Variable"), ValueFormat.path(), "A comparison needs the Variable it looks at")
                .prompt("$.path.to.value");
        for (ComparisonOperator op : ComparisonOperator.values()) {
            if (!op.isPath()) {
                operator.getItems().add(op);
            }
        }
        operator.setConverter(new StringConverter<>() {
            @Override
            public String toString(ComparisonOperator op) {
                return op == null ? "" : op.name();
            }

            @Override
            public ComparisonOperator fromString(String s) {
                return ComparisonOperator.fromAsl(s);
            }
        });
        operator.setVisibleRowCount(14);
        operator.setId("operator:" + path);
        operator.setPrefWidth(190);
        operator.setMinWidth(120);
        Picks.onPick(operator, () -> updating, b -> {
            if (b != null) {
                pick(compose(b, pathToggle.isSelected()));
            }
        });
        pathToggle.getStyleClass().add("path-toggle");
        pathToggle.setId("operatorpath:" + path);
        pathToggle.setFocusTraversable(false);
        pathToggle.setTooltip(new Tooltip("Compare with the value at a path (the operator's ...Path form)"));
        pathToggle.selectedProperty().addListener((obs, a, b) -> {
            if (!updating && operator.getValue() != null) {
                pick(compose(operator.getValue(), b));
            }
        });
        HBox.setHgrow(operandBox, Priority.ALWAYS);
        HBox top = new HBox(4, variable.cell(), menu());
        HBox.setHgrow(top.getChildren().get(0), Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(4, operator, pathToggle, operandBox);
        second.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, top, variable.messageNode(), second);
        box.getStyleClass().add("comparison");
    }

    @Override
    Node node() {
        return box;
    }

    @Override
    List<FieldBinding> fields() {
        List<FieldBinding> out = new ArrayList<>(List.of(variable));
        if (operand != null) {
            out.add(operand);
        }
        return out;
    }

    @Override
    void update(Condition condition, InspectedState state) {
        Condition.Comparison c = (Condition.Comparison) condition;
        variable.update(state);
        if (c.operator() != written || operand == null) {
            written = c.operator();
            pending = null;
            showOperator(written);
            setOperand(written, false);
        } else if (pending == null) {
            showOperator(written);
        }
        operand.update(state);
    }

    private static ComparisonOperator compose(ComparisonOperator base, boolean path) {
        if (!path) {
            return base;
        }
        ComparisonOperator p = ComparisonOperator.fromAsl(base.name() + "Path");
        return p == null ? base : p;
    }

    private static ComparisonOperator base(ComparisonOperator op) {
        return op.isPath() ? ComparisonOperator.fromAsl(op.name().substring(0, op.name().length() - 4)) : op;
    }

    private void showOperator(ComparisonOperator op) {
        updating = true;
        try {
            operator.setValue(base(op));
            pathToggle.setSelected(op.isPath());
            pathToggle.setDisable(ComparisonOperator.fromAsl(base(op).name() + "Path") == null);
        } finally {
            updating = false;
        }
    }

    /** Puts the value field for {@code op}: a true/false picker or a text field; a pending one starts empty. */
    private void setOperand(ComparisonOperator op, boolean forPending) {
        JsonPointer at = path.append((forPending ? written : op).name());
        boolean bool = !op.isPath() && (op.kind() == ComparisonOperator.Kind.BOOLEAN || op.kind() == ComparisonOperator.Kind.TYPE_TEST);
        FieldBinding b;
        if (bool) {
            ChoiceBinding choice = new ChoiceBinding(edits, at, List.of("true", "false"), null)
                    .writeWith(word -> write(op, Json.bool(word.equals("true"))));
            choice.combo().setPrefWidth(90);
            b = choice;
        } else {
            ValueFormat format = op.isPath() ? ValueFormat.path() : op.kind() == ComparisonOperator.Kind.NUMERIC ? ValueFormat.number()
                    : forPending ? ValueFormat.text() : ValueFormat.anyText();
            TextBinding text = TextBinding.field(edits, at, format, "Enter the value to compare with")
                    .writeWith(v -> write(op, v)).checkAt(List.of(path.append(op.name()))).prompt(prompt(op));
            if (forPending) {
                text.readWith(s -> null).onRevert(() -> pick(written));
            }
            b = text;
        }
        operand = b;
        operand.setClaims(List.of(path.append(op.name())));
        Node cell = b.cell();
        HBox.setHgrow(cell, Priority.ALWAYS);
        operandBox.getChildren().setAll(cell);
        if (box.getChildren().size() > 3) {
            box.getChildren().remove(3);
        }
        box.getChildren().add(b.messageNode());
    }

    private static String prompt(ComparisonOperator op) {
        if (op.isPath()) {
            return "$.other.value";
        }
        return switch (op.kind()) {
            case NUMERIC -> "100";
            case TIMESTAMP -> "2025-01-31T09:00:00Z";
            case STRING_MATCH -> "order-*";
            default -> "text";
        };
    }

    /** Writes the value for {@code op}: in place when {@code op} is written, renaming the written operator otherwise. */
    private EditCommand write(ComparisonOperator op, JsonValue value) {
        if (op == written) {
            return new SetField(edits.absolute(path.append(op.name())), value);
        }
        return new ReplaceField(edits.absolute(path.append(written.name())), op.name(), value);
    }

    private void pick(ComparisonOperator op) {
        if (op == written) {
            pending = null;
            showOperator(written);
            setOperand(written, false);
            InspectedState state = edits.current();
            if (state != null) {
                operand.update(state);
            }
            return;
        }
        InspectedState state = edits.current();
        if (state == null) {
            return;
        }
        JsonValue converted = convert(state.at(path.append(written.name())), written, op);
        if (converted != null && edits.run(write(op, converted), List.of(path.append(op.name()))) == null) {
            return;
        }
        pending = op;
        showOperator(op);
        setOperand(op, true);
        operand.update(state);
        operand.setHint("Enter a value for " + op.name() + "; " + written.name() + " stays as it is until then. Escape keeps it.");
        if (operand instanceof TextBinding t) {
            t.input().requestFocus();
        }
    }

    /** The value compared with, turned into one for {@code to}; null when it does not fit. */
    static JsonValue convert(JsonValue value, ComparisonOperator from, ComparisonOperator to) {
        if (to.isPath()) {
            return value instanceof JsonString s && s.value().startsWith("$") ? value : null;
        }
        boolean bool = to.kind() == ComparisonOperator.Kind.BOOLEAN || to.kind() == ComparisonOperator.Kind.TYPE_TEST;
        if (from.isPath()) {
            return bool ? Json.bool(true) : null;
        }
        return switch (to.kind()) {
            case NUMERIC -> value instanceof JsonNumber ? value : value instanceof JsonString s ? number(s.value()) : null;
            case STRING, STRING_MATCH -> value instanceof JsonString ? value
                    : value instanceof JsonNumber n ? Json.string(n.text())
                    : value instanceof JsonBoolean b ? Json.string(Boolean.toString(b.value())) : null;
            case TIMESTAMP -> value instanceof JsonString ? value : null;
            case BOOLEAN, TYPE_TEST -> value instanceof JsonBoolean ? value
                    : value instanceof JsonString s && (s.value().equals("true") || s.value().equals("false"))
                    ? Json.bool(s.value().equals("true")) : Json.bool(true);
        };
    }

    private static JsonValue number(String text) {
        JsonParser.Result r = JsonParser.parse(text.strip());
        return r.ok() && r.root() instanceof JsonNumber ? r.root() : null;
    }
}

package stepwise.model.asl;

import java.util.List;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * The boolean test of a Choice rule: a JSONPath comparison, And/Or/Not over nested conditions, or a
 * JSONata {@code Condition} expression. {@link Malformed} stands for a rule whose shape is wrong; the
 * validator explains what is wrong with it.
 */
public sealed interface Condition {
    JsonObject raw();

    JsonPointer pointer();

    /** The condition in short readable form, e.g. {@code $.inStock == true}. */
    String label();

    record Comparison(JsonObject raw, JsonPointer pointer, String variable, ComparisonOperator operator, JsonValue operand)
            implements Condition {
        @Override
        public String label() {
            return ConditionLabels.comparison(this);
        }
    }

    record And(JsonObject raw, JsonPointer pointer, List<Condition> conditions) implements Condition {
        public And {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String label() {
            return ConditionLabels.join(conditions, " and ");
        }
    }

    record Or(JsonObject raw, JsonPointer pointer, List<Condition> conditions) implements Condition {
        public Or {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String label() {
            return ConditionLabels.join(conditions, " or ");
        }
    }

    record Not(JsonObject raw, JsonPointer pointer, Condition condition) implements Condition {
        @Override
        public String label() {
            return "not " + ConditionLabels.grouped(condition);
        }
    }

    /** A JSONata {@code "Condition": "{% ... %}"} (or a literal boolean). */
    record Jsonata(JsonObject raw, JsonPointer pointer, JsonValue expression) implements Condition {
        @Override
        public String label() {
            return ConditionLabels.jsonata(expression);
        }
    }

    record Malformed(JsonObject raw, JsonPointer pointer, String reason) implements Condition {
        @Override
        public String label() {
            return "?";
        }
    }
}

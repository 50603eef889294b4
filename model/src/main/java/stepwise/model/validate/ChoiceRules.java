package stepwise.model.validate;

import stepwise.model.asl.AslField;
import stepwise.model.asl.AslObjectKind;
import stepwise.model.asl.ComparisonOperator;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldTable;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPlaceholder;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * The rules of JSONPath Choice states: each rule is exactly one comparison on a {@code Variable},
 * or {@code And}/{@code Or} over a non-empty list of rules, or {@code Not} over one rule; the
 * operand has the type its operator compares; {@code Next} (and {@code Assign}) only at the top
 * level. JSONata rules ({@code Condition}) are checked by the field table.
 */
final class ChoiceRules implements Rule {
    private static final FieldTable TOP = FieldCatalog.of(AslObjectKind.CHOICE_RULE);
    private static final FieldTable NESTED = FieldCatalog.of(AslObjectKind.NESTED_RULE);

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        for (StateNode s : workflow.typedStates()) {
            if (s.type() != StateType.CHOICE || s.isJsonata() || !(s.value("Choices") instanceof JsonArray rules)) {
                continue;
            }
            String base = s.pointer("Choices");
            for (int i = 0; i < rules.size(); i++) {
                String rp = Place.child(base, i);
                String label = "Choice rule " + i + " of " + s.describe();
                if (rules.get(i) instanceof JsonObject rule) {
                    if (!rule.has("Next")) {
                        findings.report(ValidationCode.MISSING_FIELD, new Place(rp, first(rule)), label + " needs the field 'Next'");
                    }
                    rule(rule, rp, label, true, findings);
                } else {
                    findings.report(ValidationCode.WRONG_TYPE, Findings.at(rp, rules.get(i)), label + " must be an object, not "
                            + Values.show(rules.get(i)));
                }
            }
        }
    }

    private void rule(JsonObject rule, String pointer, String label, boolean top, Findings findings) {
        Member operator = null;
        Member combinator = null;
        for (Member m : rule.members()) {
            String key = m.key();
            String mp = Place.child(pointer, key);
            if (TOP.has(key, QueryLanguage.JSONPATH) && !NESTED.has(key)) {
                if (!top) {
                    findings.report(ValidationCode.INVALID_CHOICE_RULE, Findings.keyOf(mp, m), key
                            + " is only allowed at the top level of a Choice rule, not inside And, Or or Not (" + label + ")");
                } else if (key.equals("Next") && !(m.value() instanceof JsonString)) {
                    findings.report(ValidationCode.WRONG_TYPE, Findings.valueOf(mp, m), label + ": Next must be a state name, not "
                            + Values.show(m.value()));
                } else if (key.equals("Assign") && !(m.value() instanceof JsonObject)) {
                    findings.report(ValidationCode.WRONG_TYPE, Findings.valueOf(mp, m), label + ": Assign must be an object, not "
                            + Values.show(m.value()));
                }
            } else if (key.equals("Comment")) {
                if (!(m.value() instanceof JsonString)) {
                    findings.report(ValidationCode.WRONG_TYPE, Findings.valueOf(mp, m), label + ": Comment must be a string");
                }
            } else if (key.equals("Variable")) {
                if (m.value() instanceof JsonString v) {
                    PathRules.path(v, mp, "Variable", PathRules.Mode.PATH, findings);
                } else {
                    findings.report(ValidationCode.WRONG_TYPE, Findings.valueOf(mp, m), label + ": Variable must be a JSONPath string, not "
                            + Values.show(m.value()));
                }
            } else if (key.equals("And") || key.equals("Or") || key.equals("Not")) {
                if (combinator != null || operator != null) {
                    twoTests(m, operator != null ? operator : combinator, mp, label, findings);
                } else {
                    combinator = m;
                }
                nested(m, mp, label, findings);
            } else if (ComparisonOperator.fromAsl(key) != null) {
                if (combinator != null || operator != null) {
                    twoTests(m, operator != null ? operator : combinator, mp, label, findings);
                } else {
                    operator = m;
                }
                operand(ComparisonOperator.fromAsl(key), m, mp, label, findings);
            } else if (jsonataOnly(key)) {
                findings.report(ValidationCode.QUERY_LANGUAGE_MISMATCH, Findings.keyOf(mp, m), key
                        + " is a JSONata field, but " + label + " uses JSONPath: use Variable with a comparison such as StringEquals");
            } else {
                findings.report(ValidationCode.UNKNOWN_FIELD, Findings.keyOf(mp, m), "Field '" + key + "' is not supported in "
                        + label + "; a rule has Variable with one comparison (StringEquals, NumericLessThan, IsPresent...), or And, Or, Not");
            }
        }
        Member variable = rule.member("Variable");
        if (operator != null && variable == null) {
            findings.report(ValidationCode.INVALID_CHOICE_RULE, Findings.keyOf(Place.child(pointer, operator.key()), operator),
                    label + ": " + operator.key() + " needs a Variable, the path of the value it compares");
        } else if (combinator != null && variable != null) {
            findings.report(ValidationCode.INVALID_CHOICE_RULE, Findings.keyOf(Place.child(pointer, "Variable"), variable),
                    label + ": Variable has no meaning next to " + combinator.key() + "; put it in the nested rules");
        } else if (operator == null && combinator == null) {
            findings.report(ValidationCode.INVALID_CHOICE_RULE, new Place(pointer, first(rule)), label
                    + " has no test: it needs Variable with a comparison (StringEquals, NumericLessThan, IsPresent...), or And, Or, Not");
        }
    }

    /** True for the fields of JSONata rules ({@code Condition}, {@code Output}). */
    private static boolean jsonataOnly(String key) {
        AslField f = TOP.field(key);
        return f != null && !f.validIn(QueryLanguage.JSONPATH);
    }

    private void twoTests(Member second, Member first, String pointer, String label, Findings findings) {
        findings.report(ValidationCode.INVALID_CHOICE_RULE, Findings.keyOf(pointer, second), label + " has both " + first.key()
                + " and " + second.key() + "; a rule makes exactly one test (combine tests with And or Or)");
    }

    private void nested(Member m, String pointer, String label, Findings findings) {
        if (m.key().equals("Not")) {
            if (m.value() instanceof JsonObject inner) {
                rule(inner, pointer, label, false, findings);
            } else {
                findings.report(ValidationCode.WRONG_TYPE, Findings.valueOf(pointer, m), label + ": Not must be one rule (an object), not "
                        + Values.show(m.value()));
            }
            return;
        }
        if (!(m.value() instanceof JsonArray list) || list.size() == 0) {
            findings.report(m.value() instanceof JsonArray ? ValidationCode.INVALID_CHOICE_RULE : ValidationCode.WRONG_TYPE,
                    Findings.valueOf(pointer, m), label + ": " + m.key() + " must be a non-empty array of rules, not "
                            + Values.show(m.value()));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String ip = Place.child(pointer, i);
            if (list.get(i) instanceof JsonObject inner) {
                rule(inner, ip, label, false, findings);
            } else {
                findings.report(ValidationCode.WRONG_TYPE, Findings.at(ip, list.get(i)), label + ": each rule of " + m.key()
                        + " must be an object, not " + Values.show(list.get(i)));
            }
        }
    }

    private void operand(ComparisonOperator op, Member m, String pointer, String label, Findings findings) {
        JsonValue v = m.value();
        if (v instanceof JsonPlaceholder) {
            return;
        }
        if (op.isPath()) {
            if (v instanceof JsonString s) {
                PathRules.path(s, pointer, op.name(), PathRules.Mode.PATH, findings);
            } else {
                wrong(op, m, pointer, label, "a JSONPath string", findings);
            }
            return;
        }
        switch (op.kind()) {
            case STRING, STRING_MATCH -> {
                if (!(v instanceof JsonString)) {
                    wrong(op, m, pointer, label, "a string", findings);
                }
            }
            case NUMERIC -> {
                if (!(v instanceof JsonNumber)) {
                    wrong(op, m, pointer, label, "a number", findings);
                }
            }
            case BOOLEAN, TYPE_TEST -> {
                if (!(v instanceof JsonBoolean)) {
                    wrong(op, m, pointer, label, "true or false", findings);
                }
            }
            case TIMESTAMP -> {
                if (!(v instanceof JsonString s)) {
                    wrong(op, m, pointer, label, "an RFC 3339 timestamp string", findings);
                } else if (!Timestamps.isValid(s.value())) {
                    findings.report(ValidationCode.INVALID_TIMESTAMP, Findings.valueOf(pointer, m), label + ": " + op.name()
                            + " must be an RFC 3339 timestamp such as 2024-03-14T01:59:00Z, not " + Values.show(v));
                }
            }
        }
    }

    private void wrong(ComparisonOperator op, Member m, String pointer, String label, String requirement, Findings findings) {
        findings.report(ValidationCode.WRONG_TYPE, Findings.valueOf(pointer, m), label + ": " + op.name() + " compares with "
                + requirement + ", not " + Values.showTyped(m.value()));
    }

    private static stepwise.model.json.Span first(JsonObject o) {
        stepwise.model.json.Span s = o.span();
        return new stepwise.model.json.Span(s.start(), Math.min(s.end(), s.start() + 1), s.line(), s.column());
    }
}

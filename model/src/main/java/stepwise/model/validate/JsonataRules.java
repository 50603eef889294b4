package stepwise.model.validate;

import java.util.Set;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * JSONata states: every {@code {% ... %}} expression in their fields, at any depth, must parse
 * (an error points at its line and column in the document); and a workflow written in JSONata
 * cannot switch a state back to JSONPath.
 */
final class JsonataRules implements Rule {
    /** Fields that never hold an expression (nested machines are checked as their own states). */
    private static final Set<String> NOT_EXPRESSIONS = Set.of("Type", "Comment", "QueryLanguage", "Next", "End", "Default",
            "Resource", "Branches", "ItemProcessor", "Iterator");

    /** Receives each expression string of a state and its pointer. */
    interface ExpressionVisitor {
        void visit(JsonString value, String pointer);
    }

    private final JsonataSyntaxCache syntax;

    JsonataRules(JsonataSyntaxCache syntax) {
        this.syntax = syntax;
    }

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        for (StateNode s : workflow.typedStates()) {
            downgrade(workflow, s, findings);
            if (s.isJsonata()) {
                expressions(s, (value, pointer) -> {
                    JsonataExpression.SyntaxError error = syntax.errorOf(value.value());
                    if (error != null) {
                        findings.report(ValidationCode.JSONATA_SYNTAX, pointer, findings.inString(value, error.offset(),
                                error.offset() + 1), "JSONata syntax error in " + s.describe() + ": " + error.message());
                    }
                });
            }
        }
    }

    private static void downgrade(WorkflowIndex workflow, StateNode s, Findings findings) {
        Member declared = s.field("QueryLanguage");
        if (workflow.topLanguage() == QueryLanguage.JSONATA && declared != null && declared.value() instanceof JsonString text
                && text.value().equals(QueryLanguage.JSONPATH.aslName())) {
            findings.report(ValidationCode.QUERY_LANGUAGE_DOWNGRADE, Findings.valueOf(s.pointer("QueryLanguage"), declared),
                    capitalise(s.describe()) + " cannot use JSONPath: the workflow's QueryLanguage is JSONata, and a state can only "
                            + "switch from JSONPath to JSONata, not back");
        }
    }

    /** Visits every {@code {% %}} string in the fields of a state, its Retry/Catch entries and Choice rules included. */
    static void expressions(StateNode s, ExpressionVisitor visitor) {
        for (Member m : s.raw().members()) {
            if (!NOT_EXPRESSIONS.contains(m.key())) {
                walk(m.value(), s.pointer(m.key()), visitor);
            }
        }
    }

    private static void walk(JsonValue v, String pointer, ExpressionVisitor visitor) {
        if (v instanceof JsonString s) {
            if (Values.isExpression(s.value())) {
                visitor.visit(s, pointer);
            }
        } else if (v instanceof JsonObject o) {
            for (Member m : o.members()) {
                walk(m.value(), Place.child(pointer, m.key()), visitor);
            }
        } else if (v instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                walk(a.get(i), Place.child(pointer, i), visitor);
            }
        }
    }

    private static String capitalise(String s) {
        return SchemaRules.capitalise(s);
    }
}

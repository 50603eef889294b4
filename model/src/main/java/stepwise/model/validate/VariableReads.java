package stepwise.model.validate;

import stepwise.model.intrinsic.IntrinsicCall;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.asl.ComparisonOperator;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Where a state reads workflow variables: {@code $name} in its JSONata expressions, or, in a
 * JSONPath state, paths that start at a variable ({@code $order.id}) in its path fields, in the
 * {@code .$} fields of its payload templates, in intrinsic function arguments and in Choice rules.
 */
final class VariableReads {
    private static final List<String> PATH_FIELDS = List.of("InputPath", "OutputPath", "ItemsPath", "SecondsPath",
            "TimestampPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath", "ErrorPath", "CausePath");
    private static final List<String> TEMPLATES = List.of("Parameters", "ItemSelector", "ResultSelector", "Assign",
            "Credentials", "ItemReader", "ItemBatcher", "ResultWriter");

    private final Findings findings;
    private final List<VariableRules.Read> reads = new ArrayList<>();

    private VariableReads(Findings findings) {
        this.findings = findings;
    }

    static List<VariableRules.Read> of(StateNode s, Findings findings) {
        VariableReads r = new VariableReads(findings);
        if (s.isJsonata()) {
            JsonataRules.expressions(s, r::expression);
        } else {
            r.jsonPath(s);
        }
        return r.reads;
    }

    private void expression(JsonString value, String pointer) {
        for (JsonataExpression.Reference ref : new JsonataExpression(value.value()).references()) {
            reads.add(new VariableRules.Read(ref.name(), pointer, findings.inString(value, ref.offset(),
                    ref.offset() + 1 + ref.name().length())));
        }
    }

    private void jsonPath(StateNode s) {
        for (String field : PATH_FIELDS) {
            if (s.value(field) instanceof JsonString v) {
                dynamic(v, s.pointer(field));
            }
        }
        for (String field : TEMPLATES) {
            template(s.value(field), s.pointer(field));
        }
        if (s.value("Catch") instanceof JsonArray catches) {
            for (int i = 0; i < catches.size(); i++) {
                if (catches.get(i) instanceof JsonObject c) {
                    template(c.get("Assign"), Place.child(Place.child(s.pointer("Catch"), i), "Assign"));
                }
            }
        }
        if (s.type() == StateType.CHOICE && s.value("Choices") instanceof JsonArray rules) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i) instanceof JsonObject rule) {
                    rule(rule, Place.child(s.pointer("Choices"), i));
                }
            }
        }
    }

    private void rule(JsonObject rule, String pointer) {
        for (Member m : rule.members()) {
            String mp = Place.child(pointer, m.key());
            ComparisonOperator op = ComparisonOperator.fromAsl(m.key());
            if (m.key().equals("Variable") || op != null && op.isPath()) {
                if (m.value() instanceof JsonString v) {
                    dynamic(v, mp);
                }
            } else if (m.key().equals("Assign")) {
                template(m.value(), mp);
            } else if (m.key().equals("Not") && m.value() instanceof JsonObject inner) {
                rule(inner, mp);
            } else if ((m.key().equals("And") || m.key().equals("Or")) && m.value() instanceof JsonArray list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof JsonObject inner) {
                        rule(inner, Place.child(mp, i));
                    }
                }
            }
        }
    }

    private void template(JsonValue v, String pointer) {
        if (v instanceof JsonObject o) {
            for (Member m : o.members()) {
                String mp = Place.child(pointer, m.key());
                if (m.key().endsWith(".$") && m.value() instanceof JsonString s) {
                    dynamic(s, mp);
                } else {
                    template(m.value(), mp);
                }
            }
        } else if (v instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                template(a.get(i), Place.child(pointer, i));
            }
        }
    }

    /** A path or an intrinsic call: the variables it starts from. */
    private void dynamic(JsonString v, String pointer) {
        String text = v.value();
        if (IntrinsicCall.looksLikeCall(text)) {
            IntrinsicCall.Parsed parsed = IntrinsicCall.parse(text);
            if (parsed.ok()) {
                for (IntrinsicCall.PathArgument p : parsed.call().paths()) {
                    path(v, pointer, p.path(), p.start());
                }
            }
        } else {
            path(v, pointer, text, 0);
        }
    }

    private void path(JsonString v, String pointer, String path, int offset) {
        String name = JsonPathSyntax.variable(path);
        if (name != null) {
            reads.add(new VariableRules.Read(name, pointer, findings.inString(v, offset, offset + 1 + name.length())));
        }
    }
}

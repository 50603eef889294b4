package stepwise.model.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stepwise.model.asl.AslField;
import stepwise.model.asl.AslObjectKind;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldKind;
import stepwise.model.asl.FieldTable;
import stepwise.model.asl.FieldTable.ExclusiveGroup;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;
import stepwise.model.json.Span;

/**
 * Applies the field table ({@link FieldCatalog}) to every object of the workflow: unknown fields, fields
 * of the other query language, missing and mutually exclusive fields, values of the wrong type or
 * out of range, and fields written twice.
 */
final class SchemaRules implements Rule {
    /** What to use instead of a field of the other query language. */
    private static final Map<String, String> INSTEAD = Map.ofEntries(
            Map.entry("InputPath", "Arguments (or a {% %} expression over $states.input)"),
            Map.entry("Parameters", "Arguments"), Map.entry("ResultSelector", "Output"),
            Map.entry("ResultPath", "Output or Assign"), Map.entry("OutputPath", "Output"), Map.entry("Result", "Output"),
            Map.entry("ItemsPath", "Items"), Map.entry("SecondsPath", "Seconds with a {% %} expression"),
            Map.entry("TimestampPath", "Timestamp with a {% %} expression"),
            Map.entry("TimeoutSecondsPath", "TimeoutSeconds with a {% %} expression"),
            Map.entry("HeartbeatSecondsPath", "HeartbeatSeconds with a {% %} expression"),
            Map.entry("MaxConcurrencyPath", "MaxConcurrency with a {% %} expression"),
            Map.entry("ToleratedFailureCountPath", "ToleratedFailureCount with a {% %} expression"),
            Map.entry("ToleratedFailurePercentagePath", "ToleratedFailurePercentage with a {% %} expression"),
            Map.entry("ErrorPath", "Error with a {% %} expression"), Map.entry("CausePath", "Cause with a {% %} expression"),
            Map.entry("RoleArn.$", "RoleArn with a {% %} expression"),
            Map.entry("Arguments", "Parameters"), Map.entry("Output", "OutputPath, ResultSelector or ResultPath"),
            Map.entry("Items", "ItemsPath"), Map.entry("Condition", "Variable with a comparison such as StringEquals"));

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        for (MachineScope m : workflow.machines()) {
            FieldTable table = FieldCatalog.of(switch (m.kind()) {
                case ROOT -> AslObjectKind.MACHINE;
                case BRANCH -> AslObjectKind.BRANCH;
                case ITEM_PROCESSOR, ITERATOR -> AslObjectKind.ITEM_PROCESSOR;
            });
            String owner = m.kind() == MachineScope.Kind.ROOT ? "The workflow" : capitalise(m.describe());
            Place missingAt = m.owner() == null ? opening(m.pointer(), m.raw())
                    : keyOf(m.owner().raw(), m.pointer(), m.raw());
            checkObject(m.raw(), m.pointer(), table, false, missingAt, owner, findings);
            Member config = m.raw().member("ProcessorConfig");
            if (config != null && config.value() instanceof JsonObject c) {
                String cp = Place.child(m.pointer(), "ProcessorConfig");
                checkObject(c, cp, FieldCatalog.of(AslObjectKind.PROCESSOR_CONFIG), false, Findings.keyOf(cp, config),
                        "The ProcessorConfig of Map '" + m.owner().name() + "'", findings);
            }
        }
        for (StateNode s : workflow.states()) {
            checkState(s, findings);
        }
    }

    private void checkState(StateNode s, Findings findings) {
        if (s.raw() == null) {
            findings.report(ValidationCode.WRONG_TYPE, Findings.valueOf(s.pointer(), s.member()),
                    "State '" + s.name() + "' must be an object with a Type, not " + Values.show(s.member().value()));
            return;
        }
        Member type = s.field("Type");
        if (type == null) {
            findings.report(ValidationCode.MISSING_FIELD, s.namePlace(), "State '" + s.name()
                    + "' has no Type: it needs one of Task, Choice, Parallel, Map, Wait, Pass, Succeed, Fail");
            return;
        }
        if (s.type() == null) {
            FieldValues.Complaint c = FieldValues.check(FieldKind.STATE_TYPE, type.value(), false);
            findings.report(c == null ? ValidationCode.INVALID_VALUE : c.code(), Findings.valueOf(s.pointer("Type"), type),
                    "The Type of state '" + s.name() + "' must be one of Task, Choice, Parallel, Map, Wait, Pass, Succeed, Fail, not "
                            + Values.show(type.value()));
            return;
        }
        String owner = capitalise(s.describe());
        checkObject(s.raw(), s.pointer(), FieldCatalog.of(s.type()), s.isJsonata(), s.namePlace(), owner, findings);
        entries(s, "Retry", FieldCatalog.of(AslObjectKind.RETRIER), findings);
        entries(s, "Catch", FieldCatalog.of(AslObjectKind.CATCHER), findings);
        nested(s, "Credentials", FieldCatalog.of(AslObjectKind.CREDENTIALS), findings);
        if (s.type() == StateType.MAP) {
            nested(s, "ItemReader", FieldCatalog.of(AslObjectKind.ITEM_READER), findings);
            nested(s, "ItemBatcher", FieldCatalog.of(AslObjectKind.ITEM_BATCHER), findings);
            nested(s, "ResultWriter", FieldCatalog.of(AslObjectKind.RESULT_WRITER), findings);
        }
        if (s.type() == StateType.CHOICE && s.isJsonata() && s.value("Choices") instanceof JsonArray rules) {
            String base = s.pointer("Choices");
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i) instanceof JsonObject rule) {
                    String rp = Place.child(base, i);
                    checkObject(rule, rp, FieldCatalog.of(AslObjectKind.CHOICE_RULE), true, opening(rp, rule),
                            "Choice rule " + i + " of " + s.describe(), findings);
                }
            }
        }
    }

    private void entries(StateNode s, String field, FieldTable table, Findings findings) {
        if (!(s.value(field) instanceof JsonArray list) || !FieldCatalog.of(s.type()).has(field)) {
            return;
        }
        String base = s.pointer(field);
        for (int i = 0; i < list.size(); i++) {
            JsonValue item = list.get(i);
            String ip = Place.child(base, i);
            String owner = field + " entry " + i + " of " + s.describe();
            if (item instanceof JsonObject o) {
                checkObject(o, ip, table, s.isJsonata(), opening(ip, o), capitalise(owner), findings);
            } else {
                findings.report(ValidationCode.WRONG_TYPE, Findings.at(ip, item), capitalise(owner) + " must be an object, not "
                        + Values.show(item));
            }
        }
    }

    private void nested(StateNode s, String field, FieldTable table, Findings findings) {
        Member m = s.field(field);
        if (m != null && m.value() instanceof JsonObject o && FieldCatalog.of(s.type()).has(field)) {
            String p = s.pointer(field);
            checkObject(o, p, table, s.isJsonata(), Findings.keyOf(p, m), "The " + field + " of " + s.describe(), findings);
        }
    }

    /** Checks one object against its table; {@code missingAt} is where to point when a required field is absent. */
    static void checkObject(JsonObject o, String pointer, FieldTable table, boolean jsonata, Place missingAt, String owner,
                            Findings findings) {
        QueryLanguage language = jsonata ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
        Set<String> seen = new HashSet<>();
        for (Member m : o.members()) {
            String key = m.key();
            String fp = Place.child(pointer, key);
            if (!seen.add(key)) {
                findings.report(ValidationCode.DUPLICATE_FIELD, Findings.keyOf(fp, m), owner + " has the field '" + key
                        + "' twice; only the last one counts");
            }
            AslField spec = table.field(key);
            if (spec == null) {
                findings.report(ValidationCode.UNKNOWN_FIELD, Findings.keyOf(fp, m), unknown(key, owner, table));
                continue;
            }
            if (!spec.validIn(language)) {
                findings.report(ValidationCode.QUERY_LANGUAGE_MISMATCH, Findings.keyOf(fp, m), mismatch(key, owner, jsonata));
                continue;
            }
            FieldValues.Complaint c = FieldValues.check(spec.kind(), m.value(), jsonata);
            if (c != null) {
                String hint = !jsonata && Values.isExpression(m.value())
                        ? "; {% %} expressions are JSONata and need \"QueryLanguage\": \"JSONata\"" : "";
                findings.report(c.code(), Findings.valueOf(fp, m), owner + ": " + key + " must be " + c.requirement() + ", not "
                        + Values.showTyped(m.value()) + hint);
            }
        }
        for (String name : table.required()) {
            if (!o.has(name) && table.field(name).validIn(language)) {
                findings.report(ValidationCode.MISSING_FIELD, missingAt, owner + " needs the field '" + name + "'");
            }
        }
        for (ExclusiveGroup g : table.exclusive()) {
            exclusive(o, pointer, g, language, table, missingAt, owner, findings);
        }
    }

    private static void exclusive(JsonObject o, String pointer, ExclusiveGroup g, QueryLanguage language, FieldTable table,
                                  Place missingAt, String owner, Findings findings) {
        List<Member> present = new ArrayList<>();
        for (String name : g.fields()) {
            Member m = o.member(name);
            if (m != null) {
                present.add(m);
            }
        }
        present.sort(Comparator.comparingInt(m -> m.keySpan().start()));
        Member first = present.isEmpty() ? null : present.get(0);
        for (Member m : present.subList(Math.min(1, present.size()), present.size())) {
            findings.report(ValidationCode.EXCLUSIVE_FIELDS, Findings.keyOf(Place.child(pointer, m.key()), m),
                    owner + " cannot have both " + first.key() + " and " + m.key() + "; keep one");
        }
        if (first == null && g.oneRequired()) {
            List<String> usable = g.fields().stream().filter(f -> table.has(f, language)).toList();
            findings.report(ValidationCode.MISSING_FIELD, missingAt, owner + " needs "
                    + (usable.size() == 1 ? "the field '" + usable.get(0) + "'" : "one of " + String.join(", ", usable)));
        }
    }

    private static String unknown(String key, String owner, FieldTable table) {
        String message = "Field '" + key + "' is not supported in " + lowerFirst(owner);
        String elsewhere = table.noun().endsWith(" state") ? typesWith(key) : "";
        if (!elsewhere.isEmpty()) {
            message += " (it is a field of " + elsewhere + " states)";
        }
        return message;
    }

    /** The state types that do have {@code field}, for "X is a field of Task and Map states" hints. */
    private static String typesWith(String field) {
        StringBuilder sb = new StringBuilder();
        for (StateType type : FieldCatalog.stateTypesWith(field)) {
            sb.append(sb.isEmpty() ? "" : ", ").append(type.aslName());
        }
        return sb.toString();
    }

    private static String mismatch(String key, String owner, boolean jsonata) {
        String instead = INSTEAD.get(key);
        return key + " is a " + (jsonata ? "JSONPath" : "JSONata") + " field, but " + lowerFirst(owner) + " uses "
                + (jsonata ? "JSONata" : "JSONPath") + (instead == null ? "" : ": use " + instead + " instead");
    }

    private static Place opening(String pointer, JsonValue v) {
        Span s = v.span();
        return new Place(pointer, new Span(s.start(), Math.min(s.end(), s.start() + 1), s.line(), s.column()));
    }

    /** The key under which a nested machine is written (a branch has none: its opening brace). */
    private static Place keyOf(JsonObject ownerState, String pointer, JsonObject machine) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        Member m = ownerState == null ? null : ownerState.member(last);
        return m != null && m.value() == machine ? Findings.keyOf(pointer, m) : opening(pointer, machine);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lower-cases the opening article of an owner ("The ItemReader of...", "Branch 2 of...") for use mid-sentence. */
    static String lowerFirst(String s) {
        for (String word : new String[] {"The ", "Branch "}) {
            if (s.startsWith(word)) {
                return Character.toLowerCase(s.charAt(0)) + s.substring(1);
            }
        }
        return s;
    }
}

package stepwise.model.validate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import stepwise.model.asl.AslField;
import stepwise.model.asl.AslObjectKind;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.FieldKind;
import stepwise.model.asl.FieldTable;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;
import stepwise.model.intrinsic.IntrinsicCall;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * JSONPath in JSONPath states: every path field (InputPath, OutputPath, the reference paths
 * ResultPath, ItemsPath and the {@code *Path} fields) and every {@code .$} field of a payload
 * template (Parameters, ItemSelector, ResultSelector, Assign...), whose value is a path or an
 * intrinsic function call ({@link IntrinsicRules}). Which fields those are, and how much of JSONPath
 * each takes, comes from the {@link FieldKind} of the field in {@link FieldCatalog}.
 */
final class PathRules implements Rule {
    /** How much of JSONPath a field accepts. */
    enum Mode {
        /** Any JSONPath from the input, the context object ({@code $$}) or a variable ({@code $name}). */
        PATH,
        /** A reference path: one node, from the input, the context object or a variable. */
        REFERENCE,
        /** ResultPath: a reference path into the input only (it says where the result is written). */
        RESULT
    }

    /**
     * The path fields and templates of every state type, checked wherever a state writes them (a field
     * its type does not have is also reported as unknown by {@link SchemaRules}).
     */
    private static final List<String> FULL_PATHS = FieldCatalog.stateFieldsOfKind(FieldKind.NULLABLE_PATH);
    private static final List<String> REFERENCE_PATHS = FieldCatalog.stateFieldsOfKind(FieldKind.REFERENCE_PATH);
    private static final List<String> TEMPLATES = FieldCatalog.stateFieldsOfKind(FieldKind.PAYLOAD_TEMPLATE, FieldKind.VARIABLES);
    /** The fields checked only in a state whose type has them: ResultPath, and a Fail's ErrorPath and CausePath. */
    private static final Map<StateType, List<AslField>> OWN_FIELDS = ownFields();

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        for (StateNode s : workflow.typedStates()) {
            if (s.isJsonata()) {
                continue;
            }
            JsonObject raw = s.raw();
            for (String field : FULL_PATHS) {
                field(raw, s.pointer(), field, Mode.PATH, findings);
            }
            for (String field : REFERENCE_PATHS) {
                field(raw, s.pointer(), field, Mode.REFERENCE, findings);
            }
            for (String field : TEMPLATES) {
                template(raw.get(field), s.pointer(field), findings);
            }
            for (AslField f : OWN_FIELDS.get(s.type())) {
                fieldOfKind(raw, s.pointer(), f, findings);
            }
            if (raw.get("Credentials") instanceof JsonObject credentials) {
                template(credentials, s.pointer("Credentials"), findings);
            }
            if (s.value("Catch") instanceof JsonArray catches) {
                for (int i = 0; i < catches.size(); i++) {
                    if (catches.get(i) instanceof JsonObject c) {
                        fields(c, Place.child(s.pointer("Catch"), i), FieldCatalog.of(AslObjectKind.CATCHER), findings);
                    }
                }
            }
            if (s.type() == StateType.MAP) {
                distributed(s, findings);
            }
        }
    }

    private static Map<StateType, List<AslField>> ownFields() {
        Map<StateType, List<AslField>> out = new EnumMap<>(StateType.class);
        for (StateType type : StateType.values()) {
            out.put(type, FieldCatalog.of(type).fields(QueryLanguage.JSONPATH).stream()
                    .filter(f -> f.kind() == FieldKind.NULLABLE_REFERENCE_PATH || f.kind() == FieldKind.PATH).toList());
        }
        return out;
    }

    private static void distributed(StateNode s, Findings findings) {
        if (s.value("ItemReader") instanceof JsonObject reader) {
            String rp = s.pointer("ItemReader");
            fields(reader, rp, FieldCatalog.of(AslObjectKind.ITEM_READER), findings);
            if (reader.get("ReaderConfig") instanceof JsonObject config) {
                fields(config, Place.child(rp, "ReaderConfig"), FieldCatalog.of(AslObjectKind.READER_CONFIG), findings);
            }
        }
        if (s.value("ItemBatcher") instanceof JsonObject batcher) {
            fields(batcher, s.pointer("ItemBatcher"), FieldCatalog.of(AslObjectKind.ITEM_BATCHER), findings);
        }
        if (s.value("ResultWriter") instanceof JsonObject writer) {
            fields(writer, s.pointer("ResultWriter"), FieldCatalog.of(AslObjectKind.RESULT_WRITER), findings);
        }
    }

    /** Checks every path field and template of {@code o} that its field table names, each as its kind says. */
    private static void fields(JsonObject o, String pointer, FieldTable table, Findings findings) {
        for (AslField f : table.fields(QueryLanguage.JSONPATH)) {
            fieldOfKind(o, pointer, f, findings);
        }
    }

    private static void fieldOfKind(JsonObject o, String pointer, AslField f, Findings findings) {
        Member m = o.member(f.name());
        if (m == null) {
            return;
        }
        String fp = Place.child(pointer, f.name());
        switch (f.kind()) {
            case NULLABLE_PATH -> field(o, pointer, f.name(), Mode.PATH, findings);
            case REFERENCE_PATH -> field(o, pointer, f.name(), Mode.REFERENCE, findings);
            case NULLABLE_REFERENCE_PATH -> field(o, pointer, f.name(), Mode.RESULT, findings);
            case PATH -> {
                if (m.value() instanceof JsonString v) {
                    dynamic(v, fp, f.name(), Mode.REFERENCE, findings);
                }
            }
            case PAYLOAD_TEMPLATE, VARIABLES -> template(m.value(), fp, findings);
            default -> {
            }
        }
    }

    private static void field(JsonObject o, String pointer, String field, Mode mode, Findings findings) {
        Member m = o.member(field);
        if (m != null && m.value() instanceof JsonString v) {
            path(v, Place.child(pointer, field), field, mode, findings);
        }
    }

    /** Checks the {@code .$} fields of a payload template at any depth. */
    static void template(JsonValue v, String pointer, Findings findings) {
        if (v instanceof JsonObject o) {
            for (Member m : o.members()) {
                String mp = Place.child(pointer, m.key());
                if (m.key().endsWith(".$") && m.key().length() > 2) {
                    if (m.value() instanceof JsonString s) {
                        dynamic(s, mp, m.key(), Mode.PATH, findings);
                    } else {
                        findings.report(ValidationCode.WRONG_TYPE, Findings.valueOf(mp, m), "The value of '" + m.key()
                                + "' must be a JSONPath or an intrinsic function call (a string), not " + Values.show(m.value()));
                    }
                } else {
                    template(m.value(), mp, findings);
                }
            }
        } else if (v instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                template(a.get(i), Place.child(pointer, i), findings);
            }
        }
    }

    /** A value that is a path or, for fields that allow it, an intrinsic function call. */
    static void dynamic(JsonString v, String pointer, String field, Mode mode, Findings findings) {
        String text = v.value();
        if (IntrinsicCall.looksLikeCall(text)) {
            IntrinsicRules.check(v, pointer, field, findings);
        } else if (text.startsWith("$")) {
            path(v, pointer, field, mode, findings);
        } else if (!Values.hasSubstitution(text)) {
            findings.report(ValidationCode.INVALID_PATH, Findings.at(pointer, v), "The value of '" + field
                    + "' must be a JSONPath (starting with $) or an intrinsic function call (States.Format(...)), not "
                    + Values.show(v));
        }
    }

    /** Checks one path-valued string; reports at the character where it goes wrong. */
    static void path(JsonString v, String pointer, String field, Mode mode, Findings findings) {
        String text = v.value();
        if (Values.hasSubstitution(text)) {
            return;
        }
        JsonPathSyntax.Problem p = JsonPathSyntax.check(text, mode != Mode.PATH);
        if (p == null && mode == Mode.RESULT && text.startsWith("$") && JsonPathSyntax.root(text) != JsonPathSyntax.Root.INPUT) {
            p = new JsonPathSyntax.Problem(JsonPathSyntax.root(text) == JsonPathSyntax.Root.CONTEXT
                    ? "it cannot write into the context object ($$)" : "it cannot write into a variable (use Assign for that)", 0, true);
        }
        if (p == null) {
            return;
        }
        ValidationCode code = p.onlyInReference() ? ValidationCode.INVALID_REFERENCE_PATH : ValidationCode.INVALID_PATH;
        String kind = mode == Mode.PATH ? "a valid JSONPath" : "a valid reference path";
        findings.report(code, pointer, findings.inString(v, p.offset(), p.offset() + 1), field + " must be " + kind + ": "
                + p.message() + " in " + Values.show(v));
    }
}

package stepwise.model.validate;

import stepwise.model.intrinsic.IntrinsicCall;

import java.util.List;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * JSONPath in JSONPath states: every path field (InputPath, OutputPath, the reference paths
 * ResultPath, ItemsPath and the {@code *Path} fields) and every {@code .$} field of a payload
 * template (Parameters, ItemSelector, ResultSelector, Assign...), whose value is a path or an
 * intrinsic function call ({@link IntrinsicRules}).
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

    private static final List<String> FULL_PATHS = List.of("InputPath", "OutputPath");
    private static final List<String> REFERENCE_PATHS = List.of("ItemsPath", "SecondsPath", "TimestampPath",
            "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath");
    private static final List<String> TEMPLATES = List.of("Parameters", "ItemSelector", "ResultSelector", "Assign");

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
            if (FieldCatalog.of(s.type()).has("ResultPath")) {
                field(raw, s.pointer(), "ResultPath", Mode.RESULT, findings);
            }
            for (String field : List.of("ErrorPath", "CausePath")) {
                Member m = raw.member(field);
                if (s.type() == StateType.FAIL && m != null && m.value() instanceof JsonString v) {
                    dynamic(v, s.pointer(field), field, Mode.REFERENCE, findings);
                }
            }
            for (String field : TEMPLATES) {
                template(raw.get(field), s.pointer(field), findings);
            }
            if (raw.get("Credentials") instanceof JsonObject credentials) {
                template(credentials, s.pointer("Credentials"), findings);
            }
            if (s.value("Catch") instanceof JsonArray catches) {
                for (int i = 0; i < catches.size(); i++) {
                    if (catches.get(i) instanceof JsonObject c) {
                        String cp = Place.child(s.pointer("Catch"), i);
                        field(c, cp, "ResultPath", Mode.RESULT, findings);
                        template(c.get("Assign"), Place.child(cp, "Assign"), findings);
                    }
                }
            }
            if (s.type() == StateType.MAP) {
                distributed(s, findings);
            }
        }
    }

    private static void distributed(StateNode s, Findings findings) {
        if (s.value("ItemReader") instanceof JsonObject reader) {
            String rp = s.pointer("ItemReader");
            template(reader.get("Parameters"), Place.child(rp, "Parameters"), findings);
            if (reader.get("ReaderConfig") instanceof JsonObject config) {
                field(config, Place.child(rp, "ReaderConfig"), "MaxItemsPath", Mode.REFERENCE, findings);
            }
        }
        if (s.value("ItemBatcher") instanceof JsonObject batcher) {
            String bp = s.pointer("ItemBatcher");
            field(batcher, bp, "MaxItemsPerBatchPath", Mode.REFERENCE, findings);
            field(batcher, bp, "MaxInputBytesPerBatchPath", Mode.REFERENCE, findings);
            template(batcher.get("BatchInput"), Place.child(bp, "BatchInput"), findings);
        }
        if (s.value("ResultWriter") instanceof JsonObject writer) {
            template(writer.get("Parameters"), Place.child(s.pointer("ResultWriter"), "Parameters"), findings);
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

package stepwise.app.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.TextStyle;
import stepwise.model.asl.AslField;
import stepwise.model.asl.AslObjectKind;
import stepwise.model.asl.FailState;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.intrinsic.IntrinsicSignature;
import stepwise.model.asl.PredefinedError;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.ServiceIntegration;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;
import stepwise.model.asl.StateType;
import stepwise.model.asl.ValueHint;
import stepwise.model.asl.ValueType;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * What can be written at the caret: field names valid for the object, state type and query language;
 * state names where a state is named; error names in {@code ErrorEquals}; values of enumerated
 * fields; resources; intrinsic functions and paths; and snippets for new states, retriers and
 * catchers. Pure: it reads the text, the context and the last good parse, and touches no view.
 */
public final class CompletionEngine {
    private static final List<String[]> CONTEXT_PATHS = List.of(
            new String[] {"$", "The whole input of the state"},
            new String[] {"$$.Execution.Input", "The input the execution started with"},
            new String[] {"$$.Execution.Id", "The ARN of the execution"},
            new String[] {"$$.Execution.Name", "The name of the execution"},
            new String[] {"$$.Execution.StartTime", "When the execution started"},
            new String[] {"$$.State.Name", "The name of the current state"},
            new String[] {"$$.State.EnteredTime", "When the current state was entered"},
            new String[] {"$$.State.RetryCount", "How many times the state has been retried"},
            new String[] {"$$.StateMachine.Id", "The ARN of the state machine"},
            new String[] {"$$.Task.Token", "The task token of a .waitForTaskToken task"},
            new String[] {"$$.Map.Item.Index", "The index of the current Map item"},
            new String[] {"$$.Map.Item.Value", "The current Map item"});

    private final Syntax syntax;
    private final TextStyle style;

    public CompletionEngine(Syntax syntax, TextStyle style) {
        this.syntax = syntax;
        this.style = style;
    }

    /** The context at {@code offset} in {@code text}, for this engine's syntax. */
    public CompletionContext contextAt(CharSequence text, int offset) {
        return syntax == Syntax.YAML ? YamlContextScanner.scan(text, offset) : JsonContextScanner.scan(text, offset);
    }

    /** The completions at {@code ctx}, best first; {@code lastGood} (may be null) supplies state and error names. */
    public List<Completion> complete(CharSequence text, CompletionContext ctx, AslDocument lastGood) {
        List<Completion> out = switch (ctx.position()) {
            case KEY -> keys(text, ctx, lastGood);
            case VALUE -> values(ctx, lastGood);
            case ARRAY_ITEM -> items(ctx, lastGood);
            case NONE -> List.of();
        };
        return rank(out, ctx);
    }

    // ------------------------------------------------------------------ keys

    private List<Completion> keys(CharSequence text, CompletionContext ctx, AslDocument lastGood) {
        List<Completion> out = new ArrayList<>();
        boolean keyOnly = !isYaml() && followedByColon(text, ctx.replaceEnd());
        boolean comma = !isYaml() && !keyOnly && memberFollows(text, ctx.replaceEnd());
        if (ctx.inStatesObject()) {
            out.addAll(stateSnippets(ctx, lastGood, comma));
            return out;
        }
        AslObjectKind kind = ctx.objectKind();
        if (kind == null) {
            return out;
        }
        StateType type = ctx.stateType();
        QueryLanguage ql = ctx.queryLanguage();
        for (AslField f : FieldCatalog.fields(kind, type, ql)) {
            if (ctx.members().containsKey(f.name())) {
                continue;
            }
            out.add(field(f, ctx, keyOnly, comma));
        }
        if (kind == AslObjectKind.STATE && type != null && FieldCatalog.field(kind, type, "Retry") != null) {
            if (!ctx.members().containsKey("Retry")) {
                out.add(snippet("Retry with backoff", "a retrier for transient errors", "Retry", List.of(retrier()), ctx, comma));
            }
            if (!ctx.members().containsKey("Catch")) {
                out.add(snippet("Catch all errors", "a catcher that goes to a fallback state", "Catch", List.of(catcher(ql)), ctx, comma));
            }
        }
        return out;
    }

    private Completion field(AslField f, CompletionContext ctx, boolean keyOnly, boolean comma) {
        String detail = f.type().label() + (f.required() ? ", required" : "") + " \u2014 " + f.doc();
        if (keyOnly) {
            String text = isYaml() ? f.name() : SnippetWriter.jsonString(f.name());
            return Completion.plain(Completion.Kind.FIELD, f.name(), detail, text);
        }
        boolean retrigger = f.hint() == ValueHint.STATE_NAME || f.hint() == ValueHint.STATE_TYPE || f.hint() == ValueHint.ENUM
                || f.hint() == ValueHint.RESOURCE || f.hint() == ValueHint.ERROR_NAMES;
        Object skeleton = switch (f.type()) {
            case STRING -> SnippetWriter.CARET;
            case BOOLEAN -> Boolean.TRUE;
            case OBJECT -> Map.of();
            case ARRAY -> f.hint() == ValueHint.ERROR_NAMES ? List.of(SnippetWriter.CARET) : List.of();
            default -> null;
        };
        String text;
        int caret;
        if (isYaml()) {
            String v = skeleton == null || skeleton == SnippetWriter.CARET ? "" : skeleton instanceof Boolean ? "true"
                    : skeleton instanceof Map ? "" : f.hint() == ValueHint.ERROR_NAMES ? "[" : "";
            text = f.name() + ": " + v;
            if (f.hint() == ValueHint.ERROR_NAMES) {
                text = f.name() + ": []";
                caret = text.length() - 1;
            } else if (skeleton instanceof Map) {
                text = f.name() + ":" + style.newline() + ctx.indent() + unit();
                caret = text.length();
            } else {
                caret = text.length();
            }
        } else {
            String value = skeleton == null ? "" : skeleton == SnippetWriter.CARET ? "\"\"" : skeleton instanceof Boolean ? "true"
                    : skeleton instanceof Map ? "{}" : f.hint() == ValueHint.ERROR_NAMES ? "[\"\"]" : "[]";
            text = SnippetWriter.jsonString(f.name()) + ": " + value;
            int back = switch (value) {
                case "\"\"", "{}", "[]" -> 1;
                case "[\"\"]" -> 2;
                default -> 0;
            };
            caret = text.length() - back;
            if (comma) {
                text = text + ",";
            }
        }
        return new Completion(Completion.Kind.FIELD, f.name(), detail, text, caret, retrigger);
    }

    private Completion snippet(String label, String detail, String key, Object value, CompletionContext ctx, boolean comma) {
        SnippetWriter.Written w = writer().member(key, value, ctx.indent());
        String text = w.text() + (comma ? "," : "");
        return new Completion(Completion.Kind.SNIPPET, label, detail, text, w.caret(), false);
    }

    private List<Completion> stateSnippets(CompletionContext ctx, AslDocument lastGood, boolean comma) {
        List<Completion> out = new ArrayList<>();
        QueryLanguage ql = ctx.queryLanguage();
        String typed = ctx.prefix().strip();
        for (StateType t : StateType.values()) {
            String name = typed.isEmpty() ? uniqueName("New" + t.aslName(), ctx.members().keySet()) : typed;
            SnippetWriter.Written w = writer().member(name, stateBody(t, ql), ctx.indent());
            out.add(new Completion(Completion.Kind.SNIPPET, t.aslName() + " state", "a new " + t.aslName() + " state named " + name,
                    w.text() + (comma ? "," : ""), w.caret(), false));
        }
        return out;
    }

    private static String uniqueName(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            if (!taken.contains(base + i)) {
                return base + i;
            }
        }
    }

    static Map<String, Object> stateBody(StateType type, QueryLanguage ql) {
        boolean jsonata = ql == QueryLanguage.JSONATA;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Type", type.aslName());
        switch (type) {
            case TASK -> {
                body.put("Resource", "arn:aws:states:::lambda:invoke");
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("FunctionName", "arn:aws:lambda:REGION:ACCOUNT:function:NAME");
                if (jsonata) {
                    args.put("Payload", "{% $states.input %}");
                    body.put("Arguments", args);
                    body.put("Output", "{% $states.result.Payload %}");
                } else {
                    args.put("Payload.$", "$");
                    body.put("Parameters", args);
                    body.put("ResultSelector", Map.of("result.$", "$.Payload"));
                }
                body.put("Next", SnippetWriter.CARET);
            }
            case PASS -> body.put("Next", SnippetWriter.CARET);
            case WAIT -> {
                body.put("Seconds", 5);
                body.put("Next", SnippetWriter.CARET);
            }
            case CHOICE -> {
                Map<String, Object> rule = new LinkedHashMap<>();
                if (jsonata) {
                    rule.put("Condition", "{% $states.input.value > 0 %}");
                } else {
                    rule.put("Variable", "$.value");
                    rule.put("NumericGreaterThan", 0);
                }
                rule.put("Next", SnippetWriter.CARET);
                body.put("Choices", List.of(rule));
                body.put("Default", "");
            }
            case PARALLEL -> {
                body.put("Branches", List.of(branch("BranchA"), branch("BranchB")));
                body.put("Next", SnippetWriter.CARET);
            }
            case MAP -> {
                Map<String, Object> processor = new LinkedHashMap<>();
                processor.put("ProcessorConfig", Map.of("Mode", "INLINE"));
                processor.put("StartAt", "ProcessItem");
                Map<String, Object> pass = new LinkedHashMap<>();
                pass.put("Type", "Pass");
                pass.put("End", true);
                processor.put("States", Map.of("ProcessItem", pass));
                if (jsonata) {
                    body.put("Items", "{% $states.input.items %}");
                } else {
                    body.put("ItemsPath", "$.items");
                }
                body.put("MaxConcurrency", 10);
                body.put("ItemProcessor", processor);
                body.put("Next", SnippetWriter.CARET);
            }
            case SUCCEED -> {
            }
            case FAIL -> {
                body.put("Error", SnippetWriter.CARET);
                body.put("Cause", "");
            }
        }
        return body;
    }

    private static Map<String, Object> branch(String name) {
        Map<String, Object> pass = new LinkedHashMap<>();
        pass.put("Type", "Pass");
        pass.put("End", true);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("StartAt", name);
        b.put("States", Map.of(name, pass));
        return b;
    }

    private static Map<String, Object> retrier() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ErrorEquals", List.of("States.TaskFailed"));
        r.put("IntervalSeconds", 2);
        r.put("MaxAttempts", 3);
        r.put("BackoffRate", 2);
        r.put("JitterStrategy", "FULL");
        return r;
    }

    private static Map<String, Object> catcher(QueryLanguage ql) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("ErrorEquals", List.of("States.ALL"));
        if (ql != QueryLanguage.JSONATA) {
            c.put("ResultPath", "$.error");
        }
        c.put("Next", SnippetWriter.CARET);
        return c;
    }

    // ------------------------------------------------------------------ values

    private List<Completion> values(CompletionContext ctx, AslDocument lastGood) {
        List<Completion> out = new ArrayList<>();
        String key = ctx.key();
        if (key == null) {
            return out;
        }
        AslObjectKind kind = ctx.objectKind();
        AslField f = kind == null ? null : FieldCatalog.field(kind, ctx.stateType(), key);
        if (f != null) {
            switch (f.hint()) {
                case STATE_NAME -> {
                    for (String name : stateNames(ctx, lastGood, key.equals("StartAt") && kind.isMachine())) {
                        out.add(value(Completion.Kind.STATE, name, stateDetail(ctx, lastGood, name), name, ctx));
                    }
                }
                case STATE_TYPE -> {
                    for (StateType t : StateType.values()) {
                        out.add(value(Completion.Kind.VALUE, t.aslName(), "state type", t.aslName(), ctx));
                    }
                }
                case ENUM -> {
                    for (String v : f.values()) {
                        out.add(value(Completion.Kind.VALUE, v, f.name(), v, ctx));
                    }
                }
                case RESOURCE -> {
                    for (ServiceIntegration s : ServiceIntegration.COMMON) {
                        out.add(value(Completion.Kind.RESOURCE, s.resource(), s.doc(), s.resource(), ctx));
                    }
                }
                case PATH, REFERENCE_PATH -> out.addAll(paths(ctx, f.hint() == ValueHint.PATH));
                default -> {
                }
            }
            if (f.type() == ValueType.BOOLEAN) {
                out.add(bare("true", ctx));
                out.add(bare("false", ctx));
            }
        }
        if (f == null && key.endsWith(".$")) {
            out.addAll(paths(ctx, true));
        }
        if (ctx.prefix().startsWith("States.")) {
            out.addAll(intrinsics(ctx));
        }
        return out;
    }

    private List<Completion> paths(CompletionContext ctx, boolean intrinsics) {
        List<Completion> out = new ArrayList<>();
        for (String[] p : CONTEXT_PATHS) {
            out.add(value(Completion.Kind.PATH, p[0], p[1], p[0], ctx));
        }
        if (intrinsics) {
            out.addAll(intrinsics(ctx));
        }
        return out;
    }

    private List<Completion> intrinsics(CompletionContext ctx) {
        List<Completion> out = new ArrayList<>();
        for (IntrinsicSignature fn : IntrinsicSignature.values()) {
            String call = fn.aslName() + "()";
            Completion c = value(Completion.Kind.FUNCTION, fn.aslName(), fn.usage() + " \u2014 " + fn.doc(), call, ctx);
            int caret = c.insertText().indexOf("()") + 1;
            out.add(new Completion(c.kind(), c.label(), c.detail(), c.insertText(), caret, false));
        }
        return out;
    }

    private List<Completion> items(CompletionContext ctx, AslDocument lastGood) {
        List<Completion> out = new ArrayList<>();
        if (!"ErrorEquals".equals(ctx.key())) {
            return out;
        }
        for (PredefinedError e : PredefinedError.values()) {
            out.add(value(Completion.Kind.ERROR, e.aslName(), e.doc(), e.aslName(), ctx));
        }
        for (String custom : customErrors(lastGood)) {
            out.add(value(Completion.Kind.ERROR, custom, "an error raised in this workflow", custom, ctx));
        }
        return out;
    }

    private Completion value(Completion.Kind kind, String label, String detail, String value, CompletionContext ctx) {
        String text;
        if (isYaml()) {
            text = ctx.quoted() ? SnippetWriter.jsonString(value) : SnippetWriter.yamlScalar(value);
        } else {
            text = SnippetWriter.jsonString(value);
        }
        return Completion.plain(kind, label, detail, text);
    }

    private static Completion bare(String literal, CompletionContext ctx) {
        return Completion.plain(Completion.Kind.VALUE, literal, "boolean", literal);
    }

    /** The names of the states of the machine that holds the caret's state (from the last good parse). */
    private static List<String> stateNames(CompletionContext ctx, AslDocument lastGood, boolean machineItself) {
        Set<String> names = new LinkedHashSet<>();
        if (lastGood != null && lastGood.root() != null) {
            List<String> machinePath = ctx.machinePath();
            JsonValue states = lastGood.at(new JsonPointer(machinePath).append("States"));
            if (states instanceof JsonObject o) {
                names.addAll(o.keys());
            }
            if (names.isEmpty() && lastGood.machine() != null) {
                for (State s : lastGood.machine().allStates()) {
                    names.add(s.name());
                }
            }
        }
        if (!machineItself) {
            String own = ownStateName(ctx);
            if (own != null) {
                names.remove(own);
            }
        }
        return List.copyOf(names);
    }

    /** The name of the state whose JSON holds the caret, or null. */
    private static String ownStateName(CompletionContext ctx) {
        List<String> machine = ctx.machinePath();
        List<String> path = ctx.path();
        int at = machine.size() + 1;
        return path.size() > at && path.get(at - 1).equals("States") ? path.get(at) : null;
    }

    /** "Task state" and its comment, for the list. */
    private static String stateDetail(CompletionContext ctx, AslDocument lastGood, String name) {
        if (lastGood == null) {
            return "state";
        }
        JsonValue v = lastGood.at(new JsonPointer(ctx.machinePath()).append("States").append(name));
        if (v instanceof JsonObject o && o.string("Type") != null) {
            String comment = o.string("Comment");
            return o.string("Type") + " state" + (comment == null ? "" : " \u2014 " + comment);
        }
        return "state";
    }

    private static List<String> customErrors(AslDocument lastGood) {
        Set<String> out = new LinkedHashSet<>();
        StateMachine m = lastGood == null ? null : lastGood.machine();
        if (m == null) {
            return List.of();
        }
        for (State s : m.allStates()) {
            if (s instanceof FailState && s.raw().string("Error") != null) {
                out.add(s.raw().string("Error"));
            }
            s.retry().forEach(r -> out.addAll(r.errorEquals()));
            s.catchRules().forEach(c -> out.addAll(c.errorEquals()));
        }
        out.removeIf(e -> PredefinedError.fromAsl(e) != null);
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ ranking and helpers

    private static List<Completion> rank(List<Completion> all, CompletionContext ctx) {
        String prefix = ctx.prefix().strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || ctx.inStatesObject() && ctx.position() == CompletionContext.Position.KEY) {
            return List.copyOf(all);
        }
        List<Completion> starts = new ArrayList<>();
        List<Completion> contains = new ArrayList<>();
        for (Completion c : all) {
            String label = c.label().toLowerCase(Locale.ROOT);
            if (label.startsWith(prefix)) {
                starts.add(c);
            } else if (label.contains(prefix) || c.kind() == Completion.Kind.SNIPPET && c.insertText().toLowerCase(Locale.ROOT).contains(prefix)) {
                contains.add(c);
            }
        }
        starts.addAll(contains);
        return List.copyOf(starts);
    }

    private SnippetWriter writer() {
        return new SnippetWriter(isYaml(), unit(), style.newline());
    }

    private String unit() {
        return style.indent().isEmpty() ? "  " : style.indent();
    }

    private boolean isYaml() {
        return syntax == Syntax.YAML;
    }

    private static boolean followedByColon(CharSequence text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }

    /** True when another member follows (so a comma is needed after what is inserted). */
    private static boolean memberFollows(CharSequence text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '"';
    }
}

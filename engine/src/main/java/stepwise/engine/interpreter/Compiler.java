package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.InvalidDefinitionException.Problem;
import stepwise.engine.data.Expression;
import stepwise.engine.data.ModelJson;
import stepwise.engine.data.PathExpression;
import stepwise.engine.data.PayloadTemplate;
import stepwise.engine.data.ResultPathWriter;
import stepwise.engine.intrinsic.IntrinsicParser;
import stepwise.engine.jsonata.JsonataTemplate;
import stepwise.model.asl.ChoiceRule;
import stepwise.model.asl.ChoiceState;
import stepwise.model.asl.ComparisonOperator;
import stepwise.model.asl.Condition;
import stepwise.model.asl.MapState;
import stepwise.model.asl.ParallelState;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;
import stepwise.model.asl.StateType;
import stepwise.model.asl.TaskState;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonNull;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;

/**
 * Compiles the model's typed view of a definition into programs: transitions resolved, JSONPath paths,
 * payload templates, intrinsic functions, Choice rules and JSONata expressions parsed once. Everything
 * that would stop a run is reported at once, each problem with the JSON Pointer of its place.
 */
public final class Compiler {
    private final List<Problem> problems = new ArrayList<>();
    private final boolean rootJsonata;

    private Compiler(boolean rootJsonata) {
        this.rootJsonata = rootJsonata;
    }

    /** Compiles a whole state machine. */
    static Program compile(StateMachine machine) throws InvalidDefinitionException {
        Compiler c = new Compiler(machine.queryLanguage() == QueryLanguage.JSONATA);
        if (machine.raw().has("QueryLanguage") && machine.queryLanguage() == null) {
            c.problem(machine.pointer().append("QueryLanguage"), "QueryLanguage must be \"JSONPath\" or \"JSONata\"");
        }
        MachineProgram root = c.machine(machine);
        Long timeout = c.positiveInteger(machine.raw(), machine.pointer(), "TimeoutSeconds");
        c.finish();
        return new Program(root, timeout, Map.of());
    }

    /** Compiles a single state for the test-state API (its Next is kept as a name only). */
    static StateProgram compileState(State state, boolean inheritedJsonata) throws InvalidDefinitionException {
        Compiler c = new Compiler(inheritedJsonata);
        StateProgram p = c.state(state);
        c.finish();
        c.linkToNames(state, p);
        c.finish();
        return p;
    }

    /** Links a state tested on its own to stand-ins that only carry the names of the states it leads to. */
    private void linkToNames(State s, StateProgram p) {
        Map<String, StateProgram> targets = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        if (s.next() != null) {
            names.add(s.next());
        }
        if (p instanceof ChoiceProgram choice) {
            choice.rules.forEach(r -> names.add(r.nextName));
            if (choice.defaultName != null) {
                names.add(choice.defaultName);
            }
        }
        if (p instanceof ExecutionStateProgram e) {
            e.catchers.forEach(c -> names.add(c.nextName));
        }
        for (String name : names) {
            if (name != null) {
                targets.computeIfAbsent(name, n -> new NamedTarget(n, s.pointer()));
            }
        }
        link(s, p, targets);
    }

    /** Where a state tested on its own would go next: a name, never run. */
    static final class NamedTarget extends StateProgram {
        NamedTarget(String name, JsonPointer pointer) {
            super(new StateHeader(name, pointer, StateType.PASS, false), null, null);
        }

        @Override
        void execute(Fiber f) {
            throw new IllegalStateException("the state after the tested one does not run");
        }
    }

    private void finish() throws InvalidDefinitionException {
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
    }

    private void problem(JsonPointer at, String message) {
        problems.add(new Problem(at.toString(), message));
    }

    // ---- machines ----

    private MachineProgram machine(StateMachine m) {
        Map<String, StateProgram> states = new LinkedHashMap<>();
        JsonObject statesObject = m.statesObject();
        if (statesObject == null) {
            problem(m.pointer(), "a state machine needs a \"States\" object");
        } else {
            for (var member : statesObject.members()) {
                if (!(member.value() instanceof JsonObject o) || StateType.fromAsl(o.string("Type")) == null) {
                    problem(m.pointer().append("States").append(member.key()), "a state is an object with a \"Type\" of Task, Choice,"
                            + " Parallel, Map, Wait, Pass, Succeed or Fail");
                }
            }
        }
        for (State s : m.states()) {
            StateProgram p = state(s);
            if (p != null) {
                if (states.containsKey(s.name())) {
                    problem(s.pointer(), "the state name '" + s.name() + "' is used twice");
                }
                states.put(s.name(), p);
            }
        }
        StateProgram start = null;
        String startAt = m.startAt();
        if (startAt == null) {
            problem(m.pointer(), "a state machine needs \"StartAt\", the name of its first state");
        } else {
            start = states.get(startAt);
            if (start == null && statesObject != null) {
                problem(m.pointer().append("StartAt"), "StartAt names '" + startAt + "', which is not a state of this machine");
            }
        }
        for (State s : m.states()) {
            StateProgram p = states.get(s.name());
            if (p != null) {
                link(s, p, states);
            }
        }
        return new MachineProgram(m.pointer(), start, states);
    }

    private void link(State s, StateProgram p, Map<String, StateProgram> states) {
        if (p instanceof ChoiceProgram choice) {
            for (int i = 0; i < choice.rules.size(); i++) {
                ChoiceProgram.Rule r = choice.rules.get(i);
                r.next = target(states, r.nextName, s.pointer().append("Choices").append(i).append("Next"));
            }
            if (choice.defaultName != null) {
                choice.defaultState = target(states, choice.defaultName, s.pointer().append("Default"));
            }
        } else if (!(p instanceof SucceedProgram) && !(p instanceof FailProgram)) {
            if (s.isEnd()) {
                if (s.next() != null) {
                    problem(s.pointer(), "a state has either \"Next\" or \"End\": true, not both");
                }
            } else if (s.next() == null) {
                problem(s.pointer(), "the state needs \"Next\" (the state after it) or \"End\": true");
            } else {
                p.next = target(states, s.next(), s.pointer().append("Next"));
            }
        }
        if (p instanceof ExecutionStateProgram e) {
            for (int i = 0; i < e.catchers.size(); i++) {
                Catcher c = e.catchers.get(i);
                c.next = target(states, c.nextName, s.pointer().append("Catch").append(i).append("Next"));
            }
        }
    }

    private StateProgram target(Map<String, StateProgram> states, String name, JsonPointer at) {
        if (name == null) {
            problem(at, "a transition needs the name of the next state");
            return null;
        }
        StateProgram t = states.get(name);
        if (t == null) {
            problem(at, "there is no state named '" + name + "' in this machine");
        }
        return t;
    }

    // ---- states ----

    private StateProgram state(State s) {
        QueryLanguage declared = s.queryLanguage();
        if (s.raw().has("QueryLanguage") && declared == null) {
            problem(s.pointer().append("QueryLanguage"), "QueryLanguage must be \"JSONPath\" or \"JSONata\"");
        }
        boolean jsonata = declared != null ? declared == QueryLanguage.JSONATA : rootJsonata;
        StateProgram.StateHeader h = new StateProgram.StateHeader(s.name(), s.pointer(), s.type(), jsonata);
        int before = problems.size();
        StateProgram p = switch (s.type()) {
            case PASS -> pass(h, s);
            case TASK -> task(h, (TaskState) s);
            case CHOICE -> choice(h, (ChoiceState) s);
            case WAIT -> waitState(h, s);
            case SUCCEED -> new SucceedProgram(h, flow(h, s, false, false), assign(h, s.raw(), s.pointer()));
            case FAIL -> fail(h, s);
            case PARALLEL -> parallel(h, (ParallelState) s);
            case MAP -> map(h, (MapState) s);
        };
        return problems.size() == before ? p : null;
    }

    private StateProgram pass(StateProgram.StateHeader h, State s) {
        JsonNode result = null;
        if (!h.jsonata() && s.raw().has("Result")) {
            result = node(s.raw().get("Result"), s.pointer().append("Result"));
        }
        return new PassProgram(h, flow(h, s, true, false), assign(h, s.raw(), s.pointer()), result);
    }

    private StateProgram task(StateProgram.StateHeader h, TaskState s) {
        String resource = s.resource();
        if (resource == null) {
            problem(s.pointer(), "a Task state needs \"Resource\", the ARN of what it calls");
            resource = "";
        }
        Seconds timeout = seconds(h, s.raw(), s.pointer(), "TimeoutSeconds");
        Seconds heartbeat = seconds(h, s.raw(), s.pointer(), "HeartbeatSeconds");
        return new TaskProgram(h, flow(h, s, true, true), assign(h, s.raw(), s.pointer()), retriers(s.raw(), s.pointer()),
                catchers(h, s.raw(), s.pointer()), resource, timeout, heartbeat);
    }

    private StateProgram choice(StateProgram.StateHeader h, ChoiceState s) {
        List<ChoiceProgram.Rule> rules = new ArrayList<>();
        if (s.choices().isEmpty()) {
            problem(s.pointer(), "a Choice state needs a non-empty \"Choices\" array");
        }
        for (ChoiceRule r : s.choices()) {
            ChoiceCondition condition = condition(h, r.condition());
            Assignment a = assign(h, r.raw(), r.pointer());
            JsonataTemplate output = null;
            if (h.jsonata() && r.output() != null) {
                output = jsonata(r.output(), r.pointer().append("Output"), "Output");
            }
            rules.add(new ChoiceProgram.Rule(condition, r.next(), a, output));
        }
        return new ChoiceProgram(h, flow(h, s, false, false), assign(h, s.raw(), s.pointer()), rules, s.defaultState());
    }

    private ChoiceCondition condition(StateProgram.StateHeader h, Condition c) {
        if (c instanceof Condition.Jsonata j) {
            if (!h.jsonata()) {
                problem(c.pointer(), "\"Condition\" belongs to JSONata; a JSONPath rule compares a \"Variable\"");
                return null;
            }
            return new ChoiceCondition.Jsonata(jsonata(j.expression(), c.pointer().append("Condition"), "Condition"));
        }
        if (c instanceof Condition.And a) {
            List<ChoiceCondition> all = new ArrayList<>();
            for (Condition inner : a.conditions()) {
                all.add(condition(h, inner));
            }
            return new ChoiceCondition.And(all);
        }
        if (c instanceof Condition.Or o) {
            List<ChoiceCondition> any = new ArrayList<>();
            for (Condition inner : o.conditions()) {
                any.add(condition(h, inner));
            }
            return new ChoiceCondition.Or(any);
        }
        if (c instanceof Condition.Not n) {
            return new ChoiceCondition.Not(condition(h, n.condition()));
        }
        if (c instanceof Condition.Malformed m) {
            problem(m.pointer(), m.reason());
            return null;
        }
        Condition.Comparison cmp = (Condition.Comparison) c;
        if (h.jsonata()) {
            problem(c.pointer(), "a JSONata Choice rule tests a \"Condition\", not a \"Variable\" comparison");
            return null;
        }
        if (cmp.variable() == null) {
            problem(c.pointer(), "a comparison needs \"Variable\", the path of the value to compare");
            return null;
        }
        PathExpression variable = path(cmp.variable(), c.pointer().append("Variable"));
        ComparisonOperator op = cmp.operator();
        JsonValue operand = cmp.operand();
        JsonPointer at = c.pointer().append(op.name());
        if (op.isPath()) {
            if (!(operand instanceof JsonString s)) {
                problem(at, op.name() + " takes a path string");
                return null;
            }
            return new ChoiceCondition.Comparison(variable, op, null, path(s.value(), at), null);
        }
        boolean ok = switch (op.kind()) {
            case STRING, STRING_MATCH, TIMESTAMP -> operand instanceof JsonString;
            case NUMERIC -> operand instanceof JsonNumber;
            case BOOLEAN, TYPE_TEST -> operand instanceof JsonBoolean;
        };
        if (!ok) {
            String expected = switch (op.kind()) {
                case STRING, STRING_MATCH, TIMESTAMP -> "a string";
                case NUMERIC -> "a number";
                default -> "true or false";
            };
            problem(at, op.name() + " takes " + expected);
            return null;
        }
        String pattern = op == ComparisonOperator.StringMatches ? ((JsonString) operand).value() : null;
        return new ChoiceCondition.Comparison(variable, op, ModelJson.toNode(operand), null, pattern);
    }

    private StateProgram waitState(StateProgram.StateHeader h, State s) {
        JsonObject raw = s.raw();
        JsonPointer p = s.pointer();
        int given = 0;
        Long seconds = null;
        String timestamp = null;
        PathExpression secondsPath = null;
        PathExpression timestampPath = null;
        JsonataTemplate jsonataSeconds = null;
        JsonataTemplate jsonataTimestamp = null;
        for (String f : new String[] {"Seconds", "Timestamp", "SecondsPath", "TimestampPath"}) {
            if (raw.has(f)) {
                given++;
            }
        }
        if (given != 1) {
            problem(p, "a Wait state needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath");
        }
        JsonValue v = raw.get("Seconds");
        if (v != null) {
            if (v instanceof JsonNumber n && n.longValue() != null && n.longValue() >= 0) {
                seconds = n.longValue();
            } else if (h.jsonata() && v instanceof JsonString str && JsonataTemplate.isExpression(str.value())) {
                jsonataSeconds = jsonata(v, p.append("Seconds"), "Seconds");
            } else {
                problem(p.append("Seconds"), "Seconds must be a non-negative integer");
            }
        }
        v = raw.get("Timestamp");
        if (v != null) {
            if (h.jsonata() && v instanceof JsonString str && JsonataTemplate.isExpression(str.value())) {
                jsonataTimestamp = jsonata(v, p.append("Timestamp"), "Timestamp");
            } else if (v instanceof JsonString str && WaitProgram.tryParse(str.value()) != null) {
                timestamp = str.value();
            } else {
                problem(p.append("Timestamp"), "Timestamp must be an ISO-8601 date-time with an offset, such as 2024-05-01T12:00:00Z");
            }
        }
        if (raw.has("SecondsPath")) {
            secondsPath = pathField(raw, p, "SecondsPath");
        }
        if (raw.has("TimestampPath")) {
            timestampPath = pathField(raw, p, "TimestampPath");
        }
        WaitProgram.Until until = new WaitProgram.Until(seconds, timestamp, secondsPath, timestampPath, jsonataSeconds, jsonataTimestamp);
        return new WaitProgram(h, flow(h, s, false, false), assign(h, raw, p), until);
    }

    private StateProgram fail(StateProgram.StateHeader h, State s) {
        return new FailProgram(h, failField(h, s, "Error"), failField(h, s, "Cause"));
    }

    private FailProgram.Field failField(StateProgram.StateHeader h, State s, String name) {
        JsonObject raw = s.raw();
        JsonPointer p = s.pointer();
        JsonValue v = raw.get(name);
        if (h.jsonata() && v instanceof JsonString str && JsonataTemplate.isExpression(str.value())) {
            return new FailProgram.Field(null, null, jsonata(v, p.append(name), name), name);
        }
        if (v != null) {
            if (!(v instanceof JsonString str)) {
                problem(p.append(name), name + " must be a string");
                return new FailProgram.Field(null, null, null, name);
            }
            return new FailProgram.Field(str.value(), null, null, name);
        }
        JsonValue path = raw.get(name + "Path");
        if (path != null && !h.jsonata()) {
            if (!(path instanceof JsonString str)) {
                problem(p.append(name + "Path"), name + "Path must be a path or an intrinsic function");
                return new FailProgram.Field(null, null, null, name + "Path");
            }
            Expression e = expression(str.value(), p.append(name + "Path"));
            return new FailProgram.Field(null, e, null, name + "Path");
        }
        return new FailProgram.Field(null, null, null, name);
    }

    private StateProgram parallel(StateProgram.StateHeader h, ParallelState s) {
        List<MachineProgram> branches = new ArrayList<>();
        if (s.branches().isEmpty()) {
            problem(s.pointer(), "a Parallel state needs a non-empty \"Branches\" array");
        }
        for (StateMachine b : s.branches()) {
            branches.add(machine(b));
        }
        return new ParallelProgram(h, flow(h, s, true, true), assign(h, s.raw(), s.pointer()), retriers(s.raw(), s.pointer()),
                catchers(h, s.raw(), s.pointer()), branches);
    }

    private StateProgram map(StateProgram.StateHeader h, MapState s) {
        JsonObject raw = s.raw();
        JsonPointer p = s.pointer();
        MachineProgram processor = null;
        if (s.processor() == null) {
            problem(p, "a Map state needs \"ItemProcessor\", the state machine to run for each item");
        } else {
            processor = machine(s.processor());
        }
        boolean distributed = "DISTRIBUTED".equals(s.mode());
        PathExpression itemsPath = null;
        JsonataTemplate items = null;
        PayloadTemplate itemSelector = null;
        JsonataTemplate jsonataItemSelector = null;
        String selectorField = raw.has("ItemSelector") ? "ItemSelector" : "Parameters";
        if (h.jsonata()) {
            if (raw.has("Items")) {
                items = jsonata(raw.get("Items"), p.append("Items"), "Items");
            }
            if (raw.has("ItemSelector")) {
                jsonataItemSelector = jsonata(raw.get("ItemSelector"), p.append("ItemSelector"), "ItemSelector");
            }
        } else {
            if (raw.has("ItemsPath")) {
                itemsPath = pathField(raw, p, "ItemsPath");
            }
            if (raw.has(selectorField)) {
                itemSelector = template(raw.get(selectorField), p.append(selectorField));
            }
        }
        ItemReader reader = raw.object("ItemReader") != null ? itemReader(h, raw.object("ItemReader"), p.append("ItemReader")) : null;
        ItemBatcher batcher = raw.object("ItemBatcher") != null ? itemBatcher(h, raw.object("ItemBatcher"), p.append("ItemBatcher")) : null;
        MapProgram.NumberField maxConcurrency = numberField(h, raw, p, "MaxConcurrency");
        MapProgram.NumberField toleratedCount = numberField(h, raw, p, "ToleratedFailureCount");
        MapProgram.NumberField toleratedPercentage = numberField(h, raw, p, "ToleratedFailurePercentage");
        return new MapProgram(h, flow(h, s, false, true), assign(h, raw, p), retriers(raw, p), catchers(h, raw, p), processor,
                distributed, raw.string("Label"), itemsPath, items, reader, itemSelector, jsonataItemSelector, batcher, maxConcurrency,
                toleratedCount, toleratedPercentage);
    }

    private ItemReader itemReader(StateProgram.StateHeader h, JsonObject o, JsonPointer p) {
        String resource = o.string("Resource");
        if (resource == null || !(resource.endsWith("s3:getObject") || resource.endsWith("s3:listObjectsV2"))) {
            problem(p.append("Resource"), "Stepwise reads items with arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2");
        }
        PayloadTemplate parameters = null;
        JsonataTemplate arguments = null;
        if (h.jsonata() && o.has("Arguments")) {
            arguments = jsonata(o.get("Arguments"), p.append("Arguments"), "ItemReader/Arguments");
        } else if (o.has("Parameters")) {
            parameters = template(o.get("Parameters"), p.append("Parameters"));
        }
        JsonObject config = o.object("ReaderConfig");
        String inputType = null;
        boolean given = false;
        List<String> headers = List.of();
        MapProgram.NumberField maxItems = null;
        if (config != null) {
            inputType = config.string("InputType");
            given = "GIVEN".equals(config.string("CSVHeaderLocation"));
            JsonArray h2 = config.array("CSVHeaders");
            if (h2 != null) {
                List<String> list = new ArrayList<>();
                for (JsonValue v : h2.items()) {
                    if (v instanceof JsonString s) {
                        list.add(s.value());
                    }
                }
                headers = list;
            }
            maxItems = numberField(h, config, p.append("ReaderConfig"), "MaxItems");
        }
        return new ItemReader(resource == null ? "" : resource, parameters, arguments, inputType, given, headers, maxItems);
    }

    private ItemBatcher itemBatcher(StateProgram.StateHeader h, JsonObject o, JsonPointer p) {
        PayloadTemplate batchInput = null;
        JsonataTemplate jsonataBatchInput = null;
        if (o.has("BatchInput")) {
            if (h.jsonata()) {
                jsonataBatchInput = jsonata(o.get("BatchInput"), p.append("BatchInput"), "ItemBatcher/BatchInput");
            } else {
                batchInput = template(o.get("BatchInput"), p.append("BatchInput"));
            }
        }
        return new ItemBatcher(numberField(h, o, p, "MaxItemsPerBatch"), numberField(h, o, p, "MaxInputBytesPerBatch"), batchInput,
                jsonataBatchInput);
    }

    private MapProgram.NumberField numberField(StateProgram.StateHeader h, JsonObject raw, JsonPointer p, String name) {
        JsonValue v = raw.get(name);
        if (v != null) {
            if (v instanceof JsonNumber n) {
                return new MapProgram.NumberField(name, ModelJson.number(n.text()), null, null);
            }
            if (h.jsonata() && v instanceof JsonString s && JsonataTemplate.isExpression(s.value())) {
                return new MapProgram.NumberField(name, null, null, jsonata(v, p.append(name), name));
            }
            problem(p.append(name), name + " must be a number");
        }
        if (raw.has(name + "Path") && !h.jsonata()) {
            return new MapProgram.NumberField(name, null, pathField(raw, p, name + "Path"), null);
        }
        return new MapProgram.NumberField(name, null, null, null);
    }

    private Seconds seconds(StateProgram.StateHeader h, JsonObject raw, JsonPointer p, String name) {
        JsonValue v = raw.get(name);
        if (v != null) {
            if (v instanceof JsonNumber n && n.longValue() != null && n.longValue() > 0) {
                return new Seconds(name, n.longValue(), null, null);
            }
            if (h.jsonata() && v instanceof JsonString s && JsonataTemplate.isExpression(s.value())) {
                return new Seconds(name, null, null, jsonata(v, p.append(name), name));
            }
            problem(p.append(name), name + " must be a positive integer");
        }
        if (raw.has(name + "Path") && !h.jsonata()) {
            return new Seconds(name, null, pathField(raw, p, name + "Path"), null);
        }
        return Seconds.none(name);
    }

    // ---- data flow ----

    private DataFlow flow(StateProgram.StateHeader h, State s, boolean parameters, boolean result) {
        JsonObject raw = s.raw();
        JsonPointer p = s.pointer();
        if (h.jsonata()) {
            for (String f : new String[] {"InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath", "ItemsPath"}) {
                if (raw.has(f)) {
                    problem(p.append(f), f + " belongs to JSONPath; in a JSONata state use Arguments, Output or Items");
                }
            }
            JsonataTemplate arguments = raw.has("Arguments") ? jsonata(raw.get("Arguments"), p.append("Arguments"), "Arguments") : null;
            JsonataTemplate output = raw.has("Output") ? jsonata(raw.get("Output"), p.append("Output"), "Output") : null;
            return new JsonataFlow(arguments, output);
        }
        for (String f : new String[] {"Arguments", "Output", "Items"}) {
            if (raw.has(f)) {
                problem(p.append(f), f + " belongs to JSONata; set \"QueryLanguage\": \"JSONata\" or use the JSONPath fields");
            }
        }
        JsonPathFlow.Selector inputPath = selector(raw, p, "InputPath");
        JsonPathFlow.Selector outputPath = selector(raw, p, "OutputPath");
        PayloadTemplate params = parameters && raw.has("Parameters") ? template(raw.get("Parameters"), p.append("Parameters")) : null;
        PayloadTemplate selector = result && raw.has("ResultSelector") ? template(raw.get("ResultSelector"), p.append("ResultSelector"))
                : null;
        ResultPathWriter resultPath = ResultPathWriter.root();
        boolean hasResultPath = s.type() == StateType.PASS || s.type() == StateType.TASK || s.type() == StateType.PARALLEL
                || s.type() == StateType.MAP;
        if (hasResultPath && raw.has("ResultPath")) {
            resultPath = resultPath(raw.get("ResultPath"), p.append("ResultPath"));
        }
        return new JsonPathFlow(inputPath, params, selector, resultPath, outputPath);
    }

    private JsonPathFlow.Selector selector(JsonObject raw, JsonPointer p, String name) {
        JsonValue v = raw.get(name);
        if (v == null) {
            return JsonPathFlow.Selector.WHOLE;
        }
        if (v instanceof JsonNull) {
            return new JsonPathFlow.Selector(true, null, name);
        }
        if (v instanceof JsonString s) {
            if ("$".equals(s.value())) {
                return JsonPathFlow.Selector.WHOLE;
            }
            PathExpression e = path(s.value(), p.append(name));
            return new JsonPathFlow.Selector(false, e, name);
        }
        problem(p.append(name), name + " must be a path string or null");
        return JsonPathFlow.Selector.WHOLE;
    }

    private ResultPathWriter resultPath(JsonValue v, JsonPointer at) {
        if (v instanceof JsonNull) {
            return ResultPathWriter.discard();
        }
        if (!(v instanceof JsonString s)) {
            problem(at, "ResultPath must be a path string or null");
            return ResultPathWriter.root();
        }
        try {
            return ResultPathWriter.compile(s.value());
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
            return ResultPathWriter.root();
        }
    }

    private Assignment assign(StateProgram.StateHeader h, JsonObject raw, JsonPointer p) {
        JsonValue v = raw.get("Assign");
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonObject)) {
            problem(p.append("Assign"), "Assign must be an object of variable names and values");
            return null;
        }
        if (h.jsonata()) {
            JsonataTemplate t = jsonata(v, p.append("Assign"), "Assign");
            return t == null ? null : Assignment.ofJsonata(t);
        }
        PayloadTemplate t = template(v, p.append("Assign"));
        return t == null ? null : Assignment.ofJsonPath(t);
    }

    private List<Retrier> retriers(JsonObject raw, JsonPointer p) {
        List<Retrier> out = new ArrayList<>();
        JsonValue v = raw.get("Retry");
        if (v == null) {
            return out;
        }
        if (!(v instanceof JsonArray a)) {
            problem(p.append("Retry"), "Retry must be an array of retriers");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            JsonPointer at = p.append("Retry").append(i);
            if (!(a.get(i) instanceof JsonObject r)) {
                problem(at, "a retrier is an object with ErrorEquals");
                continue;
            }
            List<String> errors = errorEquals(r, at);
            double interval = number(r, at, "IntervalSeconds", Retrier.DEFAULT_INTERVAL);
            int maxAttempts = (int) number(r, at, "MaxAttempts", Retrier.DEFAULT_MAX_ATTEMPTS);
            double backoff = number(r, at, "BackoffRate", Retrier.DEFAULT_BACKOFF);
            Double maxDelay = r.has("MaxDelaySeconds") ? number(r, at, "MaxDelaySeconds", 0) : null;
            String jitter = r.string("JitterStrategy");
            if (jitter != null && !jitter.equals("FULL") && !jitter.equals("NONE")) {
                problem(at.append("JitterStrategy"), "JitterStrategy must be FULL or NONE");
            }
            out.add(new Retrier(errors, interval, maxAttempts, backoff, maxDelay, "FULL".equals(jitter)));
        }
        return out;
    }

    private List<Catcher> catchers(StateProgram.StateHeader h, JsonObject raw, JsonPointer p) {
        List<Catcher> out = new ArrayList<>();
        JsonValue v = raw.get("Catch");
        if (v == null) {
            return out;
        }
        if (!(v instanceof JsonArray a)) {
            problem(p.append("Catch"), "Catch must be an array of catchers");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            JsonPointer at = p.append("Catch").append(i);
            if (!(a.get(i) instanceof JsonObject c)) {
                problem(at, "a catcher is an object with ErrorEquals and Next");
                continue;
            }
            List<String> errors = errorEquals(c, at);
            ResultPathWriter resultPath = ResultPathWriter.root();
            JsonataTemplate output = null;
            if (h.jsonata()) {
                if (c.has("Output")) {
                    output = jsonata(c.get("Output"), at.append("Output"), "Catch/Output");
                }
            } else if (c.has("ResultPath")) {
                resultPath = resultPath(c.get("ResultPath"), at.append("ResultPath"));
            }
            out.add(new Catcher(errors, c.string("Next"), resultPath, output, assign(h, c, at), h.jsonata()));
        }
        return out;
    }

    private List<String> errorEquals(JsonObject o, JsonPointer at) {
        List<String> errors = new ArrayList<>();
        JsonArray a = o.array("ErrorEquals");
        if (a == null || a.size() == 0) {
            problem(at, "ErrorEquals must be a non-empty array of error names");
            return errors;
        }
        for (JsonValue v : a.items()) {
            if (v instanceof JsonString s) {
                errors.add(s.value());
            } else {
                problem(at.append("ErrorEquals"), "error names are strings");
            }
        }
        return errors;
    }

    private double number(JsonObject o, JsonPointer at, String name, double fallback) {
        JsonValue v = o.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof JsonNumber n) {
            return n.doubleValue();
        }
        problem(at.append(name), name + " must be a number");
        return fallback;
    }

    private Long positiveInteger(JsonObject o, JsonPointer at, String name) {
        JsonValue v = o.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonNumber n && n.longValue() != null && n.longValue() > 0) {
            return n.longValue();
        }
        problem(at.append(name), name + " must be a positive integer");
        return null;
    }

    // ---- values ----

    private PathExpression pathField(JsonObject raw, JsonPointer p, String name) {
        JsonValue v = raw.get(name);
        if (!(v instanceof JsonString s)) {
            problem(p.append(name), name + " must be a path string");
            return null;
        }
        return path(s.value(), p.append(name));
    }

    private PathExpression path(String text, JsonPointer at) {
        try {
            if (!PathExpression.isPath(text)) {
                throw new IllegalArgumentException("a path starts with $");
            }
            return PathExpression.compile(text);
        } catch (IllegalArgumentException e) {
            problem(at, "'" + text + "' is not a valid JSONPath: " + e.getMessage());
            return null;
        }
    }

    private Expression expression(String text, JsonPointer at) {
        try {
            if (IntrinsicParser.isCall(text)) {
                return IntrinsicParser.parse(text);
            }
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
            return null;
        }
        return path(text, at);
    }

    private PayloadTemplate template(JsonValue v, JsonPointer at) {
        try {
            return PayloadTemplate.compile(v);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
            return null;
        }
    }

    private JsonataTemplate jsonata(JsonValue v, JsonPointer at, String field) {
        try {
            return JsonataTemplate.compile(v, field);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
            return null;
        }
    }

    private JsonNode node(JsonValue v, JsonPointer at) {
        try {
            return ModelJson.toNode(v);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
            return null;
        }
    }
}

package stepwise.model.asl;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/** Builds the typed view from positioned JSON. Tolerant: what does not fit is left for the validator. */
final class AslReader {
    private AslReader() {
    }

    static StateMachine machine(JsonObject raw, JsonPointer pointer) {
        List<State> states = new ArrayList<>();
        JsonObject statesObject = raw.object("States");
        if (statesObject != null) {
            JsonPointer base = pointer.append("States");
            for (Member m : statesObject.members()) {
                if (m.value() instanceof JsonObject o) {
                    State s = state(m.key(), base.append(m.key()), o);
                    if (s != null) {
                        states.add(s);
                    }
                }
            }
        }
        return new StateMachine(raw, pointer, states);
    }

    static State state(String name, JsonPointer p, JsonObject o) {
        StateType type = StateType.fromAsl(o.string("Type"));
        if (type == null) {
            return null;
        }
        return switch (type) {
            case PASS -> new PassState(name, p, o);
            case WAIT -> new WaitState(name, p, o);
            case SUCCEED -> new SucceedState(name, p, o);
            case FAIL -> new FailState(name, p, o);
            case TASK -> new TaskState(name, p, o, retries(o, p), catches(o, p));
            case CHOICE -> new ChoiceState(name, p, o, choices(o, p));
            case PARALLEL -> new ParallelState(name, p, o, branches(o, p), retries(o, p), catches(o, p));
            case MAP -> new MapState(name, p, o, processor(o, p), retries(o, p), catches(o, p));
        };
    }

    private static List<StateMachine> branches(JsonObject o, JsonPointer p) {
        List<StateMachine> out = new ArrayList<>();
        JsonArray branches = o.array("Branches");
        if (branches != null) {
            for (int i = 0; i < branches.size(); i++) {
                if (branches.get(i) instanceof JsonObject b) {
                    out.add(machine(b, p.append("Branches").append(i)));
                }
            }
        }
        return out;
    }

    private static StateMachine processor(JsonObject o, JsonPointer p) {
        for (String key : new String[] {"ItemProcessor", "Iterator"}) {
            JsonObject processor = o.object(key);
            if (processor != null) {
                return machine(processor, p.append(key));
            }
        }
        return null;
    }

    private static List<RetryPolicy> retries(JsonObject o, JsonPointer p) {
        List<RetryPolicy> out = new ArrayList<>();
        JsonArray retry = o.array("Retry");
        if (retry != null) {
            for (int i = 0; i < retry.size(); i++) {
                if (retry.get(i) instanceof JsonObject r) {
                    out.add(new RetryPolicy(r, p.append("Retry").append(i), strings(r.get("ErrorEquals"))));
                }
            }
        }
        return out;
    }

    private static List<CatchRule> catches(JsonObject o, JsonPointer p) {
        List<CatchRule> out = new ArrayList<>();
        JsonArray catches = o.array("Catch");
        if (catches != null) {
            for (int i = 0; i < catches.size(); i++) {
                if (catches.get(i) instanceof JsonObject c) {
                    out.add(new CatchRule(c, p.append("Catch").append(i), strings(c.get("ErrorEquals")), c.string("Next")));
                }
            }
        }
        return out;
    }

    private static List<ChoiceRule> choices(JsonObject o, JsonPointer p) {
        List<ChoiceRule> out = new ArrayList<>();
        JsonArray choices = o.array("Choices");
        if (choices != null) {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i) instanceof JsonObject c) {
                    JsonPointer cp = p.append("Choices").append(i);
                    out.add(new ChoiceRule(c, cp, condition(c, cp), c.string("Next"), c.get("Assign"), c.get("Output")));
                }
            }
        }
        return out;
    }

    /** Reads the boolean test of a rule object (top-level rules also carry Next, which is ignored here). */
    static Condition condition(JsonObject c, JsonPointer p) {
        if (c.has("Condition")) {
            return new Condition.Jsonata(c, p, c.get("Condition"));
        }
        if (c.has("And") || c.has("Or")) {
            String key = c.has("And") ? "And" : "Or";
            JsonArray list = c.array(key);
            if (list == null) {
                return new Condition.Malformed(c, p, key + " must be an array of rules");
            }
            List<Condition> nested = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonPointer np = p.append(key).append(i);
                nested.add(list.get(i) instanceof JsonObject n ? condition(n, np)
                        : new Condition.Malformed(c, np, "a rule must be an object"));
            }
            return key.equals("And") ? new Condition.And(c, p, nested) : new Condition.Or(c, p, nested);
        }
        if (c.has("Not")) {
            JsonObject n = c.object("Not");
            JsonPointer np = p.append("Not");
            return new Condition.Not(c, p, n == null ? new Condition.Malformed(c, np, "Not must be a rule object") : condition(n, np));
        }
        ComparisonOperator op = null;
        for (Member m : c.members()) {
            ComparisonOperator candidate = ComparisonOperator.fromAsl(m.key());
            if (candidate != null) {
                if (op != null) {
                    return new Condition.Malformed(c, p, "a rule has exactly one comparison but this one has " + op.name()
                            + " and " + candidate.name());
                }
                op = candidate;
            }
        }
        if (op == null) {
            return new Condition.Malformed(c, p, "no comparison operator (such as StringEquals or NumericGreaterThan)");
        }
        return new Condition.Comparison(c, p, c.string("Variable"), op, c.get(op.name()));
    }

    static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v instanceof JsonArray a) {
            for (JsonValue item : a.items()) {
                if (item instanceof JsonString s) {
                    out.add(s.value());
                }
            }
        }
        return out;
    }
}

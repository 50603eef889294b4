package stepwise.model.asl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * A state machine: the whole workflow, a Parallel branch, or a Map's item processor. {@code states}
 * keeps the written order; states whose JSON is not an object with a known {@code Type} are left out
 * of the typed view (the validator reports them).
 */
public record StateMachine(JsonObject raw, JsonPointer pointer, List<State> states) {
    public StateMachine {
        states = List.copyOf(states);
    }

    /** Reads the typed view of a machine written at {@code pointer}. */
    public static StateMachine read(JsonObject raw, JsonPointer pointer) {
        return AslReader.machine(raw, pointer);
    }

    public String startAt() {
        return raw.string("StartAt");
    }

    public String comment() {
        return raw.string("Comment");
    }

    public String version() {
        return raw.string("Version");
    }

    public JsonValue timeoutSeconds() {
        return raw.get("TimeoutSeconds");
    }

    /** The declared {@code QueryLanguage}, or null (JSONPath by default at the top). */
    public QueryLanguage queryLanguage() {
        return QueryLanguage.fromAsl(raw.string("QueryLanguage"));
    }

    /** The {@code States} object, or null when missing or not an object. */
    public JsonObject statesObject() {
        return raw.object("States");
    }

    /** The state of this machine (not nested ones) named {@code name}, or null. */
    public State state(String name) {
        for (State s : states) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    public Map<String, State> byName() {
        Map<String, State> map = new LinkedHashMap<>();
        for (State s : states) {
            map.putIfAbsent(s.name(), s);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every state at every depth, parents before their children, in written order. */
    public List<State> allStates() {
        List<State> out = new ArrayList<>();
        visit(out::add);
        return out;
    }

    public void visit(Consumer<State> visitor) {
        for (State s : states) {
            visitor.accept(s);
            for (StateMachine child : s.children()) {
                child.visit(visitor);
            }
        }
    }
}

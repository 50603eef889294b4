package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * The state the inspector shows, in one parse of the document: its typed view, the machine it belongs
 * to (for the names a transition may take) and the query language its fields are written in.
 * Fields address values relative to the state ({@code /Retry/0/IntervalSeconds}).
 */
record InspectedState(AslDocument document, State state, StateMachine machine, QueryLanguage language) {

    /** The state at {@code pointer} in {@code document}, or null when there is none. */
    static InspectedState find(AslDocument document, JsonPointer pointer) {
        return search(document, (s, m) -> s.pointer().equals(pointer));
    }

    /** The state whose JSON object starts at {@code offset} of the text, or null. */
    static InspectedState atOffset(AslDocument document, int offset) {
        return search(document, (s, m) -> s.raw().span().start() == offset);
    }

    private interface Match {
        boolean test(State s, StateMachine m);
    }

    private static InspectedState search(AslDocument document, Match match) {
        if (document == null || document.machine() == null) {
            return null;
        }
        StateMachine top = document.machine();
        QueryLanguage workflow = top.queryLanguage() == null ? QueryLanguage.JSONPATH : top.queryLanguage();
        return search(document, top, workflow, match);
    }

    private static InspectedState search(AslDocument document, StateMachine m, QueryLanguage workflow, Match match) {
        for (State s : m.states()) {
            if (match.test(s, m)) {
                QueryLanguage own = s.queryLanguage();
                return new InspectedState(document, s, m, own == null ? workflow : own);
            }
            for (StateMachine child : s.children()) {
                InspectedState found = search(document, child, workflow, match);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    JsonPointer pointer() {
        return state.pointer();
    }

    JsonObject raw() {
        return state.raw();
    }

    StateType type() {
        return state.type();
    }

    boolean jsonata() {
        return language == QueryLanguage.JSONATA;
    }

    /** The value at {@code relative} inside the state, or null. */
    JsonValue at(JsonPointer relative) {
        return relative.resolve(state.raw());
    }

    JsonPointer absolute(JsonPointer relative) {
        List<String> tokens = new ArrayList<>(state.pointer().tokens());
        tokens.addAll(relative.tokens());
        return new JsonPointer(tokens);
    }

    /** The names of the states a transition of this state may name, in written order. */
    List<String> targets() {
        List<String> names = new ArrayList<>();
        JsonObject states = machine.statesObject();
        if (states != null) {
            for (String key : states.keys()) {
                if (!names.contains(key)) {
                    names.add(key);
                }
            }
        }
        return names;
    }

    /** Where the state lives, in words: "in the workflow", "in branch 2 of Fan out", "in the item processor of Each". */
    String where() {
        List<String> t = machine.pointer().tokens();
        if (t.size() < 2) {
            return "in the workflow";
        }
        String owner = t.get(t.size() - (t.get(t.size() - 2).equals("Branches") ? 3 : 2));
        if (t.get(t.size() - 2).equals("Branches")) {
            return "in branch " + (Integer.parseInt(t.get(t.size() - 1)) + 1) + " of " + owner;
        }
        return "in the item processor of " + owner;
    }
}

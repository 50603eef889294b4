package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.StateMachine;
import stepwise.model.asl.StateType;
import stepwise.model.json.Json;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Adds a state named {@code name} with the JSON {@code definition} to the machine at {@code machine}
 * ("" for the workflow, {@code /States/P/Branches/0} for a Parallel branch, {@code /States/M/ItemProcessor}
 * for a Map's processor).
 *
 * <p>With {@code onTransition} null the state is added at the end of {@code States}, unconnected;
 * a state that needs a way on and has none gets {@code "End": true}. Otherwise the state is inserted on
 * a transition: {@code onTransition} points at a transition's target name ({@code /States/A/Next},
 * {@code /States/C/Choices/0/Next}, {@code /States/C/Default}, {@code /States/T/Catch/0/Next}), which
 * then names the new state while the new state goes on to the old target; or at a state's
 * {@code End} ({@code /States/A/End}), which becomes {@code "Next"} to the new state, the new state
 * ending in its place; or at the machine's {@code StartAt} ({@code /StartAt}, {@code /States/P/Branches/0/StartAt}),
 * which then names the new state while the new state goes on to the old start. The new state is written
 * right after the state the transition leaves (first, for StartAt). A machine without states starts at the new one.
 */
public record AddState(JsonPointer machine, String name, JsonObject definition, JsonPointer onTransition) implements EditCommand {

    public AddState {
        machine = machine == null ? JsonPointer.ROOT : machine;
    }

    /** Adds an unconnected state at the end of the machine. */
    public AddState(JsonPointer machine, String name, JsonObject definition) {
        this(machine, name, definition, null);
    }

    @Override
    public String description() {
        return "Add state " + name;
    }

    /** A name no state of {@code document} has: {@code base} if it is free, else {@code base 2}, {@code base 3}... */
    public static String freeName(AslDocument document, String base) {
        return freeName(document, base, java.util.Set.of());
    }

    /** A name that neither a state of {@code document} nor one of {@code alsoTaken} (names handed out for the same edit) has. */
    public static String freeName(AslDocument document, String base, java.util.Collection<String> alsoTaken) {
        java.util.Set<String> taken = StateNames.taken(document);
        taken.addAll(alsoTaken);
        return StateNames.unique(base, taken);
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        StateMachine m = StateLocation.machine(document, machine);
        StateNames.checkNew(name, StateNames.taken(document));
        TextPatcher patcher = TextPatcher.of(document);
        List<TextEdit> edits = new ArrayList<>();
        JsonObject states = m.statesObject();
        JsonObject state = definition;
        int index = states == null ? 0 : states.size();
        if (onTransition != null) {
            Transition t = transition(m, states);
            index = t.fromIndex + 1;
            if (t.target == null) {
                edits.add(patcher.replaceMember(t.member, "Next", Json.string(name)));
                state = ends(state);
            } else {
                edits.add(patcher.replaceString((JsonString) t.member.value(), name));
                state = leadsTo(state, t.target);
            }
        } else if (needsWayOn(state) && !state.has("Next") && !state.has("End")) {
            state = Json.with(state, "End", Json.bool(true));
        }
        edits.addAll(StatesInsertion.edits(patcher, m, index, List.of(NewMember.of(name, state))));
        return edits;
    }

    private record Transition(int fromIndex, Member member, String target) {
    }

    private Transition transition(StateMachine m, JsonObject states) throws EditException {
        List<String> t = onTransition.tokens();
        int base = machine.tokens().size();
        Member start = m.raw().member("StartAt");
        if (states != null && t.size() == base + 1 && onTransition.startsWith(machine) && t.get(base).equals("StartAt")
                && start != null && start.value() instanceof JsonString s) {
            return new Transition(-1, start, s.value());
        }
        if (states == null || t.size() < base + 3 || !onTransition.startsWith(machine) || !t.get(base).equals("States")) {
            throw new EditException("\"" + onTransition + "\" is not a transition" + StateLocation.where(machine));
        }
        Member from = states.member(t.get(base + 1));
        if (from == null) {
            throw new EditException("There is no state named \"" + t.get(base + 1) + "\"" + StateLocation.where(machine));
        }
        int fromIndex = JsonTextPatcher.indexOf(states.members(), from);
        JsonValue at = new JsonPointer(t.subList(base, t.size())).resolve(m.raw());
        JsonValue owner = new JsonPointer(t.subList(base, t.size() - 1)).resolve(m.raw());
        String key = t.get(t.size() - 1);
        if (!(owner instanceof JsonObject o) || at == null) {
            throw new EditException("\"" + onTransition + "\" is not a transition" + StateLocation.where(machine));
        }
        Member member = o.member(key);
        if (key.equals("End") && t.size() == base + 3) {
            return new Transition(fromIndex, member, null);
        }
        if ((key.equals("Next") || key.equals("Default")) && at instanceof JsonString s) {
            return new Transition(fromIndex, member, s.value());
        }
        throw new EditException("\"" + onTransition + "\" is not a transition" + StateLocation.where(machine));
    }

    private static boolean needsWayOn(JsonObject state) {
        StateType type = StateType.fromAsl(state.string("Type"));
        return type != null && !type.isTerminalType() && type != StateType.CHOICE;
    }

    private static JsonObject ends(JsonObject state) {
        JsonObject s = Json.without(state, "Next");
        return needsWayOn(s) ? Json.with(s, "End", Json.bool(true)) : s;
    }

    private static JsonObject leadsTo(JsonObject state, String target) {
        StateType type = StateType.fromAsl(state.string("Type"));
        if (type == StateType.CHOICE) {
            return state.has("Default") ? state : Json.with(state, "Default", Json.string(target));
        }
        if (type != null && type.isTerminalType()) {
            return state;
        }
        return Json.with(Json.without(state, "End"), "Next", Json.string(target));
    }
}

package stepwise.model.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.Member;

/**
 * Duplicates states of one machine, keeping their text: the copies are written right after the last of
 * them, named {@code Name 2}, {@code Name 3}... (states nested in a copied Parallel or Map get new names
 * too, since names are unique in the whole workflow). Transitions between copied states lead to the
 * copies; transitions to other states are kept.
 */
public record DuplicateStates(List<JsonPointer> states) implements EditCommand {

    public DuplicateStates {
        states = List.copyOf(states);
    }

    @Override
    public String description() {
        return states.size() == 1 ? "Duplicate state " + states.get(0).last() : "Duplicate " + states.size() + " states";
    }

    /** The name each copied state (nested ones included) gets, in written order. */
    public Map<String, String> newNames(AslDocument document) throws EditException {
        return plan(document).names;
    }

    private record Plan(List<StateLocation> sources, Map<String, String> names) {
    }

    private Plan plan(AslDocument document) throws EditException {
        if (states.isEmpty()) {
            throw new EditException("No state to duplicate");
        }
        List<StateLocation> sources = new ArrayList<>();
        for (JsonPointer p : states) {
            StateLocation loc = StateLocation.find(document, p);
            if (!sources.isEmpty() && !sources.get(0).machine().pointer().equals(loc.machine().pointer())) {
                throw new EditException("States of different branches cannot be duplicated together");
            }
            if (sources.stream().noneMatch(s -> s.member() == loc.member())) {
                sources.add(loc);
            }
        }
        sources.sort(Comparator.comparingInt(StateLocation::index));
        Set<String> taken = StateNames.taken(document);
        Map<String, String> names = new LinkedHashMap<>();
        for (StateLocation loc : sources) {
            names.put(loc.name(), StateNames.unique(loc.name(), taken));
        }
        for (StateLocation loc : sources) {
            for (StateMachine child : loc.state().children()) {
                nestedNames(child, names, taken);
            }
        }
        return new Plan(sources, names);
    }

    private static void nestedNames(StateMachine m, Map<String, String> names, Set<String> taken) {
        JsonObject statesObject = m.statesObject();
        if (statesObject != null) {
            for (Member member : statesObject.members()) {
                names.putIfAbsent(member.key(), StateNames.unique(member.key(), taken));
            }
        }
        for (State s : m.states()) {
            for (StateMachine child : s.children()) {
                nestedNames(child, names, taken);
            }
        }
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        Plan plan = plan(document);
        TextPatcher patcher = TextPatcher.of(document);
        List<NewMember> copies = new ArrayList<>();
        for (StateLocation loc : plan.sources) {
            List<TextEdit> inside = new ArrayList<>();
            inside.add(patcher.renameKey(loc.member(), plan.names.get(loc.name())));
            renameTransitions(patcher, Reference.of(loc.state()), plan.names, inside);
            for (StateMachine child : loc.state().children()) {
                renameMachine(patcher, child, plan.names, inside);
            }
            copies.add(patcher.copyMember(loc.member(), inside));
        }
        StateLocation last = plan.sources.get(plan.sources.size() - 1);
        return StatesInsertion.edits(patcher, last.machine(), last.index() + 1, copies);
    }

    private static void renameMachine(TextPatcher patcher, StateMachine m, Map<String, String> names, List<TextEdit> out) {
        renameTransitions(patcher, Reference.all(m), names, out);
        JsonObject statesObject = m.statesObject();
        if (statesObject != null) {
            for (Member member : statesObject.members()) {
                String to = names.get(member.key());
                if (to != null) {
                    out.add(patcher.renameKey(member, to));
                }
            }
        }
        for (State s : m.states()) {
            for (StateMachine child : s.children()) {
                renameMachine(patcher, child, names, out);
            }
        }
    }

    private static void renameTransitions(TextPatcher patcher, List<Reference> refs, Map<String, String> names, List<TextEdit> out) {
        for (Reference r : refs) {
            String to = names.get(r.value().value());
            if (to != null) {
                out.add(patcher.replaceString(r.value(), to));
            }
        }
    }
}

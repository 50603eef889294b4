package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.Member;

/**
 * Where a state is written: the machine (workflow, branch or processor) it belongs to, that machine's
 * {@code States} object, the member holding it (the last one when the name is written twice) and its
 * typed view.
 */
record StateLocation(StateMachine machine, JsonObject states, Member member, State state) {

    String name() {
        return member.key();
    }

    /** True when the machine's {@code States} holds this name more than once. */
    boolean writtenTwice() {
        int count = 0;
        for (Member m : states.members()) {
            if (m.key().equals(member.key())) {
                count++;
            }
        }
        return count > 1;
    }

    int index() {
        return JsonTextPatcher.indexOf(states.members(), member);
    }

    static StateLocation find(AslDocument document, JsonPointer pointer) throws EditException {
        if (pointer == null || pointer.tokens().size() < 2 || !"States".equals(pointer.tokens().get(pointer.tokens().size() - 2))) {
            throw new EditException("No state at " + (pointer == null ? "(none)" : "\"" + pointer + "\""));
        }
        JsonPointer machinePointer = pointer.parent().parent();
        StateMachine machine = machine(document, machinePointer);
        JsonObject states = machine.statesObject();
        String name = pointer.last();
        Member member = states == null ? null : states.member(name);
        if (member == null || !(member.value() instanceof JsonObject)) {
            throw new EditException("There is no state named \"" + name + "\"" + where(machinePointer));
        }
        State state = null;
        for (State s : machine.states()) {
            if (s.raw() == member.value()) {
                state = s;
            }
        }
        if (state == null) {
            throw new EditException("State \"" + name + "\" has no known Type; set its Type first");
        }
        return new StateLocation(machine, states, member, state);
    }

    /** The machine written at {@code pointer}: "" for the workflow, {@code /States/P/Branches/0}, {@code /States/M/ItemProcessor}. */
    static StateMachine machine(AslDocument document, JsonPointer pointer) throws EditException {
        StateMachine root = document.machine();
        if (root == null) {
            throw new EditException(document.root() == null ? "The document has no workflow to edit (it does not parse)"
                    : "The document is not a workflow: it is not a JSON object");
        }
        StateMachine found = find(root, pointer);
        if (found == null) {
            throw new EditException("There is no state machine, branch or item processor at \"" + pointer + "\"");
        }
        return found;
    }

    private static StateMachine find(StateMachine m, JsonPointer pointer) {
        if (m.pointer().equals(pointer)) {
            return m;
        }
        if (!pointer.startsWith(m.pointer())) {
            return null;
        }
        for (State s : m.states()) {
            if (pointer.startsWith(s.pointer())) {
                for (StateMachine child : s.children()) {
                    StateMachine f = find(child, pointer);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    /** " in the workflow", " in branch 2 of \"P\"", " in the item processor of \"M\"". */
    static String where(JsonPointer machinePointer) {
        List<String> t = machinePointer.tokens();
        if (t.size() < 2) {
            return " in the workflow";
        }
        if (t.size() >= 3 && t.get(t.size() - 2).equals("Branches")) {
            int branch;
            try {
                branch = Integer.parseInt(t.get(t.size() - 1)) + 1;
            } catch (NumberFormatException e) {
                branch = 0;
            }
            return " in branch " + branch + " of \"" + t.get(t.size() - 3) + "\"";
        }
        return " in the item processor of \"" + t.get(t.size() - 2) + "\"";
    }
}

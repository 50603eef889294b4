package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.asl.CatchRule;
import stepwise.model.asl.ChoiceRule;
import stepwise.model.asl.ChoiceState;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;
import stepwise.model.graph.EdgeKind;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.Member;

/**
 * A place where a machine names one of its states: its {@code StartAt} ({@code kind} null), a state's
 * {@code Next}, a Choice's {@code Default}, a Choice rule's or a Catch's {@code Next}. {@code owner}
 * is the object holding {@code member}; {@code from} the state it is written in (null for StartAt).
 */
record Reference(EdgeKind kind, State from, JsonObject owner, Member member) {

    JsonString value() {
        return (JsonString) member.value();
    }

    /** Every place in {@code machine} (not in nested machines) that names a state, in written order. */
    static List<Reference> all(StateMachine machine) {
        List<Reference> out = new ArrayList<>();
        add(out, null, null, machine.raw(), "StartAt");
        for (State s : machine.states()) {
            of(s, out);
        }
        return out;
    }

    /** The places in {@code machine} that name {@code name}. */
    static List<Reference> to(StateMachine machine, String name) {
        List<Reference> out = new ArrayList<>();
        for (Reference r : all(machine)) {
            if (r.value().value().equals(name)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The transitions written in state {@code s}. */
    static List<Reference> of(State s) {
        List<Reference> out = new ArrayList<>();
        of(s, out);
        return out;
    }

    private static void of(State s, List<Reference> out) {
        add(out, EdgeKind.NEXT, s, s.raw(), "Next");
        if (s instanceof ChoiceState c) {
            for (ChoiceRule r : c.choices()) {
                add(out, EdgeKind.CHOICE, s, r.raw(), "Next");
            }
            add(out, EdgeKind.DEFAULT, s, s.raw(), "Default");
        }
        for (CatchRule c : s.catchRules()) {
            add(out, EdgeKind.CATCH, s, c.raw(), "Next");
        }
    }

    private static void add(List<Reference> out, EdgeKind kind, State from, JsonObject owner, String key) {
        Member m = owner.member(key);
        if (m != null && m.value() instanceof JsonString) {
            out.add(new Reference(kind, from, owner, m));
        }
    }
}

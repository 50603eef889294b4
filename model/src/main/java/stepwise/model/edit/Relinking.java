package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.asl.State;
import stepwise.model.asl.StateType;
import stepwise.model.graph.EdgeKind;
import stepwise.model.json.Json;

/**
 * Keeps a machine connected when one of its states leaves it (deleted or moved elsewhere): what led
 * to the state now leads to its single successor; when the state ended the machine, a {@code Next}
 * to it becomes {@code End: true}; {@code StartAt} moves on. When the state has no single successor
 * (a Choice), the transitions to it are left for the user (the validator shows them).
 */
final class Relinking {
    private Relinking() {
    }

    /** The state's single successor's name, {@link #END} when it ends its machine, or null when that is not clear. */
    static final String END = "\u0000end";

    static String successor(State s) {
        if (s.type() == StateType.CHOICE) {
            return null;
        }
        if (s.isTerminal()) {
            return END;
        }
        String next = s.next();
        return next != null && !next.equals(s.name()) ? next : null;
    }

    /** The edits that re-point every transition to the leaving state, outside the state itself. */
    static List<TextEdit> around(TextPatcher patcher, StateLocation leaving) {
        List<TextEdit> edits = new ArrayList<>();
        if (leaving.writtenTwice()) {
            return edits; // the other copy keeps the name and its transitions
        }
        String name = leaving.name();
        String successor = successor(leaving.state());
        for (Reference r : Reference.to(leaving.machine(), name)) {
            if (r.from() != null && r.from().raw() == leaving.state().raw()) {
                continue;
            }
            if (r.kind() == null) {
                String start = successor != null && !successor.equals(END) ? successor : firstOther(leaving);
                if (start != null) {
                    edits.add(patcher.replaceString(r.value(), start));
                }
            } else if (successor == null) {
                continue;
            } else if (!successor.equals(END)) {
                edits.add(patcher.replaceString(r.value(), successor));
            } else if (r.kind() == EdgeKind.NEXT && r.owner().member("End") == null) {
                edits.add(patcher.replaceMember(r.member(), "End", Json.bool(true)));
            }
        }
        return edits;
    }

    private static String firstOther(StateLocation leaving) {
        for (State s : leaving.machine().states()) {
            if (!s.name().equals(leaving.name())) {
                return s.name();
            }
        }
        return null;
    }
}

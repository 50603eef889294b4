package stepwise.model.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Every machine and every state of a workflow, read once from the raw JSON for all the rules to
 * share. Reading is total: whatever the JSON looks like, the index is built and nothing throws.
 */
final class WorkflowIndex {
    private final JsonObject root;
    private final QueryLanguage topLanguage;
    private final List<MachineScope> machines = new ArrayList<>();
    private final List<StateNode> states = new ArrayList<>();

    private WorkflowIndex(JsonObject root) {
        this.root = root;
        QueryLanguage declared = QueryLanguage.fromAsl(root.string("QueryLanguage"));
        this.topLanguage = declared == null ? QueryLanguage.JSONPATH : declared;
        read(root, "", MachineScope.Kind.ROOT, null);
    }

    static WorkflowIndex of(JsonObject root) {
        return new WorkflowIndex(root);
    }

    private void read(JsonObject raw, String pointer, MachineScope.Kind kind, StateNode owner) {
        MachineScope scope = new MachineScope(raw, pointer, kind, owner);
        machines.add(scope);
        if (owner != null) {
            owner.addChild(scope);
        }
        if (!(raw.get("States") instanceof JsonObject statesObject)) {
            return;
        }
        String base = Place.child(pointer, "States");
        for (Member m : statesObject.members()) {
            JsonObject o = m.value() instanceof JsonObject obj ? obj : null;
            StateType type = o == null ? null : StateType.fromAsl(o.string("Type"));
            QueryLanguage own = o == null ? null : QueryLanguage.fromAsl(o.string("QueryLanguage"));
            StateNode state = new StateNode(m, Place.child(base, m.key()), type, own == null ? topLanguage : own, scope);
            scope.add(state);
            states.add(state);
            if (o == null) {
                continue;
            }
            if (type == StateType.PARALLEL && o.get("Branches") instanceof JsonArray branches) {
                String bp = Place.child(state.pointer(), "Branches");
                for (int i = 0; i < branches.size(); i++) {
                    if (branches.get(i) instanceof JsonObject b) {
                        read(b, Place.child(bp, i), MachineScope.Kind.BRANCH, state);
                    }
                }
            } else if (type == StateType.MAP) {
                if (o.get("ItemProcessor") instanceof JsonObject p) {
                    read(p, Place.child(state.pointer(), "ItemProcessor"), MachineScope.Kind.ITEM_PROCESSOR, state);
                }
                if (o.get("Iterator") instanceof JsonObject p) {
                    read(p, Place.child(state.pointer(), "Iterator"), MachineScope.Kind.ITERATOR, state);
                }
            }
        }
    }

    JsonObject root() {
        return root;
    }

    /** The workflow's QueryLanguage: JSONPath unless the top level says JSONata. */
    QueryLanguage topLanguage() {
        return topLanguage;
    }

    /** Every machine, the workflow first, nested ones in document order after their parent. */
    List<MachineScope> machines() {
        return Collections.unmodifiableList(machines);
    }

    MachineScope rootMachine() {
        return machines.get(0);
    }

    /** Every state at every depth, in document order. */
    List<StateNode> states() {
        return Collections.unmodifiableList(states);
    }

    /** The states whose JSON is an object with a known Type (most rules look only at these). */
    List<StateNode> typedStates() {
        List<StateNode> out = new ArrayList<>(states.size());
        for (StateNode s : states) {
            if (s.raw() != null && s.type() != null) {
                out.add(s);
            }
        }
        return out;
    }

    static boolean isTrue(JsonValue v) {
        return v instanceof JsonBoolean b && b.value();
    }
}

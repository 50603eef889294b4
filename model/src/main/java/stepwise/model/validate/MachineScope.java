package stepwise.model.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import stepwise.model.json.JsonObject;
import stepwise.model.json.Member;

/**
 * One state machine of a workflow as the validator sees it: the whole workflow, a Parallel branch
 * or a Map's item processor, with its states in written order (all of them, including those whose
 * JSON is not an object or has no known Type).
 */
final class MachineScope {
    /** What kind of machine this is, which decides the fields it may have. */
    enum Kind { ROOT, BRANCH, ITEM_PROCESSOR, ITERATOR }

    private final JsonObject raw;
    private final String pointer;
    private final Kind kind;
    private final StateNode owner;
    private final List<StateNode> states = new ArrayList<>();
    private final Map<String, StateNode> byName = new HashMap<>();

    MachineScope(JsonObject raw, String pointer, Kind kind, StateNode owner) {
        this.raw = raw;
        this.pointer = pointer;
        this.kind = kind;
        this.owner = owner;
    }

    void add(StateNode state) {
        states.add(state);
        byName.putIfAbsent(state.name(), state);
    }

    JsonObject raw() {
        return raw;
    }

    String pointer() {
        return pointer;
    }

    Kind kind() {
        return kind;
    }

    /** The Parallel or Map state this machine belongs to; null for the workflow itself. */
    StateNode owner() {
        return owner;
    }

    /** The machine enclosing this one; null for the workflow itself. */
    MachineScope parent() {
        return owner == null ? null : owner.scope();
    }

    List<StateNode> states() {
        return Collections.unmodifiableList(states);
    }

    /** The first state of this machine (not nested ones) named {@code name}, or null. */
    StateNode state(String name) {
        return byName.get(name);
    }

    /** The {@code States} member, or null. */
    Member statesMember() {
        return raw.member("States");
    }

    String startAt() {
        return raw.string("StartAt");
    }

    /** A label for messages: "the workflow", "branch 2 of Parallel 'Fan'", "the item processor of Map 'Each'". */
    String describe() {
        return switch (kind) {
            case ROOT -> "the workflow";
            case BRANCH -> "branch " + (branchIndex() + 1) + " of Parallel '" + owner.name() + "'";
            case ITEM_PROCESSOR -> "the ItemProcessor of Map '" + owner.name() + "'";
            case ITERATOR -> "the Iterator of Map '" + owner.name() + "'";
        };
    }

    private int branchIndex() {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        try {
            return Integer.parseInt(last);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

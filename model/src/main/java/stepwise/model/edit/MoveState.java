package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.CatchRule;
import stepwise.model.asl.StateMachine;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.Member;

/**
 * Moves the state at {@code state} into the machine at {@code target} (a Parallel branch
 * {@code /States/P/Branches/0}, a Map processor {@code /States/M/ItemProcessor}, or "" for the
 * workflow), keeping its text. Both machines stay connected: in the one it leaves, what led to it now
 * leads to its successor (as when deleting it); in its new machine it is added at the end, and
 * becomes the start when the machine had no states. Its own transitions cannot leave their machine,
 * so its {@code Next} becomes {@code "End": true} and its Catches to states left behind are removed;
 * a Choice's rules and Default are kept for the user to reconnect.
 */
public record MoveState(JsonPointer state, JsonPointer target) implements EditCommand {

    @Override
    public String description() {
        return "Move state " + state.last();
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        StateLocation loc = StateLocation.find(document, state);
        StateMachine into = StateLocation.machine(document, target);
        if (into.pointer().equals(loc.machine().pointer())) {
            return List.of();
        }
        if (target.startsWith(state)) {
            throw new EditException("A state cannot be moved into its own branches or processor");
        }
        TextPatcher patcher = TextPatcher.of(document);
        List<TextEdit> edits = new ArrayList<>(Relinking.around(patcher, loc));
        edits.add(patcher.removeMember(loc.states(), loc.member()));
        NewMember moved = patcher.copyMember(loc.member(), ownTransitions(patcher, loc, into));
        int end = into.statesObject() == null ? 0 : into.statesObject().size();
        edits.addAll(StatesInsertion.edits(patcher, into, end, List.of(moved)));
        return edits;
    }

    /** Edits inside the moved state: its transitions to states it leaves behind. */
    private static List<TextEdit> ownTransitions(TextPatcher patcher, StateLocation loc, StateMachine into) {
        List<TextEdit> inside = new ArrayList<>();
        JsonObject raw = loc.state().raw();
        Member next = raw.member("Next");
        if (next != null && into.state(String.valueOf(next.value().asText())) == null) {
            inside.add(raw.has("End") ? patcher.removeMember(raw, next) : patcher.replaceMember(next, "End", Json.bool(true)));
        }
        JsonArray catches = raw.array("Catch");
        List<CatchRule> rules = loc.state().catchRules();
        if (catches != null && !rules.isEmpty()) {
            List<Integer> gone = new ArrayList<>();
            for (int i = 0; i < catches.size(); i++) {
                String to = catches.get(i) instanceof JsonObject c ? c.string("Next") : null;
                if (to != null && into.state(to) == null) {
                    gone.add(i);
                }
            }
            if (gone.size() == catches.size()) {
                inside.add(patcher.removeMember(raw, raw.member("Catch")));
            } else if (!gone.isEmpty()) {
                inside.addAll(patcher.removeItems(catches, gone));
            }
        }
        return inside;
    }
}

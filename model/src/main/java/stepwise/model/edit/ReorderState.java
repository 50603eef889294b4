package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonPointer;

/** Moves the state at {@code state} to position {@code index} (0-based, counted after the move) in its {@code States}, keeping its text. */
public record ReorderState(JsonPointer state, int index) implements EditCommand {

    @Override
    public String description() {
        return "Reorder state " + state.last();
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        StateLocation loc = StateLocation.find(document, state);
        int n = loc.states().size();
        int from = loc.index();
        int to = Math.max(0, Math.min(index, n - 1));
        if (to == from) {
            return List.of();
        }
        TextPatcher patcher = TextPatcher.of(document);
        List<TextEdit> edits = new ArrayList<>();
        edits.add(patcher.removeMember(loc.states(), loc.member()));
        NewMember copy = patcher.copyMember(loc.member(), List.of());
        edits.add(patcher.insertMembers(loc.states(), to < from ? to : to + 1, List.of(copy)));
        return edits;
    }
}

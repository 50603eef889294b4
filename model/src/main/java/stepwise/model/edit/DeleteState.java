package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonPointer;

/**
 * Deletes the state at {@code state} ({@code /States/Pay}). What led to it now leads to its single
 * successor; a {@code Next} to a state that ended its machine becomes {@code End: true}; {@code StartAt}
 * moves on to the successor (or the first remaining state). Transitions to a deleted Choice are left
 * for the user. When the name is written twice, the last copy goes and the transitions stay with the
 * other.
 */
public record DeleteState(JsonPointer state) implements EditCommand {

    @Override
    public String description() {
        return "Delete state " + state.last();
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        StateLocation loc = StateLocation.find(document, state);
        TextPatcher patcher = TextPatcher.of(document);
        List<TextEdit> edits = new ArrayList<>(Relinking.around(patcher, loc));
        edits.add(patcher.removeMember(loc.states(), loc.member()));
        return edits;
    }
}

package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonPointer;

/**
 * Renames the state at {@code state} to {@code newName}, and every place of its machine that names it:
 * {@code StartAt}, each {@code Next}, {@code Default}, Choice rule and Catch. Only those strings change.
 * When the name is written twice, only the last copy is renamed (the transitions stay with the other):
 * that is how a duplicate is resolved.
 */
public record RenameState(JsonPointer state, String newName) implements EditCommand {

    @Override
    public String description() {
        return "Rename state " + state.last() + " to " + newName;
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        StateLocation loc = StateLocation.find(document, state);
        if (loc.name().equals(newName)) {
            return List.of();
        }
        Set<String> taken = StateNames.taken(document);
        StateNames.checkNew(newName, taken);
        TextPatcher patcher = TextPatcher.of(document);
        List<TextEdit> edits = new ArrayList<>();
        edits.add(patcher.renameKey(loc.member(), newName));
        if (!loc.writtenTwice()) {
            for (Reference r : Reference.to(loc.machine(), loc.name())) {
                edits.add(patcher.replaceString(r.value(), newName));
            }
        }
        return edits;
    }
}

package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/** Inserts {@code value} into the array at {@code array} before index {@code index} (its size or more: at the end). */
public record InsertItem(JsonPointer array, int index, JsonValue value) implements EditCommand {

    @Override
    public String description() {
        return "Add to " + (array.isRoot() ? "array" : array.last());
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        if (!(document.at(array) instanceof JsonArray items)) {
            throw new EditException("There is no array at \"" + array + "\"");
        }
        return List.of(TextPatcher.of(document).insertItem(items, Math.max(0, Math.min(index, items.size())), value));
    }
}

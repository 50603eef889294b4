package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * Moves the item at index {@code from} of the array at {@code array} to index {@code to} (a Retry
 * entry, a Catch, a Choice rule up or down). Every item keeps its own text: each place between the
 * two indexes takes the text of the item that moves into it.
 */
public record MoveItem(JsonPointer array, int from, int to) implements EditCommand {

    @Override
    public String description() {
        String owner = array.isRoot() ? "item" : array.last();
        return "Move " + owner + " " + (from + 1) + (to < from ? " up" : " down");
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        if (!(document.at(array) instanceof JsonArray items)) {
            throw new EditException("There is no array at \"" + array + "\"");
        }
        if (from < 0 || from >= items.size() || to < 0 || to >= items.size()) {
            throw new EditException("Cannot move item " + from + " to " + to + " in an array of " + items.size());
        }
        if (from == to) {
            return List.of();
        }
        List<JsonValue> order = new ArrayList<>(items.items());
        order.add(to, order.remove(from));
        String text = document.text();
        List<TextEdit> edits = new ArrayList<>();
        for (int i = Math.min(from, to); i <= Math.max(from, to); i++) {
            JsonValue place = items.get(i);
            JsonValue occupant = order.get(i);
            edits.add(new TextEdit(place.span().start(), place.span().end(),
                    text.substring(occupant.span().start(), occupant.span().end())));
        }
        return edits;
    }
}

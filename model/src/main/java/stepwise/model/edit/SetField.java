package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Sets the value at a JSON Pointer ({@code /States/Pay/TimeoutSeconds}): replaces it when it is there,
 * adds it at the end of its object otherwise (creating missing objects on the way), appends to an
 * array for {@code -} or the index just past its end. With {@code value} null the member or item is
 * removed instead ({@link #remove}).
 */
public record SetField(JsonPointer pointer, JsonValue value) implements EditCommand {

    public static SetField remove(JsonPointer pointer) {
        return new SetField(pointer, null);
    }

    @Override
    public String description() {
        String field = pointer.isRoot() ? "document" : pointer.last();
        return (value == null ? "Remove " : "Set ") + field;
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        JsonValue root = document.root();
        if (root == null) {
            throw new EditException("The document does not parse; there is nothing to set a field in");
        }
        TextPatcher patcher = TextPatcher.of(document);
        if (pointer.isRoot()) {
            if (value == null) {
                throw new EditException("The whole document cannot be removed");
            }
            return List.of(patcher.replaceValue(root, value));
        }
        List<String> tokens = pointer.tokens();
        JsonValue current = root;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            String at = "\"" + new JsonPointer(tokens.subList(0, i)) + "\"";
            if (current instanceof JsonObject o) {
                Member m = o.member(token);
                if (m == null) {
                    if (value == null) {
                        return List.of();
                    }
                    JsonValue built = value;
                    for (int k = tokens.size() - 1; k > i; k--) {
                        built = Json.object(tokens.get(k), built);
                    }
                    return List.of(patcher.insertMember(o, o.size(), token, built));
                }
                if (last) {
                    return List.of(value == null ? patcher.removeMember(o, m) : patcher.replaceValue(m.value(), value));
                }
                current = m.value();
            } else if (current instanceof JsonArray a) {
                int index = token.equals("-") ? a.size() : index(token, at);
                if (index > a.size()) {
                    throw new EditException("Index " + index + " is past the end of the array at " + at + " (" + a.size() + " items)");
                }
                if (index == a.size()) {
                    if (value == null) {
                        return List.of();
                    }
                    if (!last) {
                        throw new EditException("There is no item " + index + " in the array at " + at);
                    }
                    return List.of(patcher.insertItem(a, index, value));
                }
                if (last) {
                    return List.of(value == null ? patcher.removeItem(a, index) : patcher.replaceValue(a.get(index), value));
                }
                current = a.get(index);
            } else {
                throw new EditException("The value at " + at + " is " + current.typeName() + ", not an object or an array");
            }
        }
        return List.of();
    }

    private static int index(String token, String at) throws EditException {
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            throw new EditException("\"" + token + "\" is not an array index (at " + at + ")");
        }
        return Integer.parseInt(token);
    }
}

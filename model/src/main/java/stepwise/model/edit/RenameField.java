package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.Member;

/** Renames the field at {@code pointer} to {@code key}, keeping its value's text as it is (a Choice's And becoming Or). */
public record RenameField(JsonPointer pointer, String key) implements EditCommand {

    @Override
    public String description() {
        return "Change " + pointer.last() + " to " + key;
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        if (pointer.isRoot() || !(document.at(pointer.parent()) instanceof JsonObject object)) {
            throw new EditException("There is no field at \"" + pointer + "\"");
        }
        Member member = object.member(pointer.last());
        if (member == null) {
            throw new EditException("There is no field at \"" + pointer + "\"");
        }
        if (pointer.last().equals(key)) {
            return List.of();
        }
        if (object.has(key)) {
            throw new EditException("The object at \"" + pointer.parent() + "\" has a field " + key + " already");
        }
        return List.of(TextPatcher.of(document).renameKey(member, key));
    }
}

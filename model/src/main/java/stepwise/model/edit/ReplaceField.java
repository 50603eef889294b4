package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Replaces the field at {@code pointer} by {@code key}: {@code value}, written in the same place of its
 * object: a Wait going from {@code Seconds} to {@code TimestampPath}, a comparison from
 * {@code StringEquals} to {@code NumericEquals}. Another {@code key} already in the object goes, so the
 * result holds it once. When the field is not there, {@code key} is set as {@link SetField} sets it.
 */
public record ReplaceField(JsonPointer pointer, String key, JsonValue value) implements EditCommand {

    public ReplaceField {
        if (pointer.isRoot() || key == null || value == null) {
            throw new IllegalArgumentException("ReplaceField needs a field, a key and a value");
        }
    }

    @Override
    public String description() {
        return pointer.last().equals(key) ? "Set " + key : "Change " + pointer.last() + " to " + key;
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        JsonPointer owner = pointer.parent();
        if (pointer.last().equals(key)) {
            return new SetField(pointer, value).edits(document);
        }
        if (!(document.at(owner) instanceof JsonObject object)) {
            throw new EditException("There is no object at \"" + owner + "\" to change " + pointer.last() + " in");
        }
        Member old = object.member(pointer.last());
        if (old == null) {
            return new SetField(owner.append(key), value).edits(document);
        }
        TextPatcher patcher = TextPatcher.of(document);
        List<TextEdit> edits = new ArrayList<>();
        edits.add(patcher.replaceMember(old, key, value));
        List<Member> clashing = object.members().stream().filter(m -> m != old && m.key().equals(key)).toList();
        if (!clashing.isEmpty()) {
            edits.addAll(patcher.removeMembers(object, clashing));
        }
        return edits;
    }
}

package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * The text-level edits that commands are made of. Each answers one {@link TextEdit} against the
 * document's text that changes only the given value, member or item, keeps the layout around it (the
 * comma and line of a removed member go with it; an inserted one gets its siblings' indentation) and
 * writes new values in the file's own style. One implementation per {@link Syntax}.
 *
 * <p>All values passed in must belong to {@link #document()}'s parse; the new values may be built
 * ({@link Json}) or come from anywhere.
 */
public interface TextPatcher {

    static TextPatcher of(AslDocument document) {
        return document.syntax() == Syntax.YAML ? new YamlTextPatcher(document) : new JsonTextPatcher(document);
    }

    AslDocument document();

    /** Writes {@code replacement} where {@code old} stands. */
    TextEdit replaceValue(JsonValue old, JsonValue replacement);

    /** Writes the string {@code value} where the string {@code old} stands (in YAML, keeping its quoting where it can). */
    default TextEdit replaceString(JsonString old, String value) {
        return replaceValue(old, Json.string(value));
    }

    /** Changes a member's key, leaving its value as it is. */
    TextEdit renameKey(Member member, String key);

    /** Replaces a member by another in the same place ({@code "End": true} by {@code "Next": "B"}). */
    TextEdit replaceMember(Member member, String key, JsonValue value);

    /** Inserts members before the member at {@code index} ({@code object.size()} or more: at the end). */
    TextEdit insertMembers(JsonObject object, int index, List<NewMember> members);

    default TextEdit insertMember(JsonObject object, int index, String key, JsonValue value) {
        return insertMembers(object, index, List.of(NewMember.of(key, value)));
    }

    /** Removes {@code member} (this very member of {@code object}) with its comma and, when it had its own lines, its lines. */
    default TextEdit removeMember(JsonObject object, Member member) {
        return removeMembers(object, List.of(member)).get(0);
    }

    /** Removes several members of one object (non-overlapping edits, however they neighbour each other). */
    List<TextEdit> removeMembers(JsonObject object, List<Member> members);

    /** Inserts an item before {@code index} ({@code array.size()} or more: at the end). */
    TextEdit insertItem(JsonArray array, int index, JsonValue value);

    /** Removes the item at {@code index} with its comma and, when it had its own lines, its lines. */
    default TextEdit removeItem(JsonArray array, int index) {
        return removeItems(array, List.of(index)).get(0);
    }

    /** Removes several items of one array (non-overlapping edits). */
    List<TextEdit> removeItems(JsonArray array, List<Integer> indexes);

    /**
     * A copy of {@code member}'s text with {@code inside} (edits against the document that fall within
     * the member) applied, ready for {@link #insertMembers} in this document.
     */
    NewMember copyMember(Member member, List<TextEdit> inside) throws EditException;

    /** {@code value} as this syntax writes it at nesting {@code depth}. */
    String write(JsonValue value, int depth);

    /** Applies edits that fall within [{@code start}, {@code end}) to that slice of {@code text}. */
    static String applyWithin(String text, int start, int end, List<TextEdit> inside) throws EditException {
        java.util.List<TextEdit> shifted = new java.util.ArrayList<>(inside.size());
        for (TextEdit e : inside) {
            if (e.start() < start || e.end() > end) {
                throw new EditException("An edit falls outside the member being copied");
            }
            shifted.add(new TextEdit(e.start() - start, e.end() - start, e.replacement()));
        }
        return TextEdit.apply(text.substring(start, end), shifted);
    }
}

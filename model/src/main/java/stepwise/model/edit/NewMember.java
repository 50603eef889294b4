package stepwise.model.edit;

import stepwise.model.json.JsonValue;

/**
 * A member to write into an object: a key and a value built by a command, or a member copied from the
 * document's own text ({@code copiedText}, from its key to the end of its value, written at
 * {@code copiedIndent}), which keeps its formatting (and, in YAML, its comments) when it moves.
 * {@code value} is always the member's value as a tree, for when the copy must be written anew.
 */
public record NewMember(String key, JsonValue value, String copiedText, String copiedIndent) {
    public static NewMember of(String key, JsonValue value) {
        return new NewMember(key, value, null, null);
    }

    public boolean isCopy() {
        return copiedText != null;
    }
}

package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.StateType;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.Member;

/**
 * Removes the transition whose target is written at {@code transition} (a graph edge's pointer):
 * a {@code Next} becomes {@code "End": true}; a {@code Default} is removed; a Choice rule or a Catch
 * entry is removed whole (with the {@code Catch} field when it was the last one).
 */
public record Disconnect(JsonPointer transition) implements EditCommand {

    @Override
    public String description() {
        List<String> t = transition.tokens();
        String key = t.size() >= 3 && (t.get(t.size() - 3).equals("Choices") || t.get(t.size() - 3).equals("Catch"))
                ? t.get(t.size() - 4) : t.size() >= 2 ? t.get(t.size() - 2) : "";
        return "Disconnect " + key;
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        List<String> t = transition.tokens();
        String key = transition.last();
        if ("Next".equals(key) || "Default".equals(key)) {
            if (t.size() >= 4 && (t.get(t.size() - 3).equals("Choices") || t.get(t.size() - 3).equals("Catch"))) {
                JsonPointer statePointer = new JsonPointer(t.subList(0, t.size() - 3));
                StateLocation loc = StateLocation.find(document, statePointer);
                JsonArray array = loc.state().raw().array(t.get(t.size() - 3));
                int index = index(t.get(t.size() - 2), array);
                TextPatcher patcher = TextPatcher.of(document);
                if (t.get(t.size() - 3).equals("Catch") && array.size() == 1) {
                    return List.of(patcher.removeMember(loc.state().raw(), loc.state().raw().member("Catch")));
                }
                return List.of(patcher.removeItem(array, index));
            }
            StateLocation loc = StateLocation.find(document, transition.parent());
            JsonObject raw = loc.state().raw();
            Member member = raw.member(key);
            if (member == null) {
                return List.of();
            }
            TextPatcher patcher = TextPatcher.of(document);
            if (key.equals("Default") || loc.state().type() == StateType.CHOICE || loc.state().type().isTerminalType()) {
                return List.of(patcher.removeMember(raw, member));
            }
            return List.of(patcher.replaceMember(member, "End", Json.bool(true)));
        }
        throw new EditException("\"" + transition + "\" is not a transition (Next, Default, or a Choice rule's or Catch's Next)");
    }

    private int index(String token, JsonArray array) throws EditException {
        try {
            int i = Integer.parseInt(token);
            if (array != null && i >= 0 && i < array.size()) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new EditException("There is no transition at \"" + transition + "\"");
    }
}

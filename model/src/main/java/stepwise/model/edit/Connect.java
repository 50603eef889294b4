package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.StateType;
import stepwise.model.graph.EdgeKind;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Connects the state at {@code from} to the state named {@code to} of the same machine:
 * <ul>
 * <li>{@link EdgeKind#NEXT}: sets {@code Next} (an {@code "End": true} is replaced in place);</li>
 * <li>{@link EdgeKind#DEFAULT}: sets a Choice's {@code Default};</li>
 * <li>{@link EdgeKind#CHOICE}: adds a Choice rule; {@code detail} is its condition (an object such as
 * {@code {"Variable": "$.ok", "BooleanEquals": true}} or {@code {"Condition": "{% $ok %}"}});</li>
 * <li>{@link EdgeKind#CATCH}: adds a Catch; {@code detail} is the array of error names
 * ({@code ["States.ALL"]} when null), written before a final {@code States.ALL} catch.</li>
 * </ul>
 */
public record Connect(JsonPointer from, String to, EdgeKind kind, JsonValue detail) implements EditCommand {

    public static Connect next(JsonPointer from, String to) {
        return new Connect(from, to, EdgeKind.NEXT, null);
    }

    public static Connect defaultTo(JsonPointer from, String to) {
        return new Connect(from, to, EdgeKind.DEFAULT, null);
    }

    public static Connect choice(JsonPointer from, String to, JsonObject condition) {
        return new Connect(from, to, EdgeKind.CHOICE, condition);
    }

    public static Connect onError(JsonPointer from, String to, List<String> errors) {
        return new Connect(from, to, EdgeKind.CATCH, Json.strings(errors));
    }

    @Override
    public String description() {
        return switch (kind) {
            case NEXT -> "Connect " + from.last() + " to " + to;
            case DEFAULT -> "Set default of " + from.last() + " to " + to;
            case CHOICE -> "Add choice rule from " + from.last() + " to " + to;
            case CATCH -> "Catch errors of " + from.last() + " in " + to;
        };
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        StateLocation loc = StateLocation.find(document, from);
        if (loc.machine().state(to) == null) {
            throw new EditException("There is no state named \"" + to + "\"" + StateLocation.where(loc.machine().pointer())
                    + "; a transition stays within its branch");
        }
        TextPatcher patcher = TextPatcher.of(document);
        JsonObject raw = loc.state().raw();
        StateType type = loc.state().type();
        String name = loc.name();
        switch (kind) {
            case NEXT -> {
                if (type == StateType.CHOICE) {
                    throw new EditException("A Choice state goes on through its rules or its Default, not Next");
                }
                if (type.isTerminalType()) {
                    throw new EditException("A " + type.aslName() + " state ends the workflow; it cannot go on to another state");
                }
                return setString(patcher, raw, "Next", raw.member("End"), raw.size());
            }
            case DEFAULT -> {
                requireType(type, StateType.CHOICE, "Only a Choice state has a Default", name);
                Member choices = raw.member("Choices");
                int at = choices == null ? raw.size() : JsonTextPatcher.indexOf(raw.members(), choices) + 1;
                return setString(patcher, raw, "Default", null, at);
            }
            case CHOICE -> {
                requireType(type, StateType.CHOICE, "Only a Choice state has rules", name);
                JsonObject condition = detail instanceof JsonObject o ? o : null;
                if (condition == null || condition.size() == 0) {
                    throw new EditException("A Choice rule needs a condition, such as {\"Variable\": \"$.ok\", \"BooleanEquals\": true}");
                }
                JsonObject rule = Json.with(Json.without(condition, "Next"), "Next", Json.string(to));
                JsonArray choices = raw.array("Choices");
                if (choices != null) {
                    return List.of(patcher.insertItem(choices, choices.size(), rule));
                }
                if (raw.has("Choices")) {
                    throw new EditException("Choices of \"" + name + "\" is not an array");
                }
                Member typeMember = raw.member("Type");
                int at = typeMember == null ? raw.size() : JsonTextPatcher.indexOf(raw.members(), typeMember) + 1;
                return List.of(patcher.insertMember(raw, at, "Choices", Json.array(rule)));
            }
            case CATCH -> {
                if (type != StateType.TASK && type != StateType.PARALLEL && type != StateType.MAP) {
                    throw new EditException("Only Task, Parallel and Map states catch errors; \"" + name + "\" is a " + type.aslName());
                }
                JsonArray errors = detail instanceof JsonArray a && a.size() > 0 ? a : Json.strings(List.of("States.ALL"));
                JsonObject entry = Json.object("ErrorEquals", errors, "Next", Json.string(to));
                JsonArray catches = raw.array("Catch");
                if (catches != null) {
                    int at = catches.size();
                    if (at > 0 && catchesAll(catches.get(at - 1)) && !catchesAll(entry)) {
                        at--;
                    }
                    return List.of(patcher.insertItem(catches, at, entry));
                }
                if (raw.has("Catch")) {
                    throw new EditException("Catch of \"" + name + "\" is not an array");
                }
                Member end = raw.member("Next") != null ? raw.member("Next") : raw.member("End");
                int at = end == null ? raw.size() : JsonTextPatcher.indexOf(raw.members(), end);
                return List.of(patcher.insertMember(raw, at, "Catch", Json.array(entry)));
            }
            default -> throw new EditException("Unknown kind of transition");
        }
    }

    private List<TextEdit> setString(TextPatcher patcher, JsonObject raw, String key, Member replaced, int insertAt) {
        Member existing = raw.member(key);
        if (existing != null) {
            if (existing.value() instanceof JsonString s && s.value().equals(to)) {
                return List.of();
            }
            return List.of(patcher.replaceValue(existing.value(), Json.string(to)));
        }
        if (replaced != null) {
            return List.of(patcher.replaceMember(replaced, key, Json.string(to)));
        }
        return List.of(patcher.insertMember(raw, insertAt, key, Json.string(to)));
    }

    private static void requireType(StateType type, StateType wanted, String message, String name) throws EditException {
        if (type != wanted) {
            throw new EditException(message + "; \"" + name + "\" is a " + type.aslName());
        }
    }

    private static boolean catchesAll(JsonValue entry) {
        return entry instanceof JsonObject o && o.get("ErrorEquals") instanceof JsonArray a
                && a.items().stream().anyMatch(v -> "States.ALL".equals(v.asText()));
    }
}

package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.StateMachine;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;

/**
 * Points an existing transition at another state of its machine: {@code transition} is where the
 * target's name is written (a graph edge's pointer: {@code /States/A/Next}, {@code /States/C/Default},
 * {@code /States/C/Choices/0/Next}, {@code /States/T/Catch/0/Next}) or a machine's {@code StartAt}.
 * Only that name changes; the rule or catch keeps everything else.
 */
public record Reconnect(JsonPointer transition, String to) implements EditCommand {

    @Override
    public String description() {
        if ("StartAt".equals(transition.last())) {
            return "Start at " + to;
        }
        List<String> t = transition.tokens();
        int states = t.lastIndexOf("States");
        String from = states >= 0 && states + 1 < t.size() ? t.get(states + 1) : transition.toString();
        return "Reconnect " + from + " to " + to;
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        JsonPointer machinePointer = machineOf(transition);
        StateMachine machine = StateLocation.machine(document, machinePointer);
        JsonValue at = transition.resolve(document.root());
        if (!(at instanceof JsonString name) || !isTransition(transition, machinePointer)) {
            throw new EditException("\"" + transition + "\" is not a transition (StartAt, Next, Default, or a Choice rule's or Catch's Next)");
        }
        if (machine.state(to) == null || !(machine.statesObject().get(to) instanceof JsonObject)) {
            throw new EditException("There is no state named \"" + to + "\"" + StateLocation.where(machinePointer)
                    + "; a transition stays within its branch");
        }
        if (name.value().equals(to)) {
            return List.of();
        }
        return List.of(TextPatcher.of(document).replaceString(name, to));
    }

    /** The machine a transition is written in: what comes before {@code /StartAt} or before {@code /States/NAME/...}. */
    private static JsonPointer machineOf(JsonPointer transition) throws EditException {
        List<String> t = transition.tokens();
        if (!t.isEmpty() && t.get(t.size() - 1).equals("StartAt")) {
            return new JsonPointer(t.subList(0, t.size() - 1));
        }
        for (int i = t.size() - 3; i >= 0; i--) {
            if (t.get(i).equals("States") && (i + 2 == t.size() - 1 || i + 4 == t.size() - 1)) {
                return new JsonPointer(t.subList(0, i));
            }
        }
        throw new EditException("\"" + transition + "\" is not a transition");
    }

    private static boolean isTransition(JsonPointer transition, JsonPointer machine) {
        List<String> t = transition.tokens().subList(machine.tokens().size(), transition.tokens().size());
        return switch (t.size()) {
            case 1 -> t.get(0).equals("StartAt");
            case 3 -> t.get(2).equals("Next") || t.get(2).equals("Default");
            case 5 -> (t.get(2).equals("Choices") || t.get(2).equals("Catch")) && t.get(4).equals("Next");
            default -> false;
        };
    }
}

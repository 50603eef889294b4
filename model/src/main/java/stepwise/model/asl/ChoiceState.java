package stepwise.model.asl;

import java.util.List;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;

public record ChoiceState(String name, JsonPointer pointer, JsonObject raw, List<ChoiceRule> choices) implements State {
    public ChoiceState {
        choices = List.copyOf(choices);
    }

    @Override
    public StateType type() {
        return StateType.CHOICE;
    }

    /** The {@code Default} state's name, or null. */
    public String defaultState() {
        return raw.string("Default");
    }
}

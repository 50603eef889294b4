package stepwise.model.asl;

import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;

public record PassState(String name, JsonPointer pointer, JsonObject raw) implements State {
    @Override
    public StateType type() {
        return StateType.PASS;
    }
}

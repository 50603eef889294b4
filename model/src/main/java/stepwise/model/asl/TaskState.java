package stepwise.model.asl;

import java.util.List;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;

public record TaskState(String name, JsonPointer pointer, JsonObject raw, List<RetryPolicy> retry, List<CatchRule> catchRules)
        implements State {
    public TaskState {
        retry = List.copyOf(retry);
        catchRules = List.copyOf(catchRules);
    }

    @Override
    public StateType type() {
        return StateType.TASK;
    }

    /** The {@code Resource} ARN, or null. */
    public String resource() {
        return raw.string("Resource");
    }
}

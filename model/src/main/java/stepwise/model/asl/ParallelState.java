package stepwise.model.asl;

import java.util.List;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;

public record ParallelState(String name, JsonPointer pointer, JsonObject raw, List<StateMachine> branches,
                            List<RetryPolicy> retry, List<CatchRule> catchRules) implements State {
    public ParallelState {
        branches = List.copyOf(branches);
        retry = List.copyOf(retry);
        catchRules = List.copyOf(catchRules);
    }

    @Override
    public StateType type() {
        return StateType.PARALLEL;
    }

    @Override
    public List<StateMachine> children() {
        return branches;
    }
}

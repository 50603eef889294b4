package stepwise.model.asl;

import java.util.List;
import stepwise.model.json.JsonBoolean;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonValue;

/**
 * A state of a workflow: its name, where it is written ({@link #pointer()}, e.g. {@code /States/Pay})
 * and its raw JSON, which keeps every field including ones Stepwise does not know. One record per
 * state type adds the structure of that type; scalar fields are read from the raw JSON so that a
 * value of the wrong type is still visible (the validator reports it).
 */
public sealed interface State
        permits TaskState, ChoiceState, ParallelState, MapState, WaitState, PassState, SucceedState, FailState {

    String name();

    JsonPointer pointer();

    JsonObject raw();

    StateType type();

    default JsonValue field(String name) {
        return raw().get(name);
    }

    default String comment() {
        return raw().string("Comment");
    }

    default String next() {
        return raw().string("Next");
    }

    default boolean isEnd() {
        return raw().get("End") instanceof JsonBoolean b && b.value();
    }

    /** The state's own {@code QueryLanguage}, or null when it inherits the machine's. */
    default QueryLanguage queryLanguage() {
        return QueryLanguage.fromAsl(raw().string("QueryLanguage"));
    }

    /** True when the state ends its branch or machine: {@code End: true}, Succeed or Fail. */
    default boolean isTerminal() {
        return type().isTerminalType() || isEnd();
    }

    default List<RetryPolicy> retry() {
        return List.of();
    }

    default List<CatchRule> catchRules() {
        return List.of();
    }

    /** Nested machines: a Parallel's branches or a Map's item processor. */
    default List<StateMachine> children() {
        return List.of();
    }
}

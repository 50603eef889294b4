package stepwise.model.asl;

import java.util.List;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;

/** A Map state; {@code processor} is its {@code ItemProcessor} (or legacy {@code Iterator}), null when missing. */
public record MapState(String name, JsonPointer pointer, JsonObject raw, StateMachine processor,
                       List<RetryPolicy> retry, List<CatchRule> catchRules) implements State {
    public MapState {
        retry = List.copyOf(retry);
        catchRules = List.copyOf(catchRules);
    }

    @Override
    public StateType type() {
        return StateType.MAP;
    }

    @Override
    public List<StateMachine> children() {
        return processor == null ? List.of() : List.of(processor);
    }

    /** INLINE or DISTRIBUTED ({@code ItemProcessor.ProcessorConfig.Mode}); INLINE when not given. */
    public String mode() {
        if (processor != null) {
            JsonObject config = processor.raw().object("ProcessorConfig");
            if (config != null && config.string("Mode") != null) {
                return config.string("Mode");
            }
        }
        return "INLINE";
    }
}

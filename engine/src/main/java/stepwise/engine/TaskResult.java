package stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** What a {@link TaskHandler} answers for one invocation. */
public sealed interface TaskResult {

    /** The task succeeded with {@code output} (for a {@code .waitForTaskToken} task: as if the callback came). */
    static TaskResult success(JsonNode output) {
        return new Succeeded(output);
    }

    /** The task failed with {@code error} and {@code cause}. */
    static TaskResult failure(String error, String cause) {
        return new Failed(error, cause);
    }

    /** The outcome will come later (an HTTP call in flight); the execution waits for it without blocking a thread. */
    static TaskResult later(CompletionStage<TaskResult> outcome) {
        return new Later(outcome);
    }

    /**
     * For a {@code .waitForTaskToken} task: the service was called (it answered {@code output}) and the
     * task now waits for a callback with its token.
     */
    static TaskResult submitted(JsonNode output) {
        return new Submitted(output);
    }

    /** This handler does not handle the request; the next one may. */
    static TaskResult unhandled() {
        return Unhandled.INSTANCE;
    }

    record Succeeded(JsonNode output) implements TaskResult {
        public Succeeded {
            Objects.requireNonNull(output, "output");
        }
    }

    record Failed(String error, String cause) implements TaskResult {
    }

    record Later(CompletionStage<TaskResult> outcome) implements TaskResult {
        public Later {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    record Submitted(JsonNode output) implements TaskResult {
    }

    final class Unhandled implements TaskResult {
        static final Unhandled INSTANCE = new Unhandled();

        private Unhandled() {
        }
    }
}

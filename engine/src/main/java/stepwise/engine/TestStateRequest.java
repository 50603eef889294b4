package stepwise.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * A request to the TestState API: run one state on an input, optionally with a mocked result, and see
 * what each step of its data processing produced.
 *
 * @param definition  a state's definition, or a whole state machine together with {@code stateName}
 * @param stateName   the state to test when {@code definition} is a state machine, else null
 * @param input       the state's input
 * @param level       how much {@code inspectionData} to return
 * @param mock        the mocked result or error of a Task, Map or Parallel state, or null
 * @param context     the Context object ({@code $$}) to use instead of a generated one, or null
 * @param variables   the workflow variables in scope when the state starts
 * @param configuration the situation to test in: retry count, Map iteration failures...
 */
public record TestStateRequest(JsonNode definition, String stateName, JsonNode input, InspectionLevel level, Mock mock,
                               JsonNode context, Map<String, JsonNode> variables, Configuration configuration) {
    public TestStateRequest {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(level, "level");
        variables = variables == null ? Map.of() : Map.copyOf(variables);
        configuration = configuration == null ? Configuration.NONE : configuration;
    }

    /** How much of the state's data processing the response shows. */
    public enum InspectionLevel { INFO, DEBUG, TRACE }

    /** A mocked outcome: {@code result} (the value the service returns) or {@code error} and {@code cause}. */
    public record Mock(JsonNode result, String error, String cause) {
        public static Mock result(JsonNode result) {
            return new Mock(Objects.requireNonNull(result), null, null);
        }

        public static Mock error(String error, String cause) {
            return new Mock(null, error, cause);
        }

        public boolean isError() {
            return result == null;
        }
    }

    /**
     * The situation the state runs in: how many retries its retrier already made, how many Map
     * iterations failed, which state of a Map's processor the mocked error comes from, the items a
     * Map's ItemReader reads.
     */
    public record Configuration(Integer retrierRetryCount, Integer mapIterationFailureCount, String errorCausedByState,
                                JsonNode mapItemReaderData) {
        public static final Configuration NONE = new Configuration(null, null, null, null);
    }
}

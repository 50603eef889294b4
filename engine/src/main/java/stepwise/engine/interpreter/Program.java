package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A compiled definition: the root machine, its {@code TimeoutSeconds}, and variables to start with (the test-state API). */
public record Program(MachineProgram root, Long timeoutSeconds, Map<String, JsonNode> initialVariables) {
    public Program {
        initialVariables = Map.copyOf(initialVariables);
    }

    Program withVariables(Map<String, JsonNode> variables) {
        return new Program(root, timeoutSeconds, variables);
    }
}

package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import stepwise.engine.data.ResultPathWriter;
import stepwise.engine.jsonata.JsonataTemplate;

/**
 * One {@code Catch} entry: the errors it handles, the state it goes to, and how the error output becomes
 * the state's output ({@code ResultPath} in JSONPath, {@code Output} in JSONata) and variables ({@code Assign}).
 */
final class Catcher {
    final List<String> errorEquals;
    final String nextName;
    final ResultPathWriter resultPath;
    final JsonataTemplate output;
    final Assignment assign;
    final boolean jsonata;
    StateProgram next;

    Catcher(List<String> errorEquals, String nextName, ResultPathWriter resultPath, JsonataTemplate output, Assignment assign,
            boolean jsonata) {
        this.errorEquals = List.copyOf(errorEquals);
        this.nextName = nextName;
        this.resultPath = resultPath;
        this.output = output;
        this.assign = assign;
        this.jsonata = jsonata;
    }

    boolean matches(String error) {
        return ErrorMatcher.matches(errorEquals, error);
    }

    /** The state's output when this catcher handles {@code errorOutput}. */
    JsonNode output(Fiber f, JsonNode rawInput, JsonNode errorOutput) {
        if (jsonata) {
            return output == null ? errorOutput : output.evaluate(f);
        }
        return resultPath.apply(rawInput, errorOutput);
    }
}

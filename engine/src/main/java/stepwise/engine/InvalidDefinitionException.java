package stepwise.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A definition that cannot run, with one readable problem per place. No stack trace: it is an answer, not a bug. */
public final class InvalidDefinitionException extends Exception {
    /** One problem: where it is (a JSON Pointer, {@code /States/Pay/Next}) and what is wrong. */
    public record Problem(String pointer, String message) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
        }
    }

    private final List<Problem> problems;

    public InvalidDefinitionException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

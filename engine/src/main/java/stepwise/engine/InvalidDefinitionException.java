package stepwise.engine;

import java.util.ArrayList;
import stepwise.model.Diagnostic;

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
    private final List<Diagnostic> diagnostics;

    public InvalidDefinitionException(List<Problem> problems) {
        this(problems, List.of());
    }

    private InvalidDefinitionException(List<Problem> problems, List<Diagnostic> diagnostics) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), null, false, false);
        this.problems = List.copyOf(problems);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The validator's errors for a document that cannot run, each with its line, column and code. */
    public static InvalidDefinitionException of(List<Diagnostic> errors) {
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic d : errors) {
            problems.add(new Problem(d.pointer(), "line " + d.line() + ", column " + d.column() + ": " + d.message()));
        }
        return new InvalidDefinitionException(problems, errors);
    }

    /** The validator's diagnostics behind this exception (empty when the compiler found the problems). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Problem> problems() {
        return problems;
    }
}

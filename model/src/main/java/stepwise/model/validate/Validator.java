package stepwise.model.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;

/**
 * Checks a workflow against the Amazon States Language as AWS Step Functions accepts it, and
 * warns about designs known to fail in production. The answer is the document's own syntax
 * diagnostics first, then the validator's in document order, each with a stable code
 * ({@link ValidationCode}), a message naming the state, the JSON Pointer and span of the value it
 * concerns.
 *
 * <p>An instance keeps what it learnt about expressions between runs, so the editor keeps one per open
 * workflow; {@link #validate(AslDocument)} is the one-off form. Instances are safe to share between threads.
 *
 * <p>It never throws, whatever the input (partial parses, values of the wrong type anywhere), and is
 * cheap enough to run after every pause in typing. After a syntax error the parse is partial, so
 * only problems before the error are reported, leaving out those that the missing text may resolve
 * (an unknown target, a missing field...).
 */
public final class Validator {
    /** The longest JSONPath, reference path or intrinsic call Stepwise reads (a bound against runaway input). */
    public static final int MAX_PATH_LENGTH = 4096;

    private static final Logger LOG = Logger.getLogger(Validator.class.getName());

    /** The rule families, each independent of the others. */
    private final List<Rule> rules;

    /** Codes that a truncated document may raise only because the rest of it is missing. */
    private static final Set<ValidationCode> NEED_WHOLE_DOCUMENT = EnumSet.of(ValidationCode.MISSING_FIELD,
            ValidationCode.UNKNOWN_TARGET, ValidationCode.TRANSITION_OUT_OF_SCOPE, ValidationCode.UNREACHABLE_STATE,
            ValidationCode.NO_TERMINAL_STATE, ValidationCode.MISSING_TRANSITION, ValidationCode.UNASSIGNED_VARIABLE,
            ValidationCode.EXCLUSIVE_FIELDS);

    /** A validator for Standard workflows, the type AWS creates by default. */
    public Validator() {
        this(WorkflowType.STANDARD);
    }

    /** A validator for workflows created as {@code type} (which the definition itself does not say). */
    public Validator(WorkflowType type) {
        this.rules = List.of(new SchemaRules(), new StructureRules(), new PathRules(), new ChoiceRules(), new ErrorHandlingRules(),
                new MapParallelRules(), new TaskRules(type), new JsonataRules(new JsonataSyntaxCache()), new VariableRules(),
                new SeedWarnings());
    }

    /** Every diagnostic of {@code document}, with a validator used once. */
    public static List<Diagnostic> validate(AslDocument document) {
        return new Validator().check(document);
    }

    /** Every diagnostic of {@code document}: its syntax diagnostics, then the validator's. */
    public List<Diagnostic> check(AslDocument document) {
        List<Diagnostic> out = new ArrayList<>(document.syntaxDiagnostics());
        JsonObject root = document.rootObject();
        if (root == null) {
            return List.copyOf(out);
        }
        Findings findings = new Findings(document);
        WorkflowIndex workflow;
        try {
            workflow = WorkflowIndex.of(root);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "could not index the workflow for validation", e);
            return List.copyOf(out);
        }
        for (Rule rule : rules) {
            try {
                rule.check(workflow, findings);
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(Level.WARNING, "validation rule " + rule.getClass().getSimpleName() + " failed; its findings are incomplete", e);
            }
        }
        int syntaxError = firstSyntaxError(document);
        for (Diagnostic d : findings.sorted()) {
            if (syntaxError < 0 || d.span().end() <= syntaxError && !NEED_WHOLE_DOCUMENT.contains(ValidationCode.valueOf(d.code()))) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    /** True when {@code diagnostics} holds at least one error. */
    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    private static int firstSyntaxError(AslDocument document) {
        int first = -1;
        for (Diagnostic d : document.syntaxDiagnostics()) {
            if (d.code().equals(JsonParser.CODE) && (first < 0 || d.span().start() < first)) {
                first = d.span().start();
            }
        }
        return first;
    }
}

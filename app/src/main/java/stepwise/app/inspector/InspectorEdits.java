package stepwise.app.inspector;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.EditException;
import stepwise.model.edit.TextEdit;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.json.JsonPointer;
import stepwise.model.validate.ValidationCode;
import stepwise.model.validate.Validator;

/**
 * Carries out the inspector's edits: each user action is one command executed on the session, so it
 * is one undo step and shows in the JSON at once. Before it is written, a new value is checked by
 * the validator as part of the document it would make: when that finds a wrong value at the field
 * (a path that does not parse, a state that does not exist, a number out of range, JSON of the wrong
 * type...) nothing is written and the field shows the validator's message.
 */
final class InspectorEdits {
    private static final Logger LOG = Logger.getLogger(InspectorEdits.class.getName());

    /** The inspector's changes, so that it can tell them from the others when they come back. */
    static final WorkflowSession.Origin ORIGIN = new WorkflowSession.Origin() {
        @Override
        public String toString() {
            return "inspector";
        }
    };

    /** What the validator says about a value itself (not about other fields or other states). */
    private static final Set<String> WRONG_VALUE = Set.of(ValidationCode.WRONG_TYPE.name(), ValidationCode.INVALID_VALUE.name(),
            ValidationCode.INVALID_TIMESTAMP.name(), ValidationCode.UNKNOWN_TARGET.name(),
            ValidationCode.TRANSITION_OUT_OF_SCOPE.name(), ValidationCode.STATE_NAME_TOO_LONG.name(),
            ValidationCode.INVALID_PATH.name(), ValidationCode.INVALID_REFERENCE_PATH.name(),
            ValidationCode.INVALID_INTRINSIC.name(), ValidationCode.UNKNOWN_INTRINSIC.name(), ValidationCode.INTRINSIC_ARITY.name(),
            ValidationCode.INVALID_CHOICE_RULE.name(), ValidationCode.STATES_ALL_MISPLACED.name(),
            ValidationCode.INVALID_LABEL.name(), ValidationCode.JSONATA_SYNTAX.name(), ValidationCode.INVALID_VARIABLE_NAME.name(),
            ValidationCode.MISSING_FIELD.name(), ValidationCode.UNKNOWN_FIELD.name());

    private final Validator validator;
    private WorkflowSession session;
    private InspectedState current;

    InspectorEdits(Validator validator) {
        this.validator = validator;
    }

    void setSession(WorkflowSession session) {
        this.session = session;
    }

    WorkflowSession session() {
        return session;
    }

    /** The state being edited, in the latest parse; null when there is none. */
    InspectedState current() {
        return current;
    }

    void setCurrent(InspectedState state) {
        this.current = state;
    }

    JsonPointer absolute(JsonPointer relative) {
        return current.absolute(relative);
    }

    /**
     * Executes {@code command} as one undo step unless the value it writes is wrong at {@code checked}
     * (pointers relative to the state).
     * @return null when it was carried out (or had nothing to change), else why it was not
     */
    String run(EditCommand command, List<JsonPointer> checked) {
        if (session == null || current == null) {
            return "There is no state to change";
        }
        AslDocument document = session.parsedDocument();
        if (document == null) {
            // The JSON was typed in and not read yet: read it now; the form follows it before the value is tried again.
            session.document();
            return "The JSON changed while you were editing here; check the value and commit it again";
        }
        if (document.hasSyntaxErrors()) {
            return "The JSON has errors; fix them in the editor before changing fields here";
        }
        try {
            List<TextEdit> edits = command.edits(document);
            if (edits.isEmpty()) {
                return null;
            }
            AslDocument candidate = document.apply(edits);
            String problem = wrongValue(candidate, checked.stream().map(current::absolute).map(JsonPointer::toString).toList());
            if (problem != null) {
                return problem;
            }
            // The same step execute() would make, with the parse already made for the check.
            session.edit(edits, command.description(), ORIGIN, null);
            session.offerParse(session.version(), candidate);
            return null;
        } catch (EditException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the inspector could not carry out \"" + command.description() + "\"", e);
            return "Could not " + lowerFirst(command.description()) + " (see the log for details)";
        }
    }

    private String wrongValue(AslDocument candidate, List<String> pointers) {
        if (pointers.isEmpty()) {
            return null;
        }
        for (Diagnostic d : validator.check(candidate)) {
            if (d.isError() && WRONG_VALUE.contains(d.code()) && pointers.stream().anyMatch(p -> Paths.within(d.pointer(), p))) {
                return d.message();
            }
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

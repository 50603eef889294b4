package stepwise.model.validate;

import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Retry and Catch lists: {@code States.ALL} must stand alone in its {@code ErrorEquals} and be in
 * the last entry, since an entry after it could never match. (The fields of each entry are checked
 * by the field table.)
 */
final class ErrorHandlingRules implements Rule {
    static final String ALL = "States.ALL";

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        for (StateNode s : workflow.typedStates()) {
            if (s.type() == StateType.TASK || s.type() == StateType.MAP || s.type() == StateType.PARALLEL) {
                list(s, "Retry", findings);
                list(s, "Catch", findings);
            }
        }
    }

    private void list(StateNode s, String field, Findings findings) {
        if (!(s.value(field) instanceof JsonArray entries)) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof JsonObject entry) || !(entry.get("ErrorEquals") instanceof JsonArray errors)) {
                continue;
            }
            String ep = Place.child(Place.child(Place.child(s.pointer(), field), i), "ErrorEquals");
            for (int j = 0; j < errors.size(); j++) {
                JsonValue e = errors.get(j);
                if (!(e instanceof JsonString name) || !name.value().equals(ALL)) {
                    continue;
                }
                Member errorEquals = entry.member("ErrorEquals");
                if (errors.size() > 1) {
                    findings.report(ValidationCode.STATES_ALL_MISPLACED, Findings.at(Place.child(ep, j), e), field + " entry " + i
                            + " of " + s.describe() + " lists States.ALL with other errors; States.ALL must be the only error of its entry");
                } else if (i < entries.size() - 1) {
                    findings.report(ValidationCode.STATES_ALL_MISPLACED, Findings.valueOf(ep, errorEquals), field + " entry " + i
                            + " of " + s.describe() + " handles States.ALL but is not the last entry, so the entries after it "
                            + "can never match; move it last");
                }
            }
        }
    }
}

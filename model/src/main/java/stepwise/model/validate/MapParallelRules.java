package stepwise.model.validate;

import java.util.List;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.Member;

/**
 * What is particular to Map and Parallel states: the processor's mode (the reader, batcher and
 * result writer belong to Distributed Map, which also needs an ExecutionType), the Label of a
 * Distributed Map, and branches that are objects.
 */
final class MapParallelRules implements Rule {
    static final int MAX_LABEL_LENGTH = 40;
    private static final List<String> DISTRIBUTED_ONLY = List.of("ItemReader", "ItemBatcher", "ResultWriter");
    private static final String FORBIDDEN_IN_LABEL = " \"#%&*,/:;<>?[\\]^`{|}~$";

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        for (StateNode s : workflow.typedStates()) {
            if (s.type() == StateType.MAP) {
                map(s, findings);
            } else if (s.type() == StateType.PARALLEL && s.value("Branches") instanceof JsonArray branches) {
                for (int i = 0; i < branches.size(); i++) {
                    if (!(branches.get(i) instanceof JsonObject)) {
                        String bp = Place.child(s.pointer("Branches"), i);
                        findings.report(ValidationCode.WRONG_TYPE, Findings.at(bp, branches.get(i)), "Branch " + i + " of "
                                + s.describe() + " must be a state machine object with StartAt and States, not "
                                + Values.show(branches.get(i)));
                    }
                }
            }
        }
    }

    private void map(StateNode s, Findings findings) {
        JsonObject processor = s.value("ItemProcessor") instanceof JsonObject p ? p
                : s.value("Iterator") instanceof JsonObject it ? it : null;
        JsonObject config = processor == null ? null : processor.object("ProcessorConfig");
        String mode = config == null ? null : config.string("Mode");
        boolean distributed = "DISTRIBUTED".equals(mode);
        if (distributed && !config.has("ExecutionType")) {
            String key = s.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
            Member configMember = processor.member("ProcessorConfig");
            findings.report(ValidationCode.MISSING_FIELD, Findings.keyOf(Place.child(s.pointer(key), "ProcessorConfig"), configMember),
                    "The ProcessorConfig of Distributed " + s.describe() + " needs an ExecutionType: STANDARD or EXPRESS");
        }
        if (!distributed && processor != null) {
            for (String field : DISTRIBUTED_ONLY) {
                Member m = s.field(field);
                if (m != null) {
                    findings.report(ValidationCode.DISTRIBUTED_ONLY_FIELD, Findings.keyOf(s.pointer(field), m), field
                            + " belongs to Distributed Map, but " + s.describe() + " runs inline: set \"ProcessorConfig\": "
                            + "{\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"} in its ItemProcessor");
                }
            }
        }
        Member label = s.field("Label");
        if (label != null && label.value() instanceof JsonString text) {
            String problem = labelProblem(text.value());
            if (problem != null) {
                findings.report(ValidationCode.INVALID_LABEL, Findings.valueOf(s.pointer("Label"), label), "The Label of "
                        + s.describe() + " " + problem);
            }
        }
    }

    /** Null when {@code label} is a valid Distributed Map label, else what is wrong with it. */
    static String labelProblem(String label) {
        if (label.isEmpty()) {
            return "cannot be empty";
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            return "has " + label.length() + " characters; a label has at most " + MAX_LABEL_LENGTH;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
                return "contains the control character U+" + String.format("%04X", (int) c) + " at position " + (i + 1);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || FORBIDDEN_IN_LABEL.indexOf(c) >= 0) {
                return "contains '" + c + "' at position " + (i + 1) + "; a label cannot contain white space, brackets, "
                        + "wildcards or any of \" # % \\ ^ | ~ ` $ & , ; : /";
            }
        }
        return null;
    }
}

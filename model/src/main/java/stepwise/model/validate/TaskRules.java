package stepwise.model.validate;

import stepwise.model.asl.StateType;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonString;
import stepwise.model.json.Member;

/**
 * Task states: the Resource is an ARN ({@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}, such as
 * {@code arn:aws:states:::lambda:invoke}), and a heartbeat interval is shorter than the timeout.
 */
final class TaskRules implements Rule {
    private static final int ARN_PARTS = 6;

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        for (StateNode s : workflow.typedStates()) {
            if (s.type() != StateType.TASK) {
                continue;
            }
            Member resource = s.field("Resource");
            if (resource != null && resource.value() instanceof JsonString arn && !isArn(arn.value())
                    && !Values.hasSubstitution(arn.value())) {
                findings.report(ValidationCode.INVALID_RESOURCE, Findings.valueOf(s.pointer("Resource"), resource), "The Resource of "
                        + s.describe() + " does not look like an ARN (such as arn:aws:states:::lambda:invoke or "
                        + "arn:aws:lambda:us-east-1:123456789012:function:name): " + Values.show(arn));
            }
            if (s.value("HeartbeatSeconds") instanceof JsonNumber heartbeat && s.value("TimeoutSeconds") instanceof JsonNumber timeout
                    && heartbeat.longValue() != null && timeout.longValue() != null && heartbeat.longValue() >= timeout.longValue()) {
                Member m = s.field("HeartbeatSeconds");
                findings.report(ValidationCode.INVALID_VALUE, Findings.valueOf(s.pointer("HeartbeatSeconds"), m), "HeartbeatSeconds of "
                        + s.describe() + " (" + heartbeat.text() + ") must be smaller than its TimeoutSeconds (" + timeout.text() + ")");
            }
        }
    }

    static boolean isArn(String s) {
        if (!s.startsWith("arn:")) {
            return false;
        }
        String[] parts = s.split(":", -1);
        return parts.length >= ARN_PARTS && !parts[1].isEmpty() && !parts[2].isEmpty() && !parts[ARN_PARTS - 1].isEmpty();
    }
}

package stepwise.model.validate;

import stepwise.model.asl.IntegrationPattern;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.Member;

/**
 * Task states: the Resource is an ARN ({@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}, such as
 * {@code arn:aws:states:::lambda:invoke}), a heartbeat interval is shorter than the timeout, and what
 * runs as an Express workflow (the whole workflow when it is one, or the items of a Distributed Map whose
 * ExecutionType is EXPRESS) neither waits for a job ({@code .sync}) or a task token nor calls an activity.
 */
final class TaskRules implements Rule {
    private static final int ARN_PARTS = 6;
    private final WorkflowType type;

    TaskRules(WorkflowType type) {
        this.type = type;
    }

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
            if (resource != null && resource.value() instanceof JsonString arn) {
                String pattern = notInExpress(arn.value());
                String express = pattern == null ? null : expressBecause(s);
                if (express != null) {
                    findings.report(ValidationCode.NOT_IN_EXPRESS, Findings.valueOf(s.pointer("Resource"), resource), s.describe()
                            + " " + pattern + ", which Express workflows do not support (" + express + ")");
                }
            }
            if (s.value("HeartbeatSeconds") instanceof JsonNumber heartbeat && s.value("TimeoutSeconds") instanceof JsonNumber timeout
                    && heartbeat.longValue() != null && timeout.longValue() != null && heartbeat.longValue() >= timeout.longValue()) {
                Member m = s.field("HeartbeatSeconds");
                findings.report(ValidationCode.INVALID_VALUE, Findings.valueOf(s.pointer("HeartbeatSeconds"), m), "HeartbeatSeconds of "
                        + s.describe() + " (" + heartbeat.text() + ") must be smaller than its TimeoutSeconds (" + timeout.text() + ")");
            }
        }
    }

    /** What about {@code resource} Express workflows refuse ("waits for a task token"), or null. */
    static String notInExpress(String resource) {
        String waits = switch (IntegrationPattern.of(resource)) {
            case WAIT_FOR_TASK_TOKEN -> "waits for a task token (.waitForTaskToken)";
            case RUN_JOB -> "waits for its job to finish (.sync)";
            case REQUEST_RESPONSE -> null;
        };
        if (waits != null) {
            return waits;
        }
        String[] parts = resource.split(":", -1);
        if (parts.length >= 7 && parts[0].equals("arn") && parts[2].equals("states") && parts[5].equals("activity")) {
            return "calls an activity";
        }
        return null;
    }

    /** Why {@code s} runs as an Express workflow ("the workflow is Express"), or null when it does not. */
    private String expressBecause(StateNode s) {
        for (MachineScope scope = s.scope(); scope != null && scope.owner() != null; scope = scope.owner().scope()) {
            if (scope.kind() == MachineScope.Kind.ITEM_PROCESSOR && scope.raw() != null
                    && scope.raw().get("ProcessorConfig") instanceof JsonObject config
                    && "DISTRIBUTED".equals(config.string("Mode")) && "EXPRESS".equals(config.string("ExecutionType"))) {
                return "the items of Distributed Map '" + scope.owner().name() + "' run as Express child workflows";
            }
        }
        return type == WorkflowType.EXPRESS ? "the workflow is Express" : null;
    }

    static boolean isArn(String s) {
        if (!s.startsWith("arn:")) {
            return false;
        }
        String[] parts = s.split(":", -1);
        return parts.length >= ARN_PARTS && !parts[1].isEmpty() && !parts[2].isEmpty() && !parts[ARN_PARTS - 1].isEmpty();
    }
}

package stepwise.model.validate;

import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;

class TaskRulesTest {
    private static String task(String resource, String extra) {
        return workflow("T", "\"T\": {\"Type\": \"Task\", \"Resource\": \"" + resource + "\"" + extra + ", \"End\": true}");
    }

    @Test
    void service_lambda_activity_and_substituted_resources_are_accepted() {
        for (String arn : new String[] {"arn:aws:states:::lambda:invoke", "arn:aws:lambda:us-east-1:123456789012:function:f",
            "arn:aws:states:eu-west-1:123456789012:activity:a", "arn:aws-cn:states:::sqs:sendMessage", "${ChargeFunctionArn}"}) {
            assertClean(task(arn, ""), ValidationCode.INVALID_RESOURCE);
        }
    }

    @Test
    void resource_that_is_not_an_arn_is_a_warning_at_its_value() {
        assertReports(task("charge-card", ""), ValidationCode.INVALID_RESOURCE, "\"charge-card\"");
    }

    @Test
    void heartbeat_not_below_timeout_is_an_invalid_value() {
        assertReports(task("arn:aws:states:::lambda:invoke", ", \"TimeoutSeconds\": 10, \"HeartbeatSeconds\": 10"),
                ValidationCode.INVALID_VALUE, "10, \"End\"");
    }

    @Test
    void heartbeat_below_timeout_is_accepted() {
        assertClean(task("arn:aws:states:::lambda:invoke", ", \"TimeoutSeconds\": 10, \"HeartbeatSeconds\": 5"),
                ValidationCode.INVALID_VALUE);
    }

    private static String distributedMap(String executionType, String resource) {
        return workflow("Fan", "\"Fan\": {\"Type\": \"Map\", \"MaxConcurrency\": 5, \"ItemProcessor\": {\"ProcessorConfig\": "
                + "{\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"" + executionType + "\"}, \"StartAt\": \"Job\", \"States\": {"
                + "\"Job\": {\"Type\": \"Task\", \"Resource\": \"" + resource + "\", \"TimeoutSeconds\": 60, \"End\": true}}}, \"End\": true}");
    }

    @Test
    void a_sync_job_in_the_items_of_an_express_distributed_map_is_refused_at_its_resource() {
        Diagnostic d = assertReports(distributedMap("EXPRESS", "arn:aws:states:::ecs:runTask.sync"), ValidationCode.NOT_IN_EXPRESS,
                "\"arn:aws:states:::ecs:runTask.sync\"");
        assertTrue(d.message().contains("Distributed Map 'Fan'"), d.message());
    }

    @Test
    void a_task_token_or_an_activity_in_express_items_is_refused_too() {
        assertReports(distributedMap("EXPRESS", "arn:aws:states:::sqs:sendMessage.waitForTaskToken"), ValidationCode.NOT_IN_EXPRESS,
                "\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\"");
        assertReports(distributedMap("EXPRESS", "arn:aws:states:us-east-1:123456789012:activity:review"), ValidationCode.NOT_IN_EXPRESS,
                "\"arn:aws:states:us-east-1:123456789012:activity:review\"");
        assertReports(distributedMap("EXPRESS", "arn:aws:states:::states:startExecution.sync:2"), ValidationCode.NOT_IN_EXPRESS,
                "\"arn:aws:states:::states:startExecution.sync:2\"");
    }

    @Test
    void standard_items_may_wait_for_their_jobs() {
        assertClean(distributedMap("STANDARD", "arn:aws:states:::ecs:runTask.sync"), ValidationCode.NOT_IN_EXPRESS);
    }

    @Test
    void a_whole_workflow_is_checked_as_express_when_it_is_created_as_one() {
        String json = task("arn:aws:states:::states:startExecution.sync", "");
        assertClean(json, ValidationCode.NOT_IN_EXPRESS);
        List<Diagnostic> express = new Validator(WorkflowType.EXPRESS).check(AslDocument.of(json));
        Diagnostic d = express.stream().filter(x -> x.code().equals("NOT_IN_EXPRESS")).findFirst().orElseThrow();
        assertTrue(d.message().contains("the workflow is Express"), d.message());
        assertTrue(new Validator(WorkflowType.EXPRESS).check(AslDocument.of(task("arn:aws:states:::lambda:invoke", ""))).stream()
                .noneMatch(x -> x.code().equals("NOT_IN_EXPRESS")), "a plain request-response call is fine");
    }
}

package stepwise.model.validate;

import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;

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
}

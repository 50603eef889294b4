package stepwise.model.validate;

import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;

class SeedWarningsTest {
    private static String map(String concurrency) {
        return workflow("M", "\"M\": {\"Type\": \"Map\", " + concurrency + "\"End\": true, \"ItemProcessor\": "
                + "{\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Succeed\"}}}}");
    }

    private static String task(String resource, String fields) {
        return workflow("T", "\"T\": {\"Type\": \"Task\", \"Resource\": \"" + resource + "\", " + fields + "\"End\": true}");
    }

    @Test
    void map_with_max_concurrency_is_accepted() {
        assertClean(map("\"MaxConcurrency\": 10, "), ValidationCode.MAP_UNBOUNDED_CONCURRENCY);
        assertClean(map("\"MaxConcurrencyPath\": \"$.limit\", "), ValidationCode.MAP_UNBOUNDED_CONCURRENCY);
    }

    @Test
    void map_without_max_concurrency_is_warned_at_its_name() {
        assertReports(map(""), ValidationCode.MAP_UNBOUNDED_CONCURRENCY, "\"M\": {");
    }

    @Test
    void map_with_max_concurrency_zero_is_warned_at_the_value() {
        assertReports(map("\"MaxConcurrency\": 0, "), ValidationCode.MAP_UNBOUNDED_CONCURRENCY, "0, ");
    }

    @Test
    void callback_task_with_a_timeout_or_heartbeat_is_accepted() {
        assertClean(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken", "\"HeartbeatSeconds\": 600, "),
                ValidationCode.CALLBACK_WITHOUT_TIMEOUT);
        assertClean(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken", "\"TimeoutSeconds\": 3600, "),
                ValidationCode.CALLBACK_WITHOUT_TIMEOUT);
    }

    @Test
    void callback_task_without_timeout_is_warned_at_the_resource() {
        assertReports(task("arn:aws:states:::lambda:invoke.waitForTaskToken", ""), ValidationCode.CALLBACK_WITHOUT_TIMEOUT,
                "\"arn:aws:states:::lambda:invoke.waitForTaskToken\"");
    }

    @Test
    void retry_with_jitter_or_without_backoff_is_accepted() {
        assertClean(task("arn:aws:states:::lambda:invoke", "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"JitterStrategy\": \"FULL\"}], "),
                ValidationCode.RETRY_WITHOUT_JITTER);
        assertClean(task("arn:aws:states:::lambda:invoke", "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"BackoffRate\": 1}], "),
                ValidationCode.RETRY_WITHOUT_JITTER);
        assertClean(task("arn:aws:states:::lambda:invoke", "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 1}], "),
                ValidationCode.RETRY_WITHOUT_JITTER);
    }

    @Test
    void retry_backing_off_without_jitter_is_warned_at_backoff_rate() {
        assertReports(task("arn:aws:states:::lambda:invoke", "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"BackoffRate\": 2.0}], "),
                ValidationCode.RETRY_WITHOUT_JITTER, "\"BackoffRate\"");
    }

    @Test
    void retry_with_default_backoff_and_no_jitter_is_warned_at_the_entry() {
        assertReports(task("arn:aws:states:::lambda:invoke", "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}], "),
                ValidationCode.RETRY_WITHOUT_JITTER, "{\"ErrorEquals\"");
    }
}

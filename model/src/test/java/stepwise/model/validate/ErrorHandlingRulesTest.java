package stepwise.model.validate;

import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;

class ErrorHandlingRulesTest {
    private static String task(String retry, String catches) {
        return workflow("T", "\"T\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true,"
                + " \"Retry\": [" + retry + "], \"Catch\": [" + catches + "]},\n\"F\": {\"Type\": \"Fail\"}");
    }

    private static final String TIMEOUT = "{\"ErrorEquals\": [\"States.Timeout\"], \"JitterStrategy\": \"FULL\"}";
    private static final String ALL = "{\"ErrorEquals\": [\"States.ALL\"], \"JitterStrategy\": \"FULL\"}";
    private static final String CATCH_ALL = "{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\"}";
    private static final String CATCH_TIMEOUT = "{\"ErrorEquals\": [\"States.Timeout\"], \"Next\": \"F\"}";

    @Test
    void states_all_alone_in_the_last_entry_is_accepted() {
        assertClean(task(TIMEOUT + ", " + ALL, CATCH_TIMEOUT + ", " + CATCH_ALL), ValidationCode.STATES_ALL_MISPLACED);
    }

    @Test
    void states_all_before_another_retry_is_misplaced() {
        String json = task(ALL + ", " + TIMEOUT, "");
        assertReports(json, ValidationCode.STATES_ALL_MISPLACED, "[\"States.ALL\"], \"Jitter");
    }

    @Test
    void states_all_before_another_catch_is_misplaced() {
        String json = task("", CATCH_ALL + ", " + CATCH_TIMEOUT);
        assertReports(json, ValidationCode.STATES_ALL_MISPLACED, "[\"States.ALL\"], \"Next");
    }

    @Test
    void states_all_with_other_errors_is_misplaced_at_the_name() {
        String json = task("", "{\"ErrorEquals\": [\"Custom\", \"States.ALL\"], \"Next\": \"F\"}");
        assertReports(json, ValidationCode.STATES_ALL_MISPLACED, "\"States.ALL\"]");
    }
}

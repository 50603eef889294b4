package stepwise.canvas.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;

class StateCaptionTest {
    private static String subtitle(String stateJson) {
        State s = AslDocument.of("{\"StartAt\": \"S\", \"States\": {\"S\": " + stateJson + "}}").machine().state("S");
        return StateCaption.of(s).subtitle();
    }

    @Test
    void a_lambda_arn_shows_its_function() {
        assertEquals("Lambda \u00b7 validate-order",
                subtitle("{\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:1:function:validate-order\", \"End\": true}"));
    }

    @Test
    void lambda_invoke_shows_the_function_named_in_its_parameters() {
        assertEquals("Lambda \u00b7 charge", subtitle("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", "
                + "\"Parameters\": {\"FunctionName\": \"arn:aws:lambda:eu-west-1:1:function:charge:$LATEST\"}, \"End\": true}"));
    }

    @Test
    void service_integrations_show_service_and_action_in_plain_words() {
        assertEquals("SNS \u00b7 publish", subtitle("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sns:publish\", \"End\": true}"));
        assertEquals("ECS \u00b7 runTask \u00b7 waits",
                subtitle("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::ecs:runTask.sync\", \"End\": true}"));
        assertEquals("SQS \u00b7 sendMessage \u00b7 callback",
                subtitle("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sqs:sendMessage.waitForTaskToken\", \"End\": true}"));
        assertEquals("S3 \u00b7 getObject", subtitle("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::aws-sdk:s3:getObject\", \"End\": true}"));
        assertEquals("Activity \u00b7 approve",
                subtitle("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:us-east-1:1:activity:approve\", \"End\": true}"));
    }

    @Test
    void waits_say_how_long_or_until_when() {
        assertEquals("Wait \u00b7 86400 s", subtitle("{\"Type\": \"Wait\", \"Seconds\": 86400, \"End\": true}"));
        assertEquals("Wait \u00b7 $.delay s", subtitle("{\"Type\": \"Wait\", \"SecondsPath\": \"$.delay\", \"End\": true}"));
        assertEquals("Wait \u00b7 until 2030-01-01T00:00:00Z", subtitle("{\"Type\": \"Wait\", \"Timestamp\": \"2030-01-01T00:00:00Z\", \"End\": true}"));
    }

    @Test
    void maps_parallels_choices_and_fails_say_what_they_hold() {
        assertEquals("Map \u00b7 max 5", subtitle("{\"Type\": \"Map\", \"MaxConcurrency\": 5, \"ItemProcessor\": "
                + "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}"));
        assertEquals("Map \u00b7 distributed \u00b7 max 1000", subtitle("{\"Type\": \"Map\", \"MaxConcurrency\": 1000, \"ItemProcessor\": "
                + "{\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"}, \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}"));
        assertEquals("Parallel \u00b7 1 branch", subtitle("{\"Type\": \"Parallel\", \"Branches\": "
                + "[{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}], \"End\": true}"));
        assertEquals("Choice \u00b7 2 rules", subtitle("{\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.a\", \"IsNull\": true, \"Next\": \"S\"}, "
                + "{\"Variable\": \"$.b\", \"IsNull\": true, \"Next\": \"S\"}]}"));
        assertEquals("Fail \u00b7 OrderRejected", subtitle("{\"Type\": \"Fail\", \"Error\": \"OrderRejected\"}"));
        assertEquals("Pass", subtitle("{\"Type\": \"Pass\", \"End\": true}"));
    }
}

package stepwise.model.asl;

import java.util.List;

/**
 * A Task {@code Resource} that calls an AWS service, with one line of documentation. The list holds
 * the integrations people use most; any {@code arn:aws:states:::aws-sdk:service:action} is valid too.
 */
public record ServiceIntegration(String resource, String doc) {

    public static final List<ServiceIntegration> COMMON = List.of(
            new ServiceIntegration("arn:aws:states:::lambda:invoke", "Invokes a Lambda function (FunctionName and Payload)."),
            new ServiceIntegration("arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Invokes a Lambda function and waits until SendTaskSuccess or SendTaskFailure returns the task token."),
            new ServiceIntegration("arn:aws:states:::dynamodb:getItem", "Reads an item from a DynamoDB table."),
            new ServiceIntegration("arn:aws:states:::dynamodb:putItem", "Writes an item to a DynamoDB table."),
            new ServiceIntegration("arn:aws:states:::dynamodb:updateItem", "Updates an item of a DynamoDB table."),
            new ServiceIntegration("arn:aws:states:::dynamodb:deleteItem", "Deletes an item from a DynamoDB table."),
            new ServiceIntegration("arn:aws:states:::sns:publish", "Publishes a message to an SNS topic."),
            new ServiceIntegration("arn:aws:states:::sqs:sendMessage", "Sends a message to an SQS queue."),
            new ServiceIntegration("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    "Sends a message to an SQS queue and waits for the task token to come back."),
            new ServiceIntegration("arn:aws:states:::events:putEvents", "Sends events to an EventBridge event bus."),
            new ServiceIntegration("arn:aws:states:::states:startExecution", "Starts another state machine and goes on at once."),
            new ServiceIntegration("arn:aws:states:::states:startExecution.sync:2",
                    "Starts another state machine and waits for it to finish (output as JSON)."),
            new ServiceIntegration("arn:aws:states:::ecs:runTask.sync", "Runs an ECS task and waits for it to stop."),
            new ServiceIntegration("arn:aws:states:::batch:submitJob.sync", "Submits an AWS Batch job and waits for it to finish."),
            new ServiceIntegration("arn:aws:states:::glue:startJobRun.sync", "Runs a Glue job and waits for it to finish."),
            new ServiceIntegration("arn:aws:states:::athena:startQueryExecution.sync", "Runs an Athena query and waits for it."),
            new ServiceIntegration("arn:aws:states:::apigateway:invoke", "Calls an API Gateway endpoint."),
            new ServiceIntegration("arn:aws:states:::http:invoke", "Calls an HTTPS API through an EventBridge connection."),
            new ServiceIntegration("arn:aws:states:::bedrock:invokeModel", "Invokes a Bedrock model."),
            new ServiceIntegration("arn:aws:states:::s3:getObject", "Reads the items of a Map from an S3 object (ItemReader)."),
            new ServiceIntegration("arn:aws:states:::s3:listObjectsV2", "Lists S3 objects as the items of a Map (ItemReader)."),
            new ServiceIntegration("arn:aws:states:::s3:putObject", "Writes the results of a Map to S3 (ResultWriter)."),
            new ServiceIntegration("arn:aws:states:::aws-sdk:s3:getObject", "Calls any AWS API: here S3 GetObject (aws-sdk:service:action)."),
            new ServiceIntegration("arn:aws:lambda:REGION:ACCOUNT:function:NAME", "A Lambda function by its ARN (the older form)."),
            new ServiceIntegration("arn:aws:states:REGION:ACCOUNT:activity:NAME", "An activity: a worker polls for the task."));
}

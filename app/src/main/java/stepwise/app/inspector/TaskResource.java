package stepwise.app.inspector;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Task's {@code Resource} calls, read from its ARN: an optimized or SDK service integration
 * with its integration pattern, a Lambda function, an activity, or something else (a template
 * placeholder). Pure; the inspector shows it and switches the pattern with it.
 */
record TaskResource(String arn, Kind kind, String service, String action, Integration pattern) {

    enum Kind { INTEGRATION, LAMBDA_FUNCTION, ACTIVITY, OTHER }

    /** How Step Functions waits for a service integration. */
    enum Integration {
        /** Call the service and go on with its response. */
        REQUEST_RESPONSE(""),
        /** Run a job and wait for it to complete ({@code .sync}). */
        RUN_JOB(".sync"),
        /** Wait until a callback with the task token arrives ({@code .waitForTaskToken}). */
        CALLBACK(".waitForTaskToken");

        private final String suffix;

        Integration(String suffix) {
            this.suffix = suffix;
        }

        String suffix() {
            return suffix;
        }
    }

    private static final Pattern INTEGRATION_ARN = Pattern.compile("arn:[a-z0-9-]+:states:::([a-z0-9-]+):(.+)");
    private static final Pattern SUFFIX = Pattern.compile("(\\.sync(?::\\d+)?|\\.waitForTaskToken)$");
    private static final Pattern LAMBDA_ARN = Pattern.compile("arn:[a-z0-9-]+:lambda:[^:]*:[^:]*:function:([^:]+)(?::.*)?");
    private static final Pattern ACTIVITY_ARN = Pattern.compile("arn:[a-z0-9-]+:states:[^:]+:[^:]*:activity:(.+)");
    private static final Map<String, String> SERVICES = Map.ofEntries(Map.entry("lambda", "Lambda"), Map.entry("sns", "SNS"),
            Map.entry("sqs", "SQS"), Map.entry("dynamodb", "DynamoDB"), Map.entry("states", "Step Functions"),
            Map.entry("ecs", "ECS"), Map.entry("eks", "EKS"), Map.entry("glue", "Glue"), Map.entry("batch", "Batch"),
            Map.entry("events", "EventBridge"), Map.entry("http", "HTTP"), Map.entry("bedrock", "Bedrock"),
            Map.entry("aws-sdk", "AWS SDK"), Map.entry("sagemaker", "SageMaker"), Map.entry("athena", "Athena"),
            Map.entry("elasticmapreduce", "EMR"), Map.entry("codebuild", "CodeBuild"), Map.entry("apigateway", "API Gateway"),
            Map.entry("s3", "S3"), Map.entry("mediaconvert", "MediaConvert"));

    static TaskResource parse(String arn) {
        if (arn == null) {
            return new TaskResource("", Kind.OTHER, null, null, null);
        }
        Matcher m = INTEGRATION_ARN.matcher(arn);
        if (m.matches()) {
            String rest = m.group(2);
            Matcher s = SUFFIX.matcher(rest);
            Integration pattern = Integration.REQUEST_RESPONSE;
            if (s.find()) {
                pattern = s.group(1).startsWith(".sync") ? Integration.RUN_JOB : Integration.CALLBACK;
                rest = rest.substring(0, s.start());
            }
            return new TaskResource(arn, Kind.INTEGRATION, m.group(1), rest, pattern);
        }
        m = LAMBDA_ARN.matcher(arn);
        if (m.matches()) {
            return new TaskResource(arn, Kind.LAMBDA_FUNCTION, "lambda", m.group(1), null);
        }
        m = ACTIVITY_ARN.matcher(arn);
        if (m.matches()) {
            return new TaskResource(arn, Kind.ACTIVITY, null, m.group(1), null);
        }
        return new TaskResource(arn, Kind.OTHER, null, null, null);
    }

    /** The ARN with the integration pattern {@code p} (a {@code .sync:2} stays as it is when asked for {@code .sync}). */
    String withPattern(Integration p) {
        if (kind != Kind.INTEGRATION) {
            return arn;
        }
        if (p == pattern) {
            return arn;
        }
        Matcher s = SUFFIX.matcher(arn);
        String base = s.find() ? arn.substring(0, s.start()) : arn;
        return base + p.suffix();
    }

    /** The call in a few words: {@code Lambda · invoke}, {@code Lambda function · pay}, {@code Activity · approve}. */
    String summary() {
        return switch (kind) {
            case INTEGRATION -> SERVICES.getOrDefault(service, service) + " \u00b7 " + action + pattern.suffix();
            case LAMBDA_FUNCTION -> "Lambda function \u00b7 " + action;
            case ACTIVITY -> "Activity \u00b7 " + action;
            case OTHER -> arn.isEmpty() ? "No resource" : arn;
        };
    }
}

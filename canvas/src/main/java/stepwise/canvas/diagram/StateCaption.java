package stepwise.canvas.diagram;

import java.util.Locale;
import java.util.Map;
import stepwise.model.asl.ChoiceState;
import stepwise.model.asl.FailState;
import stepwise.model.asl.MapState;
import stepwise.model.asl.ParallelState;
import stepwise.model.asl.State;
import stepwise.model.asl.TaskState;
import stepwise.model.asl.WaitState;
import stepwise.model.json.JsonNumber;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;

/**
 * The two lines written on a state: its name, and what it does in plain words ({@code Lambda ·
 * validate-order}, {@code SNS · publish}, {@code Wait · 86400 s}, {@code Map · max 5}).
 */
public record StateCaption(String title, String subtitle) {
    private static final String DOT = " \u00b7 ";

    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("lambda", "Lambda"), Map.entry("sns", "SNS"), Map.entry("sqs", "SQS"), Map.entry("dynamodb", "DynamoDB"),
            Map.entry("ecs", "ECS"), Map.entry("eks", "EKS"), Map.entry("glue", "Glue"), Map.entry("batch", "Batch"),
            Map.entry("states", "Step Functions"), Map.entry("events", "EventBridge"), Map.entry("s3", "S3"),
            Map.entry("sagemaker", "SageMaker"), Map.entry("athena", "Athena"), Map.entry("codebuild", "CodeBuild"),
            Map.entry("bedrock", "Bedrock"), Map.entry("apigateway", "API Gateway"), Map.entry("http", "HTTP"),
            Map.entry("elasticmapreduce", "EMR"), Map.entry("emr-serverless", "EMR Serverless"), Map.entry("databrew", "DataBrew"),
            Map.entry("mediaconvert", "MediaConvert"), Map.entry("comprehend", "Comprehend"), Map.entry("textract", "Textract"),
            Map.entry("secretsmanager", "Secrets Manager"), Map.entry("ssm", "Systems Manager"), Map.entry("ses", "SES"),
            Map.entry("sesv2", "SES"), Map.entry("kinesis", "Kinesis"), Map.entry("firehose", "Firehose"), Map.entry("ec2", "EC2"),
            Map.entry("rds", "RDS"), Map.entry("redshiftdata", "Redshift Data"), Map.entry("stepfunctions", "Step Functions"),
            Map.entry("sfn", "Step Functions"), Map.entry("eventbridge", "EventBridge"), Map.entry("cloudwatch", "CloudWatch"));

    public static StateCaption of(State state) {
        return new StateCaption(state.name(), subtitle(state));
    }

    static String subtitle(State state) {
        if (state instanceof TaskState t) {
            return task(t);
        }
        if (state instanceof WaitState w) {
            return "Wait" + DOT + waitFor(w.raw());
        }
        if (state instanceof MapState m) {
            return map(m);
        }
        if (state instanceof ParallelState p) {
            int n = p.branches().size();
            return "Parallel" + DOT + n + (n == 1 ? " branch" : " branches");
        }
        if (state instanceof ChoiceState c) {
            int n = c.choices().size();
            return "Choice" + DOT + n + (n == 1 ? " rule" : " rules");
        }
        if (state instanceof FailState f) {
            String error = f.raw().string("Error");
            return error == null ? "Fail" : "Fail" + DOT + error;
        }
        return state.type().aslName();
    }

    private static String task(TaskState t) {
        String resource = t.resource();
        if (resource == null) {
            JsonValue r = t.field("Resource");
            return r == null ? "Task" + DOT + "no resource" : "Task";
        }
        String[] parts = resource.split(":", -1);
        if (parts.length >= 6 && parts[2].equals("lambda") && parts[5].equals("function") && parts.length >= 7) {
            return "Lambda" + DOT + parts[6];
        }
        if (parts.length >= 7 && parts[2].equals("states") && parts[5].equals("activity")) {
            return "Activity" + DOT + parts[6];
        }
        if (parts.length >= 7 && parts[2].equals("states") && parts[3].isEmpty() && parts[4].isEmpty()) {
            // arn:aws:states:::service:action[.sync|.waitForTaskToken], or :::aws-sdk:service:action
            int at = 5;
            if (parts[at].equals("aws-sdk") && parts.length >= 8) {
                at++;
            }
            String service = parts[at];
            String action = String.join(":", java.util.Arrays.copyOfRange(parts, at + 1, parts.length));
            String pattern = "";
            if (action.endsWith(".sync") || action.contains(".sync:")) {
                pattern = DOT + "waits";
                action = action.substring(0, action.indexOf(".sync"));
            } else if (action.endsWith(".waitForTaskToken")) {
                pattern = DOT + "callback";
                action = action.substring(0, action.length() - ".waitForTaskToken".length());
            }
            String name = SERVICES.getOrDefault(service.toLowerCase(Locale.ROOT), service);
            if (service.equals("lambda") && action.equals("invoke")) {
                String function = functionName(t.raw());
                if (function != null) {
                    return "Lambda" + DOT + function + pattern;
                }
            }
            return name + DOT + action + pattern;
        }
        return "Task" + DOT + resource;
    }

    /** The Lambda function named in Parameters or Arguments, shortened from its ARN; null for a path or expression. */
    private static String functionName(JsonObject raw) {
        for (String field : new String[] {"Parameters", "Arguments"}) {
            JsonObject args = raw.object(field);
            if (args != null) {
                String f = args.string("FunctionName");
                if (f != null && !f.startsWith("{%")) {
                    String[] p = f.split(":");
                    if (p.length >= 7 && p[5].equals("function")) {
                        return p[6];
                    }
                    return p[0];
                }
            }
        }
        return null;
    }

    private static String waitFor(JsonObject raw) {
        JsonValue seconds = raw.get("Seconds");
        if (seconds instanceof JsonNumber n) {
            return n.text() + " s";
        }
        if (seconds instanceof JsonString s) {
            return s.value();
        }
        if (raw.string("SecondsPath") != null) {
            return raw.string("SecondsPath") + " s";
        }
        if (raw.string("Timestamp") != null) {
            return "until " + raw.string("Timestamp");
        }
        if (raw.string("TimestampPath") != null) {
            return "until " + raw.string("TimestampPath");
        }
        return "no time";
    }

    private static String map(MapState m) {
        StringBuilder sb = new StringBuilder("Map");
        if ("DISTRIBUTED".equals(m.mode())) {
            sb.append(DOT).append("distributed");
        }
        JsonValue max = m.field("MaxConcurrency");
        if (max instanceof JsonNumber n) {
            sb.append(DOT).append(n.text().equals("0") ? "no limit" : "max " + n.text());
        } else if (m.raw().string("MaxConcurrencyPath") != null) {
            sb.append(DOT).append("max ").append(m.raw().string("MaxConcurrencyPath"));
        } else if (max instanceof JsonString s) {
            sb.append(DOT).append("max ").append(s.value());
        }
        return sb.toString();
    }
}

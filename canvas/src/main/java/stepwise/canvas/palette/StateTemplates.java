package stepwise.canvas.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;
import stepwise.model.json.Json;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * What the palette offers: the eight state types, then Task presets for the integrations people use
 * most. Each writes a state that is valid as it stands (placeholders are well-formed ARNs and names the
 * user replaces in the inspector), in JSONPath or JSONata as the workflow is written.
 */
public final class StateTemplates {
    private static final String ACCOUNT = "arn:aws:%s:us-east-1:123456789012:%s";
    private static final String LAMBDA_RETRY = "[{\"ErrorEquals\": [\"Lambda.ServiceException\", \"Lambda.AWSLambdaException\", "
            + "\"Lambda.SdkClientException\", \"Lambda.TooManyRequestsException\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 3, \"BackoffRate\": 2}]";

    public static final List<StateTemplate> ALL = List.of(
            type(StateType.PASS, "Passes its input on, optionally shaped or with fixed data", "Pass",
                    List.of("nothing", "placeholder", "result", "data"),
                    c -> obj("{\"Type\": \"Pass\"}")),
            type(StateType.TASK, "Does one unit of work: calls a Lambda function or an AWS service", "Task",
                    List.of("work", "lambda", "service", "call", "resource"),
                    c -> c.jsonata()
                            ? obj("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Arguments\": {\"FunctionName\": "
                                    + quoted(arn("lambda", "function:my-function")) + ", \"Payload\": \"{% $states.input %}\"}}")
                            : obj("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": {\"FunctionName\": "
                                    + quoted(arn("lambda", "function:my-function")) + ", \"Payload.$\": \"$\"}}")),
            type(StateType.CHOICE, "Goes one way or another by rules on the data", "Choice",
                    List.of("if", "branch", "condition", "decide", "rule", "switch"),
                    StateTemplates::choice),
            type(StateType.PARALLEL, "Runs branches side by side and waits for all of them", "Parallel",
                    List.of("branches", "concurrent", "fork", "join", "together"),
                    c -> Json.object("Type", Json.string("Parallel"), "Branches", Json.array(
                            branch(c.name("First branch")), branch(c.name("Second branch"))))),
            type(StateType.MAP, "Runs the same steps for every item of an array", "Map",
                    List.of("loop", "each", "items", "iterate", "for", "array"),
                    StateTemplates::map),
            type(StateType.WAIT, "Waits for some seconds or until a time", "Wait",
                    List.of("delay", "sleep", "pause", "timer", "seconds", "timestamp"),
                    c -> obj("{\"Type\": \"Wait\", \"Seconds\": 5}")),
            type(StateType.SUCCEED, "Ends the workflow (or its branch) successfully", "Succeed",
                    List.of("end", "done", "stop", "success", "finish"),
                    c -> obj("{\"Type\": \"Succeed\"}")),
            type(StateType.FAIL, "Ends the workflow with an error and a cause", "Fail",
                    List.of("end", "error", "stop", "abort", "failure"),
                    c -> obj("{\"Type\": \"Fail\", \"Error\": \"WorkflowFailed\", \"Cause\": \"Say why the workflow failed\"}")),

            integration("lambda-invoke", "Lambda: invoke", "Calls a Lambda function with the state's input and keeps its result",
                    "Invoke function", List.of("lambda", "function", "invoke", "serverless"),
                    c -> c.jsonata()
                            ? obj("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Arguments\": {\"FunctionName\": "
                                    + quoted(arn("lambda", "function:my-function")) + ", \"Payload\": \"{% $states.input %}\"}, "
                                    + "\"Output\": \"{% $states.result.Payload %}\", \"Retry\": " + LAMBDA_RETRY + "}")
                            : obj("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": {\"FunctionName\": "
                                    + quoted(arn("lambda", "function:my-function")) + ", \"Payload.$\": \"$\"}, \"OutputPath\": \"$.Payload\", "
                                    + "\"Retry\": " + LAMBDA_RETRY + "}")),
            integration("sns-publish", "SNS: publish", "Publishes a message to an SNS topic", "Publish message",
                    List.of("sns", "notification", "topic", "publish", "message", "email"),
                    c -> task("arn:aws:states:::sns:publish", c, Map.of(
                            "TopicArn", Json.string(arn("sns", "my-topic"))), Map.of("Message", "input"))),
            integration("sqs-send", "SQS: send message", "Sends a message to an SQS queue", "Send message",
                    List.of("sqs", "queue", "message", "send"),
                    c -> task("arn:aws:states:::sqs:sendMessage", c, Map.of(
                            "QueueUrl", Json.string("https://sqs.us-east-1.amazonaws.com/123456789012/my-queue")), Map.of("MessageBody", "input"))),
            integration("dynamodb-get", "DynamoDB: get item", "Reads one item of a DynamoDB table by its key", "Get item",
                    List.of("dynamodb", "database", "table", "read", "get", "item"),
                    c -> task("arn:aws:states:::dynamodb:getItem", c, Map.of("TableName", Json.string("my-table")),
                            Map.of("Key", "id"))),
            integration("dynamodb-put", "DynamoDB: put item", "Writes one item to a DynamoDB table", "Put item",
                    List.of("dynamodb", "database", "table", "write", "put", "save", "item"),
                    c -> task("arn:aws:states:::dynamodb:putItem", c, Map.of("TableName", Json.string("my-table")),
                            Map.of("Item", "id"))),
            integration("ecs-run-task", "ECS: run task (.sync)", "Runs a container task on ECS and waits for it to stop", "Run task",
                    List.of("ecs", "container", "fargate", "docker", "run", "sync", "job"),
                    c -> obj("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::ecs:runTask.sync\", \"" + (c.jsonata() ? "Arguments" : "Parameters")
                            + "\": {\"LaunchType\": \"FARGATE\", \"Cluster\": " + quoted(arn("ecs", "cluster/my-cluster"))
                            + ", \"TaskDefinition\": " + quoted(arn("ecs", "task-definition/my-task:1")) + "}}")),
            integration("start-execution", "Step Functions: start execution", "Runs another state machine and waits for its result",
                    "Start execution", List.of("step functions", "states", "workflow", "nested", "child", "execution", "sync"),
                    c -> obj("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::states:startExecution.sync:2\", \""
                            + (c.jsonata() ? "Arguments" : "Parameters") + "\": {\"StateMachineArn\": "
                            + quoted(arn("states", "stateMachine:my-state-machine"))
                            + (c.jsonata() ? ", \"Input\": \"{% $states.input %}\"}}" : ", \"Input.$\": \"$\"}}"))),
            integration("http-invoke", "HTTP: call an API", "Calls an HTTPS API through an EventBridge connection", "Call API",
                    List.of("http", "https", "api", "rest", "request", "endpoint", "web"),
                    c -> obj("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::http:invoke\", \"" + (c.jsonata() ? "Arguments" : "Parameters")
                            + "\": {\"ApiEndpoint\": \"https://api.example.com/orders\", \"Method\": \"GET\", \"Authentication\": "
                            + "{\"ConnectionArn\": " + quoted(arn("events", "connection/my-connection/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e")) + "}}}")),
            integration("eventbridge-put-events", "EventBridge: put events", "Sends an event to an EventBridge event bus", "Put event",
                    List.of("eventbridge", "events", "bus", "event", "emit"),
                    c -> obj("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::events:putEvents\", \"" + (c.jsonata() ? "Arguments" : "Parameters")
                            + "\": {\"Entries\": [{\"EventBusName\": \"default\", \"Source\": \"my.application\", \"DetailType\": \"OrderPlaced\", "
                            + (c.jsonata() ? "\"Detail\": \"{% $states.input %}\"" : "\"Detail.$\": \"$\"") + "}]}}")),
            integration("bedrock-invoke-model", "Bedrock: invoke model", "Sends a prompt to a foundation model and keeps its answer",
                    "Invoke model", List.of("bedrock", "ai", "llm", "model", "prompt", "genai", "generative"),
                    c -> obj("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::bedrock:invokeModel\", \"" + (c.jsonata() ? "Arguments" : "Parameters")
                            + "\": {\"ModelId\": \"arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1\", \"Body\": "
                            + (c.jsonata() ? "{\"inputText\": \"{% $states.input.prompt %}\"}" : "{\"inputText.$\": \"$.prompt\"}") + "}}")));

    private StateTemplates() {
    }

    /** The template of a state type. */
    public static StateTemplate of(StateType type) {
        return ALL.stream().filter(t -> t.group() == StateTemplate.Group.FLOW && t.type() == type).findFirst().orElseThrow();
    }

    public static StateTemplate byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private static StateTemplate type(StateType type, String description, String base, List<String> keywords, StateTemplate.Definition d) {
        return new StateTemplate(type.cssName(), type.aslName(), description, type, StateTemplate.Group.FLOW, base, keywords, d);
    }

    private static StateTemplate integration(String id, String title, String description, String base, List<String> keywords,
                                             StateTemplate.Definition d) {
        return new StateTemplate(id, title, description, StateType.TASK, StateTemplate.Group.INTEGRATIONS, base, keywords, d);
    }

    /** A Choice: dropped on a transition, its first rule and its Default go where the transition went. */
    private static JsonObject choice(StateTemplate.Context c) {
        if (c.target() == null) {
            return Json.object("Type", Json.string("Choice"), "Choices", Json.array());
        }
        JsonObject rule = c.jsonata()
                ? Json.object("Condition", Json.string("{% $states.input.value > 0 %}"), "Next", Json.string(c.target()))
                : Json.object("Variable", Json.string("$.value"), "NumericGreaterThan", Json.number(0), "Next", Json.string(c.target()));
        return Json.object("Type", Json.string("Choice"), "Choices", Json.array(rule), "Default", Json.string(c.target()));
    }

    /** The condition a new Choice rule starts with (made by connecting a Choice to a state). */
    public static JsonObject newRuleCondition(QueryLanguage language) {
        return language == QueryLanguage.JSONATA
                ? Json.object("Condition", Json.string("{% $states.input.value > 0 %}"))
                : Json.object("Variable", Json.string("$.value"), "NumericGreaterThan", Json.number(0));
    }

    private static JsonObject map(StateTemplate.Context c) {
        String step = c.name("Process item");
        return Json.object("Type", Json.string("Map"),
                c.jsonata() ? "Items" : "ItemsPath", Json.string(c.jsonata() ? "{% $states.input.items %}" : "$.items"),
                "ItemProcessor", Json.object("ProcessorConfig", Json.object("Mode", Json.string("INLINE")),
                        "StartAt", Json.string(step), "States", Json.object(Map.of(step, endPass()))));
    }

    private static JsonObject branch(String name) {
        return Json.object("StartAt", Json.string(name), "States", Json.object(Map.of(name, endPass())));
    }

    private static JsonObject endPass() {
        return Json.object("Type", Json.string("Pass"), "End", Json.bool(true));
    }

    /**
     * A Task calling {@code resource}: fixed arguments, then {@code fromInput} fields taken from the input
     * (a whole-input message, or a DynamoDB string key {@code id} from {@code $.id}).
     */
    private static JsonObject task(String resource, StateTemplate.Context c, Map<String, JsonValue> fixed, Map<String, String> fromInput) {
        List<Member> args = new ArrayList<>();
        fixed.forEach((k, v) -> args.add(Json.member(k, v)));
        fromInput.forEach((key, what) -> {
            if (what.equals("input")) {
                args.add(c.jsonata() ? Json.member(key, Json.string("{% $states.input %}")) : Json.member(key + ".$", Json.string("$")));
            } else {
                JsonValue value = c.jsonata() ? Json.object("S", Json.string("{% $states.input." + what + " %}"))
                        : Json.object("S.$", Json.string("$." + what));
                args.add(Json.member(key, Json.object(what, value)));
            }
        });
        return Json.object("Type", Json.string("Task"), "Resource", Json.string(resource),
                c.jsonata() ? "Arguments" : "Parameters", Json.object(args));
    }

    private static String arn(String service, String resource) {
        return String.format(ACCOUNT, service, resource);
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static JsonObject obj(String json) {
        return (JsonObject) Json.parse(json);
    }
}

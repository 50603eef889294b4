package stepwise.engine.replay;

import java.time.Instant;
import java.util.List;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.HistoryEvent;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.MockConfigFile;
import stepwise.engine.TaskHandler;
import stepwise.engine.Workflow;
import stepwise.model.AslDocument;
import stepwise.model.graph.WorkflowGraph;

/** Workflows and their recorded histories for the replay tests. */
final class Histories {
    static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

    /** A Task retried once then passing, a Choice, a Wait, a Parallel with a Map inside, a Catch path. */
    static final String ORDER = """
            {
              "Comment": "Order processing",
              "StartAt": "Validate",
              "States": {
                "Validate": {"Type": "Task", "Comment": "We check the order is complete.",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:validate", "ResultPath": "$.validation",
                  "Next": "Amount?",
                  "Retry": [{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2}],
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Rejected", "ResultPath": "$.error"}]},
                "Amount?": {"Type": "Choice",
                  "Choices": [{"Variable": "$.amount", "NumericGreaterThan": 1000, "Next": "Approve"}], "Default": "Fulfil"},
                "Approve": {"Type": "Wait", "Seconds": 3600, "Next": "Fulfil"},
                "Fulfil": {"Type": "Parallel", "Next": "Done", "Branches": [
                    {"StartAt": "Ship", "States": {"Ship": {"Type": "Pass", "End": true}}},
                    {"StartAt": "Items", "States": {"Items": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                      "ItemProcessor": {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}}}}}
                  ]},
                "Done": {"Type": "Succeed"},
                "Rejected": {"Type": "Fail", "Error": "Rejected", "Cause": "The order is not valid"}
              }
            }
            """;

    static final String ORDER_MOCKS = """
            {"StateMachines": {"order": {"TestCases": {
                "retryThenPass": {"Validate": "failOnce"},
                "invalid": {"Validate": "alwaysFail"}}}},
             "MockedResponses": {
                "failOnce": {"0": {"Throw": {"Error": "States.TaskFailed", "Cause": "the service is busy"}}, "1": {"Return": {"valid": true}}},
                "alwaysFail": {"0-3": {"Throw": {"Error": "Invalid", "Cause": "no address"}}}}}
            """;

    private Histories() {
    }

    static WorkflowGraph graph(String asl) {
        return AslDocument.of(asl).graph();
    }

    static List<HistoryEvent> run(String asl, String input, String testCase) {
        TaskHandler tasks = testCase == null ? TaskHandler.none() : MockConfigFile.parse(ORDER_MOCKS).testCase("order", testCase);
        return run(asl, input, tasks, ExecutionLimits.AWS);
    }

    static List<HistoryEvent> run(String asl, String input, TaskHandler tasks, ExecutionLimits limits) {
        try {
            Execution e = Workflow.parse(asl).run(input, ExecutionOptions.defaults().withStartTime(START).withExecutionName("replayed")
                    .withLimits(limits), tasks);
            return e.history();
        } catch (InvalidDefinitionException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A loop of {@code states} Pass states run {@code rounds} times: 2 events per state entered. */
    static String loop(int states) {
        StringBuilder sb = new StringBuilder("{\"StartAt\": \"S0\", \"States\": {");
        for (int i = 0; i < states - 1; i++) {
            sb.append("\"S").append(i).append("\": {\"Type\": \"Pass\", \"Next\": \"S").append(i + 1).append("\"},");
        }
        sb.append("\"S").append(states - 1).append("\": {\"Type\": \"Pass\", \"Parameters\": {\"n.$\": \"States.MathAdd($.n, -1)\"},"
                + " \"Next\": \"Again?\"},");
        sb.append("\"Again?\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\", \"NumericGreaterThan\": 0, \"Next\": \"S0\"}],"
                + " \"Default\": \"End\"},");
        sb.append("\"End\": {\"Type\": \"Succeed\"}}}");
        return sb.toString();
    }
}

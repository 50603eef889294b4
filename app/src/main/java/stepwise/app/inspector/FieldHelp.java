package stepwise.app.inspector;

import java.util.Map;

/** What each field does, in a sentence, for the tooltips of the form's labels. */
final class FieldHelp {
    private static final Map<String, String> HELP = Map.ofEntries(
            Map.entry("InputPath", "Selects the part of the state's input it works on; null passes {}"),
            Map.entry("Parameters", "The JSON passed to the task; keys ending in .$ take a path or an intrinsic function"),
            Map.entry("ResultSelector", "Shapes the task's result before ResultPath places it; keys ending in .$ take a path"),
            Map.entry("ResultPath", "Where the result goes in the input: $ replaces it, null discards the result"),
            Map.entry("OutputPath", "Selects the part of the result that is passed on; null passes {}"),
            Map.entry("Arguments", "The JSON or {% %} expression passed to the task or branches"),
            Map.entry("Output", "The state's output: JSON with {% %} expressions, or one expression; by default the result"),
            Map.entry("Assign", "Variables to set when the state ends: {\"name\": value}; later states read them as $name"),
            Map.entry("Result", "A fixed result for the Pass state, placed by ResultPath"),
            Map.entry("Resource", "What the task calls: a service integration (arn:aws:states:::service:action), a Lambda function or an activity"),
            Map.entry("Credentials", "The role to assume for the call: {\"RoleArn\": \"arn:aws:iam::...\"}"),
            Map.entry("TimeoutSeconds", "How long the task may run before it fails with States.Timeout"),
            Map.entry("HeartbeatSeconds", "How long between heartbeats before the task fails with States.HeartbeatTimeout"),
            Map.entry("ItemsPath", "The array in the input to iterate over"),
            Map.entry("Items", "The array to iterate over: JSON or a {% %} expression"),
            Map.entry("ItemSelector", "The input of each iteration, built from the item ($states.context.Map.Item.Value)"),
            Map.entry("MaxConcurrency", "How many iterations run at once; 0 means as many as possible"),
            Map.entry("ToleratedFailurePercentage", "The share of failed items (0-100) the Map run tolerates"),
            Map.entry("ToleratedFailureCount", "How many failed items the Map run tolerates"),
            Map.entry("Label", "A label for the child workflow executions of a Distributed Map"),
            Map.entry("ItemReader", "Reads the items from S3 (a JSON file, a CSV, an inventory or a list of objects)"),
            Map.entry("ItemBatcher", "Groups items into batches for each child execution"),
            Map.entry("ResultWriter", "Writes the results of a Distributed Map to S3"),
            Map.entry("Error", "The error name the Fail state ends with"),
            Map.entry("Cause", "A description of the failure"));

    private FieldHelp() {
    }

    static String of(String field) {
        return HELP.get(field);
    }
}

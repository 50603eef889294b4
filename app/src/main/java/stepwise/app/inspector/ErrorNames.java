package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;

/** The error names Step Functions raises, offered while the user types a list of them. */
final class ErrorNames {
    static final List<String> KNOWN = List.of("States.ALL", "States.TaskFailed", "States.Timeout", "States.HeartbeatTimeout",
            "States.Permissions", "States.Runtime", "States.DataLimitExceeded", "States.ResultPathMatchFailure",
            "States.ParameterPathFailure", "States.QueryEvaluationError", "States.BranchFailed", "States.NoChoiceMatched",
            "States.IntrinsicFailure", "States.ExceedToleratedFailureThreshold", "States.ItemReaderFailed",
            "States.ResultWriterFailed", "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException",
            "Lambda.TooManyRequestsException");

    private ErrorNames() {
    }

    /** Offers the known names for the last name of the comma-separated list being typed in {@code field}. */
    static void complete(TextField field) {
        TextFields.bindAutoCompletion(field, request -> suggestions(request.getUserText()));
    }

    /** The whole texts the field may become: what precedes the last name, and each known name that fits it. */
    static List<String> suggestions(String text) {
        int comma = text.lastIndexOf(',');
        String head = comma < 0 ? "" : text.substring(0, comma + 1) + " ";
        String last = text.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (last.isEmpty()) {
            return out;
        }
        for (String name : KNOWN) {
            if (name.toLowerCase(Locale.ROOT).contains(last) && !name.equalsIgnoreCase(last)) {
                out.add(head + name);
            }
        }
        return out;
    }
}

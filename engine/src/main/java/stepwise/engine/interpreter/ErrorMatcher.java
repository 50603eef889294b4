package stepwise.engine.interpreter;

import java.util.List;
import stepwise.engine.data.ErrorNames;

/** Whether an error name is matched by a Retrier's or Catcher's {@code ErrorEquals}, with the wildcards' rules. */
final class ErrorMatcher {
    private ErrorMatcher() {
    }

    static boolean matches(List<String> errorEquals, String error) {
        for (String e : errorEquals) {
            if (matches(e, error)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String pattern, String error) {
        if (pattern.equals(error)) {
            return true;
        }
        switch (pattern) {
            case ErrorNames.ALL:
                // States.ALL matches every error except States.Runtime, which is never caught.
                return !ErrorNames.RUNTIME.equals(error);
            case ErrorNames.TASK_FAILED:
                // States.TaskFailed matches a task's own errors, not the interpreter's timeouts and runtime errors.
                return error != null && (!error.startsWith("States.") || ErrorNames.PERMISSIONS.equals(error));
            case ErrorNames.TIMEOUT:
                return ErrorNames.HEARTBEAT_TIMEOUT.equals(error);
            default:
                return false;
        }
    }
}

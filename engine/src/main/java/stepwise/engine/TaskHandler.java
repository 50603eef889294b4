package stepwise.engine;

/**
 * Runs Task states. Stepwise never runs a process or calls a service on its own: a Task is answered by
 * a handler the user chose (mocked responses, HTTP calls to allowed hosts) or, for a
 * {@code .waitForTaskToken} task, by a callback sent to the execution. A Task nobody handles fails
 * with an error that names the state and says how to mock it.
 *
 * <p>Handlers are called on the execution's thread and must return promptly: slow work returns
 * {@link TaskResult#later}. A handler may be shared by many executions and must be thread-safe.
 */
@FunctionalInterface
public interface TaskHandler {
    TaskResult handle(TaskRequest request);

    /** A handler that handles nothing. */
    static TaskHandler none() {
        return request -> TaskResult.unhandled();
    }

    /** This handler, then {@code next} for what this one leaves unhandled. */
    default TaskHandler orElse(TaskHandler next) {
        return request -> {
            TaskResult r = handle(request);
            return r instanceof TaskResult.Unhandled ? next.handle(request) : r;
        };
    }
}

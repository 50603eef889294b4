package stepwise.engine.interpreter;

import stepwise.engine.PendingCallback;

/** A task waiting for {@code SendTaskSuccess}, {@code SendTaskFailure} or {@code SendTaskHeartbeat} with its token. */
final class Callback {
    final String token;
    final Fiber fiber;
    final TaskProgram task;
    final TaskProgram.TaskAttempt attempt;
    final PendingCallback description;
    Timer heartbeatTimer;

    Callback(String token, Fiber fiber, TaskProgram task, TaskProgram.TaskAttempt attempt, PendingCallback description) {
        this.token = token;
        this.fiber = fiber;
        this.task = task;
        this.attempt = attempt;
        this.description = description;
    }
}

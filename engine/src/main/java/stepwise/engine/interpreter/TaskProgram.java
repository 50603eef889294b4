package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import stepwise.engine.EventDetails;
import stepwise.engine.HistoryEventType;
import stepwise.engine.TaskRequest;
import stepwise.model.asl.IntegrationPattern;
import stepwise.engine.TaskResult;
import stepwise.engine.data.ErrorNames;
import stepwise.engine.data.Json;
import stepwise.engine.data.StateFailure;

/**
 * A Task state. Each attempt evaluates the parameters, records {@code TaskScheduled} and
 * {@code TaskStarted} (or the Lambda/Activity events for those resources), and asks the task handler.
 * The answer may come at once, later (an HTTP call), or through a callback with the task token.
 */
final class TaskProgram extends ExecutionStateProgram {
    /** Which family of history events the resource records. */
    enum Events { TASK, LAMBDA, ACTIVITY }

    final String resource;
    final IntegrationPattern pattern;
    final String resourceType;
    final String resourceName;
    final Events events;
    final Seconds timeout;
    final Seconds heartbeat;

    TaskProgram(StateHeader h, DataFlow flow, Assignment assign, List<Retrier> retriers, List<Catcher> catchers, String resource,
                Seconds timeout, Seconds heartbeat) {
        super(h, flow, assign, retriers, catchers);
        this.resource = resource;
        this.pattern = IntegrationPattern.of(resource);
        this.timeout = timeout;
        this.heartbeat = heartbeat;
        if (resource.startsWith("arn:aws:lambda:") || resource.matches("arn:[^:]+:lambda:.*")) {
            events = Events.LAMBDA;
        } else if (resource.matches("arn:[^:]+:states:[^:]*:[^:]*:activity:.*")) {
            events = Events.ACTIVITY;
        } else {
            events = Events.TASK;
        }
        int services = resource.indexOf(":::");
        String service = services >= 0 ? resource.substring(services + 3) : resource;
        int colon = service.lastIndexOf(':');
        this.resourceType = colon > 0 ? service.substring(0, colon) : service;
        this.resourceName = colon > 0 ? service.substring(colon + 1) : service;
    }

    /** The current attempt: what was sent, and whether it still waits for an answer. */
    static final class TaskAttempt {
        final JsonNode parameters;
        final Long timeoutSeconds;
        final Long heartbeatSeconds;
        boolean open = true;
        Timer timeoutTimer;
        Callback callback;

        TaskAttempt(JsonNode parameters, Long timeoutSeconds, Long heartbeatSeconds) {
            this.parameters = parameters;
            this.timeoutSeconds = timeoutSeconds;
            this.heartbeatSeconds = heartbeatSeconds;
        }
    }

    /** Per-entry data: the attempts and the one running now. */
    static final class TaskEntry extends Attempts {
        TaskAttempt current;

        TaskEntry(JsonNode effective, int retriers) {
            super(effective, retriers);
        }
    }

    @Override
    Attempts newAttempts(JsonNode effective) {
        return new TaskEntry(effective, retriers.size());
    }

    @Override
    void attempt(Fiber f, Attempts a) {
        TaskEntry entry = (TaskEntry) a;
        Run run = f.run;
        if (pattern != IntegrationPattern.REQUEST_RESPONSE) {
            f.taskToken = run.newTaskToken();
            f.contextChanged();
        }
        JsonNode parameters = flow.parameters(f, a.effective);
        Long timeoutSeconds = timeout.evaluate(f, a.effective);
        Long heartbeatSeconds = heartbeat.evaluate(f, a.effective);
        TaskAttempt attempt = new TaskAttempt(parameters, timeoutSeconds, heartbeatSeconds);
        entry.current = attempt;
        recordScheduled(f, attempt);
        if (run.over()) {
            return;
        }
        int invocation = run.nextInvocation(this);
        TaskRequest request = new TaskRequest(name, pointer, resource, pattern, parameters, f.taskToken, invocation, f.retryCount,
                run.executionName(), run.stateMachineName());
        TaskResult result;
        try {
            result = run.handleTask(request);
        } catch (RuntimeException e) {
            result = TaskResult.failure(ErrorNames.TASK_FAILED, "The task handler failed: " + e);
        }
        if (timeoutSeconds != null && !(result instanceof TaskResult.Succeeded) && !(result instanceof TaskResult.Failed)) {
            Timer.Kind kind = pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN ? Timer.Kind.CALLBACK_TIMEOUT : Timer.Kind.TASK_TIMEOUT;
            attempt.timeoutTimer = run.schedule(kind, timeoutSeconds * 1000, f,
                    () -> timedOut(f, attempt, ErrorNames.TIMEOUT, null));
        }
        answer(f, attempt, result);
    }

    private void recordScheduled(Fiber f, TaskAttempt attempt) {
        if (!f.observed()) {
            if (!f.silent) {
                f.run.skipEvent(f);
                f.run.skipEvent(f);
            }
            return;
        }
        switch (events) {
            case LAMBDA -> {
                f.emit(HistoryEventType.LambdaFunctionScheduled, new EventDetails.LambdaFunctionScheduledEventDetails(resource,
                        attempt.parameters, attempt.timeoutSeconds));
                f.emit(HistoryEventType.LambdaFunctionStarted, EventDetails.NoDetails.INSTANCE);
            }
            case ACTIVITY -> {
                f.emit(HistoryEventType.ActivityScheduled, new EventDetails.ActivityScheduledEventDetails(resource,
                        attempt.parameters, attempt.timeoutSeconds, attempt.heartbeatSeconds));
                f.emit(HistoryEventType.ActivityStarted, new EventDetails.ActivityStartedEventDetails(null));
            }
            default -> {
                f.emit(HistoryEventType.TaskScheduled, new EventDetails.TaskScheduledEventDetails(resourceType, resourceName,
                        f.run.region(), attempt.parameters, attempt.timeoutSeconds, attempt.heartbeatSeconds));
                f.emit(HistoryEventType.TaskStarted, new EventDetails.TaskStartedEventDetails(resourceType, resourceName));
            }
        }
    }

    /** Applies a handler's answer for {@code attempt}. */
    void answer(Fiber f, TaskAttempt attempt, TaskResult result) {
        Run run = f.run;
        if (result instanceof TaskResult.Succeeded s) {
            completed(f, attempt, s.output());
        } else if (result instanceof TaskResult.Failed failure) {
            taskFailed(f, attempt, failure.error(), failure.cause());
        } else if (result instanceof TaskResult.Later later) {
            f.block();
            run.awaitAsync(f, later.outcome(), outcome -> {
                if (attempt.open) {
                    answer(f, attempt, outcome);
                }
            });
        } else if (result instanceof TaskResult.Submitted submitted) {
            awaitCallback(f, attempt, submitted.output() == null ? Json.object() : submitted.output());
        } else if (pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
            awaitCallback(f, attempt, Json.object());
        } else {
            taskFailed(f, attempt, run.unhandledTaskError(), run.unhandledTaskCause(this));
        }
    }

    private void awaitCallback(Fiber f, TaskAttempt attempt, JsonNode submitted) {
        if (f.observed()) {
            f.emit(HistoryEventType.TaskSubmitted, new EventDetails.TaskSubmittedEventDetails(resourceType, resourceName, submitted));
        } else if (!f.silent) {
            f.run.skipEvent(f);
        }
        f.block();
        attempt.callback = f.run.registerCallback(f, this, attempt);
    }

    /** The task answered with {@code output}. */
    void completed(Fiber f, TaskAttempt attempt, JsonNode output) {
        close(f, attempt);
        if (f.observed()) {
            switch (events) {
                case LAMBDA -> f.emit(HistoryEventType.LambdaFunctionSucceeded, new EventDetails.LambdaFunctionSucceededEventDetails(output));
                case ACTIVITY -> f.emit(HistoryEventType.ActivitySucceeded, new EventDetails.ActivitySucceededEventDetails(output));
                default -> f.emit(HistoryEventType.TaskSucceeded, new EventDetails.TaskSucceededEventDetails(resourceType, resourceName,
                        output));
            }
        } else if (!f.silent) {
            f.run.skipEvent(f);
        }
        if (f.run.over()) {
            return;
        }
        long limit = f.run.limits().maxPayloadBytes();
        if (limit > 0 && Json.exceeds(output, limit)) {
            String what = events == Events.TASK && resource.contains(":::") ? resourceType : resource;
            failed(f, new StateFailure(ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '" + what
                    + "' returned a result with a size exceeding the maximum number of bytes service limit."));
            return;
        }
        succeeded(f, output);
    }

    /** The task answered with an error. */
    void taskFailed(Fiber f, TaskAttempt attempt, String error, String cause) {
        close(f, attempt);
        if (f.observed()) {
            switch (events) {
                case LAMBDA -> f.emit(HistoryEventType.LambdaFunctionFailed, new EventDetails.LambdaFunctionFailedEventDetails(error, cause));
                case ACTIVITY -> f.emit(HistoryEventType.ActivityFailed, new EventDetails.ActivityFailedEventDetails(error, cause));
                default -> f.emit(HistoryEventType.TaskFailed, new EventDetails.TaskFailedEventDetails(resourceType, resourceName, error,
                        cause));
            }
        } else if (!f.silent) {
            f.run.skipEvent(f);
        }
        if (f.run.over()) {
            return;
        }
        handle(f, error, cause);
    }

    /** The task ran out of time ({@code States.Timeout}) or heartbeats ({@code States.HeartbeatTimeout}). */
    void timedOut(Fiber f, TaskAttempt attempt, String error, String cause) {
        if (!attempt.open) {
            return;
        }
        close(f, attempt);
        if (f.observed()) {
            switch (events) {
                case LAMBDA -> f.emit(HistoryEventType.LambdaFunctionTimedOut, new EventDetails.LambdaFunctionTimedOutEventDetails(error,
                        cause));
                case ACTIVITY -> f.emit(HistoryEventType.ActivityTimedOut, new EventDetails.ActivityTimedOutEventDetails(error, cause));
                default -> f.emit(HistoryEventType.TaskTimedOut, new EventDetails.TaskTimedOutEventDetails(resourceType, resourceName, error,
                        cause));
            }
        } else if (!f.silent) {
            f.run.skipEvent(f);
        }
        if (f.run.over()) {
            return;
        }
        handle(f, error, cause);
    }

    /** The attempt has its answer: stop its timers and its callback. */
    private void close(Fiber f, TaskAttempt attempt) {
        attempt.open = false;
        if (attempt.timeoutTimer != null) {
            attempt.timeoutTimer.cancelled = true;
        }
        if (attempt.callback != null) {
            f.run.closeCallback(attempt.callback);
        }
    }

    /** Stops a running attempt (the execution or the enclosing branch is stopping). */
    void abort(Fiber f) {
        if (f.stateData instanceof TaskEntry entry && entry.current != null && entry.current.open) {
            close(f, entry.current);
        }
    }
}

package stepwise.engine.replay;

import stepwise.engine.HistoryEventType;

/** What an event does to the picture, by type. */
enum EventKind {
    EXECUTION, ENTERED, EXITED, STATE_ABORTED, PARALLEL_STEP, MAP_STEP, ITERATION, ATTEMPT_SCHEDULED, ATTEMPT_FAILED, OTHER;

    private static final EventKind[] BY_TYPE = new EventKind[HistoryEventType.values().length];

    static {
        for (HistoryEventType t : HistoryEventType.values()) {
            BY_TYPE[t.ordinal()] = classify(t);
        }
    }

    static EventKind of(HistoryEventType type) {
        return BY_TYPE[type.ordinal()];
    }

    private static EventKind classify(HistoryEventType t) {
        String name = t.name();
        if (name.startsWith("Execution")) {
            return EXECUTION;
        }
        if (name.endsWith("StateEntered")) {
            return ENTERED;
        }
        if (name.endsWith("StateExited")) {
            return EXITED;
        }
        return switch (t) {
            case TaskStateAborted, WaitStateAborted -> STATE_ABORTED;
            case ParallelStateStarted, ParallelStateSucceeded, ParallelStateFailed, ParallelStateAborted -> PARALLEL_STEP;
            case MapStateStarted, MapStateSucceeded, MapStateFailed, MapStateAborted, MapRunStarted, MapRunSucceeded, MapRunFailed,
                    MapRunAborted, MapRunRedriven -> MAP_STEP;
            case MapIterationStarted, MapIterationSucceeded, MapIterationFailed, MapIterationAborted -> ITERATION;
            case TaskScheduled, LambdaFunctionScheduled, ActivityScheduled -> ATTEMPT_SCHEDULED;
            case TaskFailed, TaskTimedOut, TaskStartFailed, TaskSubmitFailed, LambdaFunctionFailed, LambdaFunctionTimedOut,
                    LambdaFunctionScheduleFailed, LambdaFunctionStartFailed, ActivityFailed, ActivityTimedOut, ActivityScheduleFailed,
                    EvaluationFailed -> ATTEMPT_FAILED;
            default -> OTHER;
        };
    }
}

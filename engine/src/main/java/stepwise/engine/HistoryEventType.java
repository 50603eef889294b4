package stepwise.engine;

/** The types of execution history events, named as AWS GetExecutionHistory names them. */
public enum HistoryEventType {
    ExecutionStarted, ExecutionSucceeded, ExecutionFailed, ExecutionTimedOut, ExecutionAborted,
    PassStateEntered, PassStateExited,
    TaskStateEntered, TaskStateExited, TaskStateAborted,
    ChoiceStateEntered, ChoiceStateExited,
    WaitStateEntered, WaitStateExited, WaitStateAborted,
    SucceedStateEntered, SucceedStateExited,
    FailStateEntered,
    ParallelStateEntered, ParallelStateExited, ParallelStateStarted, ParallelStateSucceeded, ParallelStateFailed,
    ParallelStateAborted,
    MapStateEntered, MapStateExited, MapStateStarted, MapStateSucceeded, MapStateFailed, MapStateAborted,
    MapIterationStarted, MapIterationSucceeded, MapIterationFailed, MapIterationAborted,
    MapRunStarted, MapRunSucceeded, MapRunFailed, MapRunAborted,
    TaskScheduled, TaskStarted, TaskSubmitted, TaskSucceeded, TaskFailed, TaskTimedOut, TaskStartFailed, TaskSubmitFailed,
    LambdaFunctionScheduled, LambdaFunctionStarted, LambdaFunctionSucceeded, LambdaFunctionFailed, LambdaFunctionTimedOut,
    LambdaFunctionScheduleFailed, LambdaFunctionStartFailed,
    ActivityScheduled, ActivityStarted, ActivitySucceeded, ActivityFailed, ActivityTimedOut, ActivityScheduleFailed,
    EvaluationFailed,
    /** Only in imported histories: Stepwise does not redrive executions. */
    ExecutionRedriven, MapRunRedriven
}

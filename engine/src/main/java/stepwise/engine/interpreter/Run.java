package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import stepwise.engine.ClockMode;
import stepwise.engine.EventDetails;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionListener;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.ExecutionStatus;
import stepwise.engine.HistoryEvent;
import stepwise.engine.HistoryEventType;
import stepwise.engine.PendingCallback;
import stepwise.engine.TaskHandler;
import stepwise.engine.TaskRequest;
import stepwise.engine.TaskResult;
import stepwise.engine.data.ErrorNames;
import stepwise.engine.data.Json;
import stepwise.engine.data.StateFailure;
import stepwise.engine.intrinsic.IntrinsicFunction;
import stepwise.model.json.JsonPointer;

/**
 * One running execution: its clock, its scheduler of fibers, its history and its mailbox. All of its
 * state is touched by one thread at a time (the driver); other threads talk to it by posting actions to
 * the mailbox. Ready fibers run in FIFO order, each until it blocks or ends; when none is ready the
 * earliest timer fires (at once with a virtual clock), so the same inputs always give the same history.
 */
public final class Run implements Execution {
    private static final Logger LOG = Logger.getLogger(Run.class.getName());
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** AWS's longest Standard execution: one year. */
    static final long MAX_DURATION_MILLIS = Duration.ofDays(365).toMillis();

    private static final int IDLE = 0;
    private static final int SCHEDULED = 1;
    private static final int RUNNING = 2;
    private static final int DIRTY = 3;

    private final Program program;
    private final ExecutionOptions options;
    private final TaskHandler handler;
    private final Executor executor;
    private final boolean autoAdvance;
    private final JsonNode executionInput;
    private final boolean virtual;
    private final Random random;
    private final String executionName;
    private final String executionArn;
    private final String stateMachineArn;
    private final String roleArn;
    private final long startMillis;
    private final boolean record;
    private final ExecutionLimits limits;
    private final StateTest test;

    private long virtualNow;
    private final ArrayDeque<Fiber> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long timerSeq;
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger driveState = new AtomicInteger(IDLE);
    private int inFlight;
    private boolean advanceRequested;
    private ScheduledFuture<?> wakeUp;
    private final Map<String, Callback> callbacks = new LinkedHashMap<>();
    private volatile List<PendingCallback> pendingView = List.of();
    private final Map<StateProgram, Integer> invocations = new HashMap<>();
    private Fiber root;

    private final EventLog log = new EventLog();
    private final CopyOnWriteArrayList<ExecutionListener> listeners = new CopyOnWriteArrayList<>();
    private long eventCount;
    private long transitions;
    private JsonNode executionContext;
    private JsonNode stateMachineContext;

    private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
    private volatile JsonNode output;
    private volatile String error;
    private volatile String cause;
    private volatile long stopMillis = -1;
    private final CompletableFuture<Execution> completion = new CompletableFuture<>();

    Run(Program program, JsonNode input, ExecutionOptions options, TaskHandler handler, Executor executor, boolean autoAdvance) {
        this(program, input, options, handler, executor, autoAdvance, null);
    }

    Run(Program program, JsonNode input, ExecutionOptions options, TaskHandler handler, Executor executor, boolean autoAdvance,
        StateTest test) {
        this.test = test;
        this.program = program;
        this.options = options;
        this.handler = handler;
        this.executor = executor;
        this.autoAdvance = autoAdvance;
        this.executionInput = input;
        this.virtual = options.clock() == ClockMode.VIRTUAL;
        this.random = new Random(options.seed());
        this.limits = options.limits();
        this.record = options.recordHistory();
        this.executionName = options.executionName() != null ? options.executionName()
                : IntrinsicFunction.uuid(random).toString();
        String prefix = "arn:aws:states:" + options.region() + ":" + options.accountId() + ":";
        this.stateMachineArn = prefix + "stateMachine:" + options.stateMachineName();
        this.executionArn = prefix + "execution:" + options.stateMachineName() + ":" + executionName;
        this.roleArn = options.roleArn() != null ? options.roleArn() : "arn:aws:iam::" + options.accountId() + ":role/StepwiseExecutionRole";
        this.startMillis = options.startTime() != null ? options.startTime().toEpochMilli() : System.currentTimeMillis();
        this.virtualNow = startMillis;
    }

    // ---- starting and driving ----

    /** Starts the execution on its executor. */
    void start() {
        post(this::begin);
    }

    private void begin() {
        emit(HistoryEventType.ExecutionStarted, new EventDetails.ExecutionStartedEventDetails(executionInput, roleArn), 0, null);
        if (over()) {
            return;
        }
        // As on AWS, the first state's Entered event has previousEventId 0.
        root = new Fiber(this, null, 0, new VariableScope(null, program.initialVariables()), program.root().start, executionInput,
                0, false);
        if (limits.maxPayloadBytes() > 0 && Json.exceeds(executionInput, limits.maxPayloadBytes())) {
            end(ExecutionStatus.FAILED, HistoryEventType.ExecutionFailed, ErrorNames.DATA_LIMIT_EXCEEDED,
                    "The execution input is larger than the maximum of " + limits.maxPayloadBytes() + " bytes.", root.lastEventId);
            return;
        }
        if (program.timeoutSeconds() != null) {
            schedule(Timer.Kind.EXECUTION_TIMEOUT, program.timeoutSeconds() * 1000, null, () -> timeOut(ErrorNames.TIMEOUT,
                    "The execution ran longer than its TimeoutSeconds (" + program.timeoutSeconds() + ")."));
        }
        ready.add(root);
    }

    /** Runs an action on the execution's thread. */
    void post(Runnable action) {
        inbox.add(action);
        signal();
    }

    private void signal() {
        while (true) {
            int s = driveState.get();
            if (s == IDLE) {
                if (driveState.compareAndSet(IDLE, SCHEDULED)) {
                    executor.execute(this::driveLoop);
                    return;
                }
            } else if (s == RUNNING) {
                if (driveState.compareAndSet(RUNNING, DIRTY)) {
                    return;
                }
            } else {
                return;
            }
        }
    }

    private void driveLoop() {
        driveState.set(RUNNING);
        while (true) {
            try {
                drive();
            } catch (Terminated t) {
                // the execution ended inside a step
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(Level.SEVERE, "internal error in execution " + executionName, e);
                if (!over()) {
                    end(ExecutionStatus.FAILED, HistoryEventType.ExecutionFailed, ErrorNames.RUNTIME,
                            "Internal error in Stepwise: " + e, root == null ? 0 : root.lastEventId);
                }
            }
            if (driveState.compareAndSet(RUNNING, IDLE)) {
                if (!inbox.isEmpty()) {
                    signal();
                }
                return;
            }
            driveState.set(RUNNING);
        }
    }

    private void drive() {
        while (true) {
            Runnable action;
            while ((action = inbox.poll()) != null) {
                action.run();
            }
            if (over()) {
                return;
            }
            Fiber f = ready.pollFirst();
            if (f != null) {
                step(f);
                continue;
            }
            if (!advance()) {
                return;
            }
        }
    }

    private void step(Fiber f) {
        if (!f.live()) {
            return;
        }
        f.blocked = false;
        Runnable r = f.resume;
        if (r != null) {
            f.resume = null;
            try {
                r.run();
            } catch (StateFailure e) {
                if (f.state != null && f.live()) {
                    f.state.fatal(f, e);
                }
            }
        }
        while (!f.blocked && f.live() && f.state != null && !over()) {
            f.state.enter(f);
        }
    }

    /** Nothing is ready: fire the next timer, or return false to wait for the outside world. */
    private boolean advance() {
        Timer t = timers.peek();
        while (t != null && (t.cancelled || (t.fiber != null && !t.fiber.live()))) {
            timers.poll();
            t = timers.peek();
        }
        if (virtual) {
            if (inFlight > 0) {
                return false;
            }
            boolean hold = !callbacks.isEmpty() && !autoAdvance && !advanceRequested;
            if (t == null) {
                if (callbacks.isEmpty()) {
                    if (!over()) {
                        end(ExecutionStatus.FAILED, HistoryEventType.ExecutionFailed, ErrorNames.RUNTIME,
                                "Internal error in Stepwise: the execution has nothing left to run.", lastEventId());
                    }
                    return false;
                }
                if (hold) {
                    return false;
                }
                advanceRequested = false;
                virtualNow = Math.max(virtualNow, startMillis + MAX_DURATION_MILLIS);
                timeOut(ErrorNames.TIMEOUT, "The execution reached the maximum duration of one year while a task waited for its callback.");
                return true;
            }
            if (hold && (t.kind == Timer.Kind.CALLBACK_TIMEOUT || t.kind == Timer.Kind.EXECUTION_TIMEOUT)) {
                return false;
            }
            if (t.kind == Timer.Kind.CALLBACK_TIMEOUT || t.kind == Timer.Kind.EXECUTION_TIMEOUT) {
                advanceRequested = false;
            }
            timers.poll();
            virtualNow = Math.max(virtualNow, t.time);
            fire(t);
            return true;
        }
        if (t == null) {
            return false;
        }
        long delay = t.time - System.currentTimeMillis();
        if (delay <= 0) {
            timers.poll();
            fire(t);
            return true;
        }
        if (wakeUp != null) {
            wakeUp.cancel(false);
        }
        wakeUp = Drivers.TIMERS.schedule(this::signal, delay, TimeUnit.MILLISECONDS);
        return false;
    }

    private void fire(Timer t) {
        if (t.fiber == null) {
            t.action.run();
        } else {
            resume(t.fiber, t.action);
        }
    }

    // ---- scheduling primitives for states ----

    void ready(Fiber f) {
        ready.addLast(f);
    }

    /** Unblocks {@code f}: it runs {@code action} when its turn comes. */
    void resume(Fiber f, Runnable action) {
        if (!f.live()) {
            return;
        }
        f.resume = action;
        f.blocked = false;
        ready.addLast(f);
    }

    /** Runs {@code action} for {@code f} after {@code delayMillis} of execution time. */
    Timer schedule(Timer.Kind kind, long delayMillis, Fiber f, Runnable action) {
        Timer t = new Timer(now() + delayMillis, timerSeq++, kind, f, action);
        timers.add(t);
        return t;
    }

    /** Waits for an asynchronous task outcome without holding a thread. */
    void awaitAsync(Fiber f, CompletionStage<TaskResult> outcome, Consumer<TaskResult> then) {
        inFlight++;
        outcome.whenComplete((result, failure) -> post(() -> {
            inFlight--;
            TaskResult r = failure != null ? TaskResult.failure(ErrorNames.TASK_FAILED, String.valueOf(failure.getMessage()))
                    : result == null ? TaskResult.failure(ErrorNames.TASK_FAILED, "The task handler returned nothing")
                    : result;
            if (f.live()) {
                resume(f, () -> then.accept(r));
            }
        }));
    }

    // ---- time ----

    long now() {
        return virtual ? virtualNow : System.currentTimeMillis();
    }

    static String isoTime(long millis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(millis));
    }

    // ---- events ----

    boolean observed() {
        return record || !listeners.isEmpty();
    }

    long emit(HistoryEventType type, EventDetails details, long previous, JsonPointer pointer) {
        long id = nextEventId(type);
        HistoryEvent e = new HistoryEvent(id, previous, now(), type, details, pointer);
        if (record) {
            log.add(e);
        }
        for (ExecutionListener l : listeners) {
            try {
                l.onEvent(this, e);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "an execution listener failed", ex);
            }
        }
        return id;
    }

    /** Counts an event nobody observes (same ids as when observed). */
    long skipEvent(Fiber f) {
        long id = nextEventId(null);
        f.lastEventId = id;
        return id;
    }

    private long nextEventId(HistoryEventType type) {
        long id = eventCount + 1;
        long max = limits.maxHistoryEvents();
        if (max > 0 && id >= max && type != HistoryEventType.ExecutionSucceeded && !isExecutionEnd(type)) {
            end(ExecutionStatus.FAILED, HistoryEventType.ExecutionFailed, ErrorNames.RUNTIME, "The execution reached the maximum"
                    + " number of events in its history (" + max + ").", eventCount);
            throw new Terminated();
        }
        eventCount = id;
        return id;
    }

    private static boolean isExecutionEnd(HistoryEventType type) {
        return type == HistoryEventType.ExecutionFailed || type == HistoryEventType.ExecutionAborted
                || type == HistoryEventType.ExecutionTimedOut;
    }

    void countTransition() {
        transitions++;
    }

    /** The cause AWS reports: failures about the state get "An error occurred while executing the state...". */
    String describe(Fiber f, StateFailure e) {
        if (!e.aboutState() || f.state == null || test != null) {
            return e.cause();
        }
        return "An error occurred while executing the state '" + f.state.name + "' (entered at the event id #" + f.enteredEventId
                + "). " + e.cause();
    }

    void checkOutputSize(Fiber f, JsonNode out) {
        long limit = limits.maxPayloadBytes();
        if (limit > 0 && out != f.input && Json.exceeds(out, limit)) {
            throw StateFailure.ofState(ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '" + f.state.name
                    + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        }
    }

    // ---- fibers ending ----

    void fiberFinished(Fiber f, JsonNode out) {
        if (f.owner != null) {
            f.owner.fiberSucceeded(f, out);
            return;
        }
        if (over()) {
            return;
        }
        output = out;
        end(ExecutionStatus.SUCCEEDED, HistoryEventType.ExecutionSucceeded, null, null, f.lastEventId);
    }

    void fiberFailed(Fiber f, String err, String why) {
        if (f.owner != null) {
            f.owner.fiberFailed(f, err, why);
            return;
        }
        if (over()) {
            return;
        }
        end(ExecutionStatus.FAILED, HistoryEventType.ExecutionFailed, err, why, f.lastEventId);
    }

    /** Stops {@code f} and what it started; with {@code emitEvents}, records the running state's Aborted event. */
    void abortFiber(Fiber f, boolean emitEvents) {
        if (!f.live()) {
            return;
        }
        f.cancelled = true;
        StateProgram s = f.state;
        if (s == null) {
            return;
        }
        if (f.stateData instanceof TaskProgram.TaskEntry && s instanceof TaskProgram task) {
            task.abort(f);
        } else if (f.stateData instanceof ParallelProgram.ParallelEntry p && p.current != null) {
            p.current.abortChildren(emitEvents);
        } else if (f.stateData instanceof MapProgram.MapEntry m && m.current != null) {
            m.current.abortChildren(emitEvents);
        }
        if (emitEvents && f.blocked && !over()) {
            HistoryEventType aborted = switch (s.type) {
                case TASK -> HistoryEventType.TaskStateAborted;
                case WAIT -> HistoryEventType.WaitStateAborted;
                case PARALLEL -> HistoryEventType.ParallelStateAborted;
                case MAP -> HistoryEventType.MapStateAborted;
                default -> null;
            };
            if (aborted != null) {
                f.emitOrSkip(aborted, EventDetails.NoDetails.INSTANCE);
            }
        }
    }

    private void timeOut(String err, String why) {
        if (over()) {
            return;
        }
        if (root != null) {
            abortFiber(root, true);
        }
        end(ExecutionStatus.TIMED_OUT, HistoryEventType.ExecutionTimedOut, err, why, lastEventId());
    }

    /** The id of the latest event of the execution (recorded or only counted). */
    long lastEventId() {
        return eventCount;
    }

    boolean over() {
        return status != ExecutionStatus.RUNNING;
    }

    private void end(ExecutionStatus finalStatus, HistoryEventType type, String err, String why, long previous) {
        error = err;
        cause = why;
        EventDetails details = switch (type) {
            case ExecutionSucceeded -> new EventDetails.ExecutionSucceededEventDetails(output);
            case ExecutionAborted -> new EventDetails.ExecutionAbortedEventDetails(err, why);
            case ExecutionTimedOut -> new EventDetails.ExecutionTimedOutEventDetails(err, why);
            default -> new EventDetails.ExecutionFailedEventDetails(err, why);
        };
        if (observed()) {
            emit(type, details, previous, null);
        } else {
            eventCount++;
        }
        stopMillis = now();
        status = finalStatus;
        ready.clear();
        timers.clear();
        if (wakeUp != null) {
            wakeUp.cancel(false);
        }
        if (!callbacks.isEmpty()) {
            callbacks.clear();
            pendingView = List.of();
            notifyCallbacksChanged();
        }
        for (ExecutionListener l : listeners) {
            try {
                l.onFinished(this);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "an execution listener failed", ex);
            }
        }
        completion.complete(this);
    }

    /** Thrown to unwind a step when the execution ended inside it (the history limit). */
    static final class Terminated extends RuntimeException {
        Terminated() {
            super(null, null, false, false);
        }
    }

    // ---- tasks and callbacks ----

    TaskResult handleTask(TaskRequest request) {
        return handler.handle(request);
    }

    int nextInvocation(StateProgram s) {
        return invocations.merge(s, 1, Integer::sum) - 1;
    }

    String newTaskToken() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String unhandledTaskError() {
        return "Stepwise.TaskNotMocked";
    }

    String unhandledTaskCause(TaskProgram task) {
        return "The Task state '" + task.name + "' calls " + task.resource + ", which Stepwise does not call by itself. To run it,"
                + " give it a mocked response: in a mock config file (the Step Functions Local MockConfigFile format), map the state"
                + " '" + task.name + "' to a response under StateMachines > " + options.stateMachineName()
                + " > TestCases > (your test case), and run with that test case.";
    }

    Callback registerCallback(Fiber f, TaskProgram task, TaskProgram.TaskAttempt attempt) {
        Instant timeoutAt = attempt.timeoutTimer != null ? Instant.ofEpochMilli(attempt.timeoutTimer.time) : null;
        PendingCallback description = new PendingCallback(f.taskToken, task.name, task.pointer, attempt.parameters,
                Instant.ofEpochMilli(now()), timeoutAt);
        Callback c = new Callback(f.taskToken, f, task, attempt, description);
        callbacks.put(c.token, c);
        if (attempt.heartbeatSeconds != null) {
            c.heartbeatTimer = schedule(Timer.Kind.CALLBACK_TIMEOUT, attempt.heartbeatSeconds * 1000, f,
                    () -> task.timedOut(f, attempt, ErrorNames.HEARTBEAT_TIMEOUT, null));
        }
        refreshPending();
        return c;
    }

    void closeCallback(Callback c) {
        if (c.heartbeatTimer != null) {
            c.heartbeatTimer.cancelled = true;
        }
        if (callbacks.remove(c.token) != null) {
            refreshPending();
        }
    }

    private void refreshPending() {
        List<PendingCallback> view = new ArrayList<>(callbacks.size());
        for (Callback c : callbacks.values()) {
            view.add(c.description);
        }
        pendingView = List.copyOf(view);
        notifyCallbacksChanged();
    }

    private void notifyCallbacksChanged() {
        for (ExecutionListener l : listeners) {
            try {
                l.onPendingCallbacksChanged(this);
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "an execution listener failed", ex);
            }
        }
    }

    private void requirePending(String token) {
        for (PendingCallback p : pendingView) {
            if (p.taskToken().equals(token)) {
                return;
            }
        }
        throw new IllegalArgumentException("Task Timed Out or does not exist: no task of execution " + executionName
                + " waits for the token '" + token + "'");
    }

    @Override
    public void sendTaskSuccess(String taskToken, JsonNode result) {
        requirePending(taskToken);
        post(() -> {
            Callback c = callbacks.get(taskToken);
            if (c != null && c.attempt.open) {
                resume(c.fiber, () -> c.task.completed(c.fiber, c.attempt, result));
            }
        });
    }

    @Override
    public void sendTaskFailure(String taskToken, String err, String why) {
        requirePending(taskToken);
        post(() -> {
            Callback c = callbacks.get(taskToken);
            if (c != null && c.attempt.open) {
                resume(c.fiber, () -> c.task.taskFailed(c.fiber, c.attempt, err, why));
            }
        });
    }

    @Override
    public void sendTaskHeartbeat(String taskToken) {
        requirePending(taskToken);
        post(() -> {
            Callback c = callbacks.get(taskToken);
            if (c != null && c.attempt.open && c.heartbeatTimer != null) {
                c.heartbeatTimer.cancelled = true;
                TaskProgram.TaskAttempt attempt = c.attempt;
                c.heartbeatTimer = schedule(Timer.Kind.CALLBACK_TIMEOUT, attempt.heartbeatSeconds * 1000, c.fiber,
                        () -> c.task.timedOut(c.fiber, attempt, ErrorNames.HEARTBEAT_TIMEOUT, null));
            }
        });
    }

    @Override
    public void stop(String err, String why) {
        post(() -> {
            if (over()) {
                return;
            }
            if (root != null) {
                abortFiber(root, true);
            }
            end(ExecutionStatus.ABORTED, HistoryEventType.ExecutionAborted, err, why, lastEventId());
        });
    }

    @Override
    public void advanceVirtualTime() {
        if (virtual) {
            post(() -> advanceRequested = true);
        }
    }

    // ---- what states read ----

    ExecutionLimits limits() {
        return limits;
    }

    RandomGenerator random() {
        return random;
    }

    String region() {
        return options.region();
    }

    String executionName() {
        return executionName;
    }

    String stateMachineName() {
        return options.stateMachineName();
    }

    Path bucketFolder(String bucket) {
        return options.s3Buckets().get(bucket);
    }

    String mapRunArn(String label) {
        return "arn:aws:states:" + options.region() + ":" + options.accountId() + ":mapRun:" + options.stateMachineName() + "/" + label
                + ":" + IntrinsicFunction.uuid(random);
    }

    /** The TestState run this is, or null for an execution. */
    StateTest test() {
        return test;
    }

    JsonNode executionContext() {
        if (executionContext == null) {
            ObjectNode e = Json.object(6);
            e.put("Id", test == null ? executionArn : "arn:aws:states:" + options.region() + ":" + options.accountId() + ":express:"
                    + options.stateMachineName() + ":" + executionName);
            e.set("Input", executionInput);
            e.put("StartTime", isoTime(startMillis));
            e.put("Name", executionName);
            e.put("RoleArn", roleArn);
            if (test == null) {
                e.put("RedriveCount", 0);
            }
            executionContext = e;
        }
        return executionContext;
    }

    JsonNode stateMachineContext() {
        if (stateMachineContext == null) {
            ObjectNode m = Json.object(2);
            m.put("Id", stateMachineArn);
            m.put("Name", options.stateMachineName());
            stateMachineContext = m;
        }
        return stateMachineContext;
    }

    // ---- Execution ----

    @Override
    public String name() {
        return executionName;
    }

    @Override
    public String arn() {
        return executionArn;
    }

    @Override
    public String stateMachineArn() {
        return stateMachineArn;
    }

    @Override
    public ExecutionStatus status() {
        return status;
    }

    @Override
    public JsonNode output() {
        return status == ExecutionStatus.SUCCEEDED ? output : null;
    }

    @Override
    public String error() {
        return status.isFinal() && status != ExecutionStatus.SUCCEEDED ? error : null;
    }

    @Override
    public String cause() {
        return status.isFinal() && status != ExecutionStatus.SUCCEEDED ? cause : null;
    }

    @Override
    public Instant startTime() {
        return Instant.ofEpochMilli(startMillis);
    }

    @Override
    public Instant stopTime() {
        long s = stopMillis;
        return s < 0 ? null : Instant.ofEpochMilli(s);
    }

    @Override
    public List<HistoryEvent> history() {
        return log.snapshot();
    }

    @Override
    public long transitions() {
        return transitions;
    }

    @Override
    public void addListener(ExecutionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ExecutionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public CompletableFuture<Execution> completion() {
        return completion;
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        try {
            completion.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    @Override
    public List<PendingCallback> pendingCallbacks() {
        return pendingView;
    }

    @Override
    public String toString() {
        return "Execution " + executionName + " " + status;
    }
}

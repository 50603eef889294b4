package stepwise.app.run;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import stepwise.engine.ClockMode;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionListener;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.HistoryEvent;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.PendingCallback;
import stepwise.engine.TaskHandler;
import stepwise.engine.Workflow;
import stepwise.engine.replay.Replay;
import stepwise.model.AslDocument;

/**
 * One execution run from the window: validated and compiled off the FX thread, run by the engine on its
 * own threads, its history pulled into the player's {@link Replay} once per frame (so a 10,000-item Map
 * never floods the FX thread), its pending callbacks listed for the callback controls.
 */
final class LiveRun {
    private static final ExecutorService COMPILER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stepwise-run-compile");
        t.setDaemon(true);
        return t;
    });

    private final Player player;
    private final Consumer<String> problems;
    private final ReadOnlyObjectWrapper<Execution> execution = new ReadOnlyObjectWrapper<>(this, "execution");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObservableList<PendingCallback> pending = FXCollections.observableArrayList();
    private final AnimationTimer pull;
    private Replay replay;
    private volatile boolean pendingChanged;
    private volatile boolean finished;

    LiveRun(Player player, Consumer<String> problems) {
        this.player = player;
        this.problems = problems;
        this.pull = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pull();
            }
        };
    }

    /** Compiles and starts {@code document} on {@code input}; problems go to the problems consumer. */
    void start(AslDocument document, String input, TaskHandler tasks, ClockMode clock, String machineName, ExecutionLimits limits) {
        stop();
        running.set(true);
        COMPILER.submit(() -> {
            try {
                Workflow workflow = Workflow.load(document);
                var in = Workflow.parseInput(input.isBlank() ? "{}" : input);
                Platform.runLater(() -> begin(workflow, document, in, tasks, clock, machineName, limits));
            } catch (InvalidDefinitionException e) {
                fail("The workflow cannot run: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                fail("The input is " + e.getMessage());
            } catch (RuntimeException e) {
                stepwise.app.UnexpectedErrorHandler.report("could not start the run", e);
                fail("The run could not start: " + e.getMessage());
            }
        });
    }

    private void fail(String message) {
        Platform.runLater(() -> {
            running.set(false);
            problems.accept(message);
        });
    }

    private void begin(Workflow workflow, AslDocument document, com.fasterxml.jackson.databind.JsonNode input, TaskHandler tasks,
                       ClockMode clock, String machineName, ExecutionLimits limits) {
        replay = Replay.of(document.graph(), List.of());
        finished = false;
        player.followProperty().set(true);
        player.setReplay(replay);
        ExecutionOptions options = ExecutionOptions.defaults().withClock(clock).withStateMachineName(machineName).withLimits(limits);
        Execution e = workflow.start(input, options, tasks, new ExecutionListener() {
            @Override
            public void onEvent(Execution execution, HistoryEvent event) {
            }

            @Override
            public void onFinished(Execution execution) {
                finished = true;
            }

            @Override
            public void onPendingCallbacksChanged(Execution execution) {
                pendingChanged = true;
            }
        });
        execution.set(e);
        pull.start();
    }

    /** Once a frame: the events since the last frame go into the replay; callbacks and the end are noticed. */
    private void pull() {
        Execution e = execution.get();
        if (e == null || replay == null) {
            pull.stop();
            return;
        }
        boolean ended = finished;
        List<HistoryEvent> history = e.history();
        if (history.size() > replay.size()) {
            replay.append(history.subList(replay.size(), history.size()));
            player.refresh();
        }
        if (pendingChanged) {
            pendingChanged = false;
            pending.setAll(e.pendingCallbacks());
        }
        if (ended && e.history().size() == replay.size()) {
            pull.stop();
            pending.clear();
            running.set(false);
            player.followProperty().set(false);
        }
    }

    /** Stops the execution, if one runs (it ends ABORTED). */
    void stop() {
        Execution e = execution.get();
        if (e != null && !e.status().isFinal()) {
            e.stop("Stopped", "Stopped from Stepwise");
        }
    }

    /** Forgets the run (the player shows something else now). */
    void detach() {
        stop();
        pull.stop();
        execution.set(null);
        replay = null;
        pending.clear();
        running.set(false);
        player.followProperty().set(false);
    }

    ReadOnlyObjectProperty<Execution> executionProperty() {
        return execution.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ObservableList<PendingCallback> pending() {
        return pending;
    }
}

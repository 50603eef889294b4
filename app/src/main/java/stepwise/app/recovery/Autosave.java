package stepwise.app.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.edit.WorkflowSession;

/**
 * Keeps the unsaved text of every watched window in the recovery folder: a few seconds after each change
 * (the delay restarts while the user types) the text is copied on the FX thread and written atomically
 * on a background thread. Saving, reverting to the saved text, opening another file and closing the
 * window cleanly remove the window's recovery file.
 */
public final class Autosave implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Autosave.class.getName());
    /** After the last change, how long to wait before writing. */
    public static final Duration DEFAULT_DELAY = Duration.seconds(3);

    private final RecoveryStore store;
    private final Duration delay;
    private final Clock clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stepwise-autosave");
        t.setDaemon(true);
        return t;
    });

    public Autosave(RecoveryStore store) {
        this(store, DEFAULT_DELAY, Clock.systemUTC());
    }

    public Autosave(RecoveryStore store, Duration delay, Clock clock) {
        this.store = store;
        this.delay = delay;
        this.clock = clock;
    }

    public RecoveryStore store() {
        return store;
    }

    /** Keeps {@code window}'s work safe from now on. FX thread. */
    public void watch(WorkWindow window) {
        new Watch(window);
    }

    /**
     * Writes {@code window}'s work now, then forgets {@code restored} (the left-behind copy it was restored
     * from), in that order, so that the text is in the recovery folder all the time.
     */
    public void adopt(WorkWindow window, RecoveredWork restored) {
        Watch w = (Watch) window.stage().getProperties().get(Watch.class);
        if (w != null) {
            w.saveNow();
        }
        run(() -> store.discard(restored));
    }

    /** Forgets left-behind work the user discarded, on the writer thread after what is pending. */
    public void discardLater(RecoveredWork work) {
        run(() -> store.discard(work));
    }

    private void run(Runnable task) {
        try {
            writer.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            LOG.fine("the autosave has ended; nothing more is written");
        }
    }

    /** Waits for the writes asked for so far (tests, and the end of the run). */
    public void flush() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the autosave did not finish writing", e);
        }
    }

    /** Ends the run cleanly: pending writes finish, then the recovery files of this run go. */
    @Override
    public void close() {
        writer.execute(store::close);
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("the autosave did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One window: its slot in the folder and the timer after its last change. */
    private final class Watch implements WorkflowSession.Listener {
        private final WorkWindow window;
        private final Path slot = store.newSlot();
        private final PauseTransition timer = new PauseTransition(delay);
        private WorkflowSession session;
        private boolean written;

        Watch(WorkWindow window) {
            this.window = window;
            window.stage().getProperties().put(Watch.class, this);
            timer.setOnFinished(e -> saveNow());
            window.sessionProperty().addListener((obs, before, after) -> follow(after));
            window.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closedCleanly());
            follow(window.sessionProperty().get());
        }

        private void follow(WorkflowSession next) {
            if (session != null) {
                session.removeListener(this);
            }
            session = next;
            if (session != null) {
                session.addListener(this);
            }
            changed();
        }

        @Override
        public void textChanged(WorkflowSession.Change change) {
            changed();
        }

        @Override
        public void historyChanged() {
            changed();
        }

        private void changed() {
            if (session != null && session.isDirty()) {
                timer.playFromStart();
            } else {
                timer.stop();
                forget();
            }
        }

        /** Copies the text now (FX thread) and writes it in the background. */
        void saveNow() {
            timer.stop();
            if (session == null || !session.isDirty()) {
                forget();
                return;
            }
            AslDocument base = session.currentBase();
            RecoveredWork work = new RecoveredWork(null, window.file(), base == null ? Syntax.JSON : base.syntax(), clock.instant(),
                    window.exampleId(), session.text());
            written = true;
            run(() -> {
                try {
                    store.write(slot, work);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot write the autosave of " + work.displayName() + " to " + slot, e);
                }
            });
        }

        private void forget() {
            if (written) {
                written = false;
                run(() -> store.delete(slot));
            }
        }

        private void closedCleanly() {
            timer.stop();
            if (session != null) {
                session.removeListener(this);
            }
            written = true; // whatever was written before this watch knew of it
            forget();
        }
    }
}

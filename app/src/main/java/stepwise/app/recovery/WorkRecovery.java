package stepwise.app.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Work is never lost", for one run of the application: the autosave of every window into the recovery
 * folder, and at start the offer to restore what a run that crashed or was killed left there. A run
 * that cannot use the folder (no permission, a read-only home) goes on without autosave and logs why.
 */
public final class WorkRecovery implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WorkRecovery.class.getName());

    private final Autosave autosave;

    private WorkRecovery(Autosave autosave) {
        this.autosave = autosave;
    }

    /** Takes this run's place in the recovery folder. */
    public static WorkRecovery start(Path recoveryFolder) {
        try {
            return new WorkRecovery(new Autosave(RecoveryStore.open(recoveryFolder)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the recovery folder " + recoveryFolder + " cannot be used: there is no autosave in this run", e);
            return new WorkRecovery(null);
        }
    }

    /** From a recovery folder that {@code folders} could not make: no autosave. */
    public static WorkRecovery none() {
        return new WorkRecovery(null);
    }

    public boolean isActive() {
        return autosave != null;
    }

    /** Keeps the window's work safe from now on. */
    public void watch(WorkWindow window) {
        if (autosave != null) {
            autosave.watch(window);
        }
    }

    /** What earlier runs left behind. */
    public List<RecoveredWork> leftBehind() {
        return autosave == null ? List.of() : autosave.store().leftBehind();
    }

    /**
     * Offers to restore what earlier runs left behind; answers the prompt, or null when there is nothing.
     * The first work restored goes into {@code main} if it shows only a blank new workflow; the rest each
     * into a window from {@code newWindow}.
     */
    public RestorePrompt offerRestore(WorkWindow main, Supplier<WorkWindow> newWindow) {
        List<RecoveredWork> found = leftBehind();
        if (found.isEmpty()) {
            return null;
        }
        boolean[] mainTaken = {main.file() != null || main.sessionProperty().get().isDirty()};
        RestorePrompt prompt = new RestorePrompt(main.stage(), found, work -> {
            WorkWindow target = mainTaken[0] ? newWindow.get() : main;
            mainTaken[0] = true;
            target.restore(work);
            autosave.adopt(target, work);
        }, work -> autosave.discardLater(work), ZoneId.systemDefault());
        prompt.show();
        return prompt;
    }

    /** Waits for the autosave's pending writes (tests). */
    public void flush() {
        if (autosave != null) {
            autosave.flush();
        }
    }

    /** The end of a clean run: this run's recovery files go. */
    @Override
    public void close() {
        if (autosave != null) {
            autosave.close();
        }
    }
}

package stepwise.canvas;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure in the canvas's background work (layout, parsing, export) that nobody expected: it goes to
 * the thread's uncaught-exception handler, which the application points at its error dialog and log,
 * so that it is reported rather than lost in a future that nobody reads.
 */
final class BackgroundFailure {
    private static final Logger LOG = Logger.getLogger(BackgroundFailure.class.getName());

    private BackgroundFailure() {
    }

    static void report(String what, Throwable error) {
        LOG.log(Level.FINE, what, error);
        Thread t = Thread.currentThread();
        Thread.UncaughtExceptionHandler handler = t.getUncaughtExceptionHandler();
        if (handler != null) {
            handler.uncaughtException(t, error);
        } else {
            LOG.log(Level.SEVERE, what, error);
        }
    }
}

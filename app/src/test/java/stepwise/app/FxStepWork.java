package stepwise.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures the FX-thread work one action causes, as a person sees it: the action itself, the updates it
 * queues for later on the FX thread, and the CSS and layout of the next pulse (rendering runs on its own
 * thread). Forcing {@code applyCss()} on a root would restyle every node and measure something else.
 */
public final class FxStepWork {
    private final Scene scene;
    private volatile long pulseStart;
    private volatile double pulseMs;
    private volatile CountDownLatch pulse;

    public FxStepWork(Scene scene) {
        this.scene = scene;
        Platform.runLater(() -> {
            scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                CountDownLatch waiting = pulse;
                if (waiting != null) {
                    pulseMs = (System.nanoTime() - pulseStart) / 1e6;
                    pulse = null;
                    waiting.countDown();
                }
            });
        });
    }

    /** Milliseconds of FX-thread work caused by {@code action} (run on the FX thread). */
    public double measure(Runnable action) throws InterruptedException {
        double[] ms = new double[2];
        CountDownLatch queued = new CountDownLatch(1);
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            action.run();
            long t1 = System.nanoTime();
            Platform.runLater(() -> {
                ms[0] = (t1 - t0) / 1e6;
                ms[1] = (System.nanoTime() - t1) / 1e6;
                queued.countDown();
            });
        });
        queued.await(60, TimeUnit.SECONDS);
        CountDownLatch next = new CountDownLatch(1);
        Platform.runLater(() -> {
            pulse = next;
            Platform.requestNextPulse();
        });
        next.await(60, TimeUnit.SECONDS);
        return ms[0] + ms[1] + pulseMs;
    }
}

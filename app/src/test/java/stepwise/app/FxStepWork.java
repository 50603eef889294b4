package stepwise.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;
import stepwise.app.run.Player;

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

    /**
     * Plays {@code player} at 16× from event {@code from} for {@code millis} and returns the intervals
     * between frames in milliseconds, leaving out the first ten (the start of playing).
     */
    public static List<Double> framesWhilePlaying(FxRobot robot, Player player, int from, long millis) throws InterruptedException {
        List<Double> frames = new ArrayList<>();
        long[] last = {0};
        AnimationTimer meter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    frames.add((now - last[0]) / 1e6);
                }
                last[0] = now;
            }
        };
        robot.interact(() -> {
            player.seek(from);
            player.speedProperty().set(16);
            player.play();
            meter.start();
        });
        Thread.sleep(millis);
        robot.interact(() -> {
            meter.stop();
            player.pause();
        });
        return new ArrayList<>(frames.subList(Math.min(10, frames.size()), frames.size()));
    }

    /** One line of a measure's report: the median of {@code ms}, its least and greatest, and whether it meets {@code target}. */
    public static String line(String label, List<Double> ms, double target) {
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        double median = sorted.get(sorted.size() / 2);
        return String.format(Locale.ROOT, "%-52s median %8.2f ms  (min %.2f, max %.2f, %d runs)  target < %.0f ms: %s", label, median,
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(), target, median < target ? "met" : "NOT MET");
    }

    /** The report's line for frames measured over {@code millis}: how many a second. */
    public static String rate(List<Double> frames, long millis) {
        double total = frames.stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "frames: %d in %.1f s (%.1f per second)", frames.size(), total / 1000, frames.size() * 1000 / Math.max(1, total));
    }
}

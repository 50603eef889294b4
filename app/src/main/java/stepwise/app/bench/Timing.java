package stepwise.app.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Times a piece of work: warm-up runs, then measured runs, answering the median and spread in milliseconds. */
public record Timing(double medianMs, double minMs, double maxMs, int runs) {

    /** Runs {@code work} {@code warmup} times unmeasured, then {@code runs} times measured. */
    public static Timing of(int warmup, int runs, Callable<?> work) throws Exception {
        Object sink = null;
        for (int i = 0; i < warmup; i++) {
            sink = work.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink = work.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink == Timing.class) {
            throw new IllegalStateException();
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        return new Timing(median, ms[0], ms[runs - 1], runs);
    }

    /** The median and spread of durations measured elsewhere (in milliseconds), such as steps of a UI driven by events. */
    public static Timing of(double[] millis) {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] ms = millis.clone();
        Arrays.sort(ms);
        int runs = ms.length;
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        return new Timing(median, ms[0], ms[runs - 1], runs);
    }

    /** {@code label: median 3.21 ms (min 3.01, max 4.50, 30 runs) target < 50 ms: met}. */
    public String line(String label, double targetMs) {
        return String.format(java.util.Locale.ROOT, "%-44s median %8.2f ms  (min %.2f, max %.2f, %d runs)  target < %s ms: %s",
                label, medianMs, minMs, maxMs, runs, trim(targetMs), medianMs < targetMs ? "met" : "NOT MET");
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}

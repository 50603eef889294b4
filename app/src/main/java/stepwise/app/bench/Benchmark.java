package stepwise.app.bench;

import java.io.PrintStream;

/** One named benchmark of {@code stepwise bench NAME}: measures and prints its figures. */
public interface Benchmark {
    /** The word that selects it: {@code model}. */
    String name();

    /** One line: what it measures and the targets. */
    String description();

    /** Runs the benchmark (with its own warm-up) and prints one line per figure. */
    void run(PrintStream out) throws Exception;
}

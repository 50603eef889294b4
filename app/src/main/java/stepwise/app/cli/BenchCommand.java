package stepwise.app.cli;

import java.util.List;
import stepwise.app.bench.Benchmark;
import stepwise.app.bench.ValidateBench;
import stepwise.app.bench.EditBenchmark;
import stepwise.app.editor.EditorBenchmark;
import stepwise.app.bench.CanvasLayoutBenchmark;
import stepwise.app.inspector.InspectorBench;
import stepwise.app.bench.ReplayBenchmark;

/** {@code stepwise bench [NAME...]}: runs the speed benchmarks and prints medians against their targets. */
public final class BenchCommand implements CliCommand {
    /** Every benchmark, in the order {@code bench} with no name runs them. */
    static final List<Benchmark> BENCHMARKS = List.of(new ValidateBench(), new EditBenchmark(), new CanvasLayoutBenchmark(),
            new EditorBenchmark(), new InspectorBench(), new ReplayBenchmark());

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure speed against the targets (median of runs after a warm-up)";
    }

    @Override
    public String usage() {
        StringBuilder sb = new StringBuilder("stepwise bench [NAME...]\n\nbenchmarks:\n");
        for (Benchmark b : BENCHMARKS) {
            sb.append(String.format("  %-10s %s%n", b.name(), b.description()));
        }
        return sb.toString().stripTrailing();
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        for (String a : args) {
            if (BENCHMARKS.stream().noneMatch(b -> b.name().equals(a))) {
                throw new UsageException("no benchmark named '" + a + "'");
            }
        }
        for (Benchmark b : BENCHMARKS) {
            if (args.isEmpty() || args.contains(b.name())) {
                io.out().println("== " + b.name() + ": " + b.description());
                b.run(io.out());
            }
        }
        return 0;
    }
}

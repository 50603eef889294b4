package stepwise.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntConsumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.canvas.WorkflowCanvas;
import stepwise.canvas.WorkflowSelection;
import stepwise.model.AslDocument;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.TextEdit;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.sample.WorkflowGenerator;

/**
 * The canvas's speed on a generated 1,000-state workflow, painted headless (Monocle, software
 * rendering, pulses at full speed): open to first paint, frames while panning and zooming, and one edit
 * to its repaint. A frame is the time between two pulses while the view changes at every pulse; a paint
 * is done when the pulse after the one that drew the change begins (the render of a pulse must finish
 * before the next pulse starts). Run with {@code ./mvnw -B -q test -Pbench -pl app -am}; prints medians
 * and writes them to {@code app/target/bench/canvas-paint.txt}; asserts nothing.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class CanvasPaintBenchmarkTest {
    static {
        // pulses as fast as the work allows, rather than paced at 60 per second
        System.setProperty("javafx.animation.fullspeed", "true");
    }

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    private Stage stage;
    private final List<String> lines = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void canvas_speed_on_a_1000_state_workflow(FxRobot robot) throws Exception {
        // -Dbench.jfr=FILE records a Flight Recorder profile of the run into FILE, sampling every millisecond
        String jfr = System.getProperty("bench.jfr");
        jdk.jfr.Recording recording = null;
        if (jfr != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
            recording.start();
        }
        measure(robot);
        if (recording != null) {
            recording.dump(Path.of(jfr));
            recording.close();
        }
    }

    private void measure(FxRobot robot) throws Exception {
        String text = WorkflowGenerator.generate(CanvasLayoutBenchmark.STATES, CanvasLayoutBenchmark.SEED);
        WorkflowCanvas canvas = null;
        double[] open = new double[5];
        for (int i = -2; i < open.length; i++) {
            WorkflowCanvas[] c = new WorkflowCanvas[1];
            long[] t0 = new long[1];
            robot.interact(() -> {
                stage.setScene(new Scene(new javafx.scene.layout.Pane(), WIDTH, HEIGHT));
                stage.show();
            });
            robot.interact(() -> {
                t0[0] = System.nanoTime();
                c[0] = new WorkflowCanvas(new WorkflowSession(AslDocument.of(text)), new WorkflowSelection());
                stage.getScene().setRoot(c[0]);
            });
            long t1 = paintedAfter(c[0].whenLaidOut());
            if (i >= 0) {
                open[i] = (t1 - t0[0]) / 1e6;
            }
            canvas = c[0];
        }
        report(Timing.of(open).line("open, lay out and first paint", 1500));

        WorkflowCanvas shown = canvas;
        frames(shown, 60, "panning at 100 %", i -> shown.viewport().panBy(0, -37));
        if (Boolean.getBoolean("bench.quick")) {
            write();
            return;
        }
        robot.interact(() -> shown.viewport().zoomTo(0.5));
        frames(shown, 60, "panning at 50 %", i -> shown.viewport().panBy(-11, -29));
        robot.interact(() -> shown.viewport().zoomTo(0.25));
        frames(shown, 60, "panning at 25 % (overview)", i -> shown.viewport().panBy(13, -23));
        robot.interact(() -> shown.viewport().zoomTo(0.8));
        frames(shown, 60, "zooming", i -> shown.viewport().zoomAt(shown.viewport().getZoom() * (i % 2 == 0 ? 1.1 : 1 / 1.1),
                WIDTH / 2.0, HEIGHT / 2.0));
        robot.interact(() -> {
            shown.viewport().zoomTo(0.8);
            shown.viewport().centerOn(shown.getLayout().state(shown.getGraph().root().start()).box());
        });
        frames(shown, 60, "zooming over the first states", i -> shown.viewport().zoomAt(
                shown.viewport().getZoom() * (i % 2 == 0 ? 1.1 : 1 / 1.1), WIDTH / 2.0, HEIGHT / 2.0));
        robot.interact(() -> shown.viewport().zoomTo(1));

        report(edits(robot, shown, "change a Wait's seconds", d -> SampleEdits.changeWait(d)));
        report(edits(robot, shown, "insert a state at the top", d -> SampleEdits.insertPass(d.machine(), 120, "Inserted")));
        report(edits(robot, shown, "insert a state in a branch", d -> SampleEdits.insertPass(SampleEdits.nested(d, 8), 2, "Inserted")));
        write();
    }

    /** Waits until {@code shown} completes, then for the pulse after the one that drew it; answers when that pulse began. */
    private static long paintedAfter(CompletableFuture<?> shown) throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        shown.thenRun(() -> Platform.runLater(() -> new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks == 2) {
                    painted.complete(System.nanoTime());
                    stop();
                }
            }
        }.start()));
        return painted.get(60, TimeUnit.SECONDS);
    }

    /**
     * Changes the view at every pulse and times the pulses: wall time between pulses, and the CPU time
     * the FX thread and the render thread spent on each (which the load of other processes does not inflate).
     */
    private void frames(WorkflowCanvas canvas, int count, String label, IntConsumer change) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        double[] wall = new double[count];
        double[] work = new double[count];
        double[] renderWork = new double[count];
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int tick = -5;
            private long last;
            private long lastCpu;
            private long lastRender;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long r = renderer < 0 ? 0 : cpu.getThreadCpuTime(renderer);
                long c = cpu.getCurrentThreadCpuTime() + r;
                if (tick > 0 && tick <= count) {
                    wall[tick - 1] = (t - last) / 1e6;
                    work[tick - 1] = (c - lastCpu) / 1e6;
                    renderWork[tick - 1] = (r - lastRender) / 1e6;
                }
                last = t;
                lastCpu = c;
                lastRender = r;
                if (tick == count) {
                    stop();
                    done.complete(null);
                    return;
                }
                change.accept(tick);
                tick++;
            }
        }.start());
        done.get(120, TimeUnit.SECONDS);
        report(Timing.of(wall).line("frame while " + label, 16));
        report(Timing.of(work).line("  CPU of FX + render threads per frame", 16));
        if (Boolean.getBoolean("bench.quick")) {
            report(Timing.of(renderWork).line("  CPU of the render thread per frame", 16));
        }
    }

    /** Times one edit through the canvas's commands to its repaint, then undoes it (untimed). */
    private static String edits(FxRobot robot, WorkflowCanvas canvas, String label, Function<AslDocument, List<TextEdit>> edit)
            throws Exception {
        double[] ms = new double[9];
        for (int i = -3; i < ms.length; i++) {
            WorkflowSession session = canvas.getSession();
            String before = session.text();
            EditCommand command = new EditCommand() {
                @Override
                public String description() {
                    return label;
                }

                @Override
                public List<TextEdit> edits(AslDocument document) {
                    return edit.apply(document);
                }
            };
            long[] t0 = new long[1];
            CompletableFuture<CompletableFuture<?>> laidOut = new CompletableFuture<>();
            robot.interact(() -> {
                t0[0] = System.nanoTime();
                canvas.commands().execute(command);
                laidOut.complete(canvas.whenLaidOut());
            });
            long t1 = paintedAfter(laidOut.get());
            if (i >= 0) {
                ms[i] = (t1 - t0[0]) / 1e6;
            }
            robot.interact(session::undo);
            robot.interact(session::document);
            canvas.whenLaidOut().get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            if (!session.text().equals(before)) {
                throw new AssertionError("undo did not restore the text");
            }
        }
        return Timing.of(ms).line("one edit to repaint: " + label, 100);
    }

    private void report(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private void write() throws IOException {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.write(dir.resolve("canvas-paint.txt"), lines);
    }
}

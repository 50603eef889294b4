package stepwise.app;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.app.bench.ReplayBenchmark;
import stepwise.app.run.RunPanel;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.HistoryEvent;
import stepwise.engine.TaskHandler;
import stepwise.engine.Workflow;
import stepwise.engine.replay.AwsHistory;
import stepwise.model.AslDocument;

/**
 * Watching a run in the whole window, headless: the 1,000-state workflow on the canvas, its 100,000-event
 * history imported, then the FX-thread work of a jump to a random event and of one step (statuses and
 * tokens on the canvas, every view: the action, the updates it queues, the next pulse's CSS and layout),
 * and frames while playing at 16×. Prints medians; asserts nothing about time. Not in the test suite (its
 * name does not end in Test); run it with
 * {@code ./mvnw -B -q -pl app -am test -Dtest=WindowPlaybackMeasure -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPlaybackMeasure {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Path workflow;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, Settings.inMemory());
        workflow = dir.resolve("ring.asl.json");
        Files.writeString(workflow, ReplayBenchmark.loop(1000));
        window.open(workflow);
        stage.show();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void measure(FxRobot robot) throws Exception {
        window.canvas().whenLaidOut().get(120, TimeUnit.SECONDS);
        List<HistoryEvent> events = Workflow.load(AslDocument.of(Files.readString(workflow))).run("{\"n\": 50}",
                ExecutionOptions.defaults().withStartTime(Instant.parse("2024-05-01T12:00:00Z")).withLimits(ExecutionLimits.unlimited()),
                TaskHandler.none()).history();
        Path history = dir.resolve("history.json");
        try (Writer out = Files.newBufferedWriter(history, StandardCharsets.UTF_8)) {
            AwsHistory.write(events, out);
        }
        RunPanel run = window.runPanel();
        long t0 = System.nanoTime();
        AtomicReference<javafx.concurrent.Task<?>> task = new AtomicReference<>();
        robot.interact(() -> task.set(run.importHistory(history)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> task.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf(Locale.ROOT, "window: 1,000 states on the canvas; imported %,d events in %.0f ms%n", events.size(),
                (System.nanoTime() - t0) / 1e6);

        Random random = new Random(5);
        List<Double> jumps = new ArrayList<>();
        FxStepWork work = new FxStepWork(window.stage().getScene());
        for (int i = 0; i < 120; i++) {
            int k = random.nextInt(events.size() + 1);
            double ms = work.measure(() -> run.player().seek(k));
            if (i >= 20) {
                jumps.add(ms);
            }
        }
        List<Double> steps = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double ms = work.measure(() -> run.player().stepForward());
            if (i >= 20) {
                steps.add(ms);
            }
        }
        System.out.println(line("step forward one event, canvas + run panel", steps, 50));
        System.out.println(line("jump to a random event, canvas + run panel", jumps, 50));

        List<Double> frames = FxStepWork.framesWhilePlaying(robot, run.player(), events.size() / 2, 5000);
        System.out.println(line("frame interval playing at 16x, canvas + run panel", frames, 1000.0 / 60 + 1));
        System.out.println(FxStepWork.rate(frames, 5000));
    }

    private static String line(String label, List<Double> ms, double target) {
        return FxStepWork.line(label, ms, target);
    }
}

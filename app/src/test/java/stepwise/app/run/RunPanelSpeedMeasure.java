package stepwise.app.run;

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
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.app.FxStepWork;
import stepwise.app.bench.ReplayBenchmark;
import stepwise.canvas.ExecutionOverlay;
import stepwise.canvas.WorkflowSelection;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.HistoryEvent;
import stepwise.engine.TaskHandler;
import stepwise.engine.Workflow;
import stepwise.engine.replay.AwsHistory;
import stepwise.model.AslDocument;
import stepwise.model.edit.WorkflowSession;

/**
 * The run panel's speed, headless, on a 1,000-state workflow and its 100,000-event history: importing
 * the history into the table and the player, the FX-thread work of a jump to a random event (the jump,
 * the updates it queues, the next pulse's CSS and layout), and frames while playing at 16×. Prints medians; asserts nothing about time (machines are
 * noisy). Not part of the test suite (its name does not end in Test); run it with
 * {@code ./mvnw -B -q -pl app -am test -Dtest=RunPanelSpeedMeasure -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class RunPanelSpeedMeasure {
    @TempDir
    static Path dir;

    private RunPanel panel;
    private WorkflowSession session;

    @Start
    void start(Stage stage) {
        session = new WorkflowSession(AslDocument.of(ReplayBenchmark.loop(1000)));
        panel = new RunPanel(() -> session, new WorkflowSelection(), () -> null, ExecutionOverlay.NONE);
        Scene scene = new Scene(panel, 1280, 600);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 15, unit = TimeUnit.MINUTES)
    void measure(FxRobot robot) throws Exception {
        Workflow w = Workflow.load(session.document());
        List<HistoryEvent> events = w.run("{\"n\": 50}", ExecutionOptions.defaults().withStartTime(Instant.parse("2024-05-01T12:00:00Z"))
                .withLimits(ExecutionLimits.unlimited()), TaskHandler.none()).history();
        Path file = dir.resolve("history.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            AwsHistory.write(events, out);
        }
        System.out.printf(Locale.ROOT, "history: %,d events, %,d bytes%n", events.size(), Files.size(file));
        robot.interact(() -> panel.teachingToggle().setSelected(true));

        List<Double> loads = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            AtomicReference<javafx.concurrent.Task<?>> task = new AtomicReference<>();
            robot.interact(() -> task.set(panel.importHistory(file)));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task.get().isDone());
            robot.interact(() -> {
                panel.applyCss();
                panel.layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            loads.add((System.nanoTime() - t0) / 1e6);
            if (panel.eventTable().table().getItems().size() != events.size()) {
                throw new AssertionError("the table has " + panel.eventTable().table().getItems().size() + " rows");
            }
        }
        System.out.println(line("import 100,000 events into table + player", loads, 2000));

        Random random = new Random(3);
        FxStepWork work = new FxStepWork(panel.getScene());
        for (int tab = 0; tab < 3; tab++) {
            int t = tab;
            robot.interact(() -> panel.tabs().getSelectionModel().select(t));
            List<Double> steps = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int k = random.nextInt(events.size() + 1);
                double ms = work.measure(() -> panel.player().seek(k));
                if (i >= 20) {
                    steps.add(ms);
                }
            }
            System.out.println(line("step to a random event, " + panel.tabs().getTabs().get(t).getText() + " tab shown", steps, 50));
        }

        robot.interact(() -> panel.tabs().getSelectionModel().select(0));
        List<Double> frames = FxStepWork.framesWhilePlaying(robot, panel.player(), events.size() / 2, 4000);
        System.out.println(line("frame interval while playing at 16x", frames, 1000.0 / 60 + 1));
        System.out.println(FxStepWork.rate(frames, 4000));
    }

    private static String line(String label, List<Double> ms, double target) {
        return FxStepWork.line(label, ms, target);
    }
}

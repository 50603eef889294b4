package stepwise.app.editor;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import stepwise.app.bench.Benchmark;
import stepwise.app.bench.Timing;
import stepwise.canvas.WorkflowSelection;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.edit.TextEdit;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.sample.WorkflowGenerator;

/**
 * {@code stepwise bench editor}: the JSON editor on a generated 1,000-state workflow, in a real (or
 * headless Monocle) window. Measures how long the FX thread is busy with one keystroke (the key
 * event: session edit, restyle, bracket matching; the work it queues, such as completion; and the
 * CSS and layout of the next pulse, but not the idle wait for the pulse timer); how long after the
 * last keystroke the parse reaches the session (wall clock, the typing pause included); and how long
 * the FX thread is busy patching a command's edit into the code area. Needs JavaFX graphics: a
 * display, or headless Monocle: {@code ./mvnw -B -pl app -am -DskipTests -Pbench verify}.
 */
public final class EditorBenchmark implements Benchmark {
    private static final WorkflowSession.Origin CANVAS = new WorkflowSession.Origin() {
    };

    @Override
    public String name() {
        return "editor";
    }

    @Override
    public String description() {
        return "JSON editor on 1,000 states: keystroke < 16 ms on the FX thread, parse in the session < 300 ms after a pause, "
                + "command patch < 20 ms";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        startToolkit();
        String text = WorkflowGenerator.generate(1000, 7);
        JsonEditor editor = onFx(() -> {
            JsonEditor e = new JsonEditor();
            Stage stage = new Stage();
            Scene scene = new Scene(e.node(), 900, 700);
            stepwise.app.AppTheme.apply(scene, stepwise.canvas.diagram.ThemePalette.Theme.LIGHT);
            stage.setScene(scene);
            stage.show();
            e.setSelection(new WorkflowSelection());
            return e;
        });
        WorkflowSession session = null;
        double[] open = new double[2];
        for (int i = 0; i < 2; i++) { // the second, warm, open is the one reported
            long loadStart = System.nanoTime();
            long[] shown = new long[1];
            session = onFx(() -> {
                WorkflowSession s = new WorkflowSession(AslDocument.of(text));
                editor.setSession(s, Syntax.JSON);
                editor.area().requestFocus();
                shown[0] = System.nanoTime();
                return s;
            });
            idle(editor, session);
            open[0] = (shown[0] - loadStart) / 1e6;
            open[1] = (System.nanoTime() - loadStart) / 1e6;
        }
        out.printf(Locale.ROOT, "%-44s %d states, %d KB, %d lines%n", "workflow", 1000, text.length() / 1024,
                text.split("\n", -1).length);
        out.printf(Locale.ROOT, "%-44s %8.2f ms (warm, once)%n", "open: text shown in the code area", open[0]);
        out.printf(Locale.ROOT, "%-44s %8.2f ms (warm, once)%n", "open: highlighted, problems shown, laid out", open[1]);

        Timing keystroke = keystrokes(editor, session);
        out.println(keystroke.line("keystroke on the FX thread", 16));

        Timing pause = pauses(editor, session);
        out.println(pause.line("last keystroke to parse in session", 300));
        out.printf(Locale.ROOT, "%-44s %8.0f ms of it is the typing pause%n", "", JsonEditor.TYPING_PAUSE.toMillis());

        Timing patch = commandPatches(editor, session);
        out.println(patch.line("command edit patched into the code area", 20));

        Timing analysis = Timing.of(2, 9, () -> AnalysisPipeline.analyse(new AnalysisPipeline.Request(0, text, Syntax.JSON, null, null,
                AslDocument::syntaxDiagnostics, List.of(), System.nanoTime())));
        out.printf(Locale.ROOT, "%-44s median %8.2f ms (off the FX thread)%n", "background parse + check + highlight", analysis.medianMs());
    }

    /** Types characters into Next values, as a person does, and times each on the FX thread until it is idle. */
    private static Timing keystrokes(JsonEditor editor, WorkflowSession session) throws Exception {
        List<Integer> positions = nextValuePositions(session.text(), 40);
        double[] ms = new double[positions.size() * 3];
        int k = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up
            k = 0;
            for (int p : positions) {
                int at = p;
                onFx(() -> {
                    editor.area().moveTo(Math.min(at, editor.area().getLength()));
                    editor.area().requestFollowCaret();
                    return null;
                });
                idle(editor, session);
                for (int i = 0; i < 3; i++) {
                    ms[k++] = typeOne(editor, "x");
                }
                onFx(() -> {
                    editor.undo();
                    return null;
                });
                idle(editor, session);
            }
        }
        return timing(Arrays.copyOf(ms, k));
    }

    /**
     * The FX-thread time of one typed character: the key event (session edit, restyling the line,
     * bracket matching), the next pulse's CSS and layout, and what the event queued (completion).
     */
    private static double typeOne(JsonEditor editor, String ch) throws Exception {
        return untilLaidOut(editor, () -> editor.area().fireEvent(
                new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false)), true);
    }

    /**
     * Runs {@code action} on the FX thread and answers how long the FX thread was busy with it: the
     * action itself, the CSS and layout of the pulse that follows, and (with {@code queued}) the work
     * the action queued on the FX thread. Waiting for the pulse timer is not counted: it is idle time.
     */
    private static double untilLaidOut(JsonEditor editor, Runnable action, boolean queued) throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        long[] t = new long[5]; // action start, action end, queue drained, pulse start, pulse laid out
        Platform.runLater(() -> {
            Scene scene = editor.node().getScene();
            Runnable[] listeners = new Runnable[2];
            listeners[0] = () -> {
                if (t[3] == 0) {
                    t[3] = System.nanoTime();
                }
            };
            listeners[1] = () -> {
                if (t[3] != 0 && t[4] == 0) {
                    t[4] = System.nanoTime();
                    scene.removePreLayoutPulseListener(listeners[0]);
                    scene.removePostLayoutPulseListener(listeners[1]);
                    done.countDown();
                }
            };
            t[0] = System.nanoTime();
            action.run();
            t[1] = System.nanoTime();
            scene.addPreLayoutPulseListener(listeners[0]);
            scene.addPostLayoutPulseListener(listeners[1]);
            Platform.runLater(() -> {
                t[2] = System.nanoTime();
                done.countDown();
            });
            Platform.requestNextPulse();
        });
        if (!done.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse within 10 s");
        }
        long busy = (t[1] - t[0]) + (t[4] - t[3]);
        if (queued) {
            long drain = t[2] - t[1];
            if (t[3] >= t[1] && t[4] <= t[2]) {
                drain -= t[4] - t[3]; // the pulse ran while the queue drained: counted once
            }
            busy += Math.max(0, drain);
        }
        return busy / 1e6;
    }

    /** After a burst of typing, the time from the last keystroke to the parse of the new text in the session. */
    private static Timing pauses(JsonEditor editor, WorkflowSession session) throws Exception {
        List<Integer> positions = nextValuePositions(session.text(), 12);
        double[] ms = new double[positions.size()];
        int k = 0;
        for (int p : positions) {
            onFx(() -> {
                editor.area().moveTo(p);
                editor.area().requestFollowCaret();
                return null;
            });
            idle(editor, session);
            typeOne(editor, "y");
            typeOne(editor, "z");
            long last = System.nanoTime();
            long version = onFx(session::version);
            long reached = awaitParse(session, version);
            ms[k++] = (reached - last) / 1e6;
            onFx(() -> {
                editor.undo();
                return null;
            });
            awaitAnalysis(editor, session);
        }
        return timing(ms);
    }

    /** Edits as a canvas command makes them (a new Next target), timing the code area's patch on the FX thread. */
    private static Timing commandPatches(JsonEditor editor, WorkflowSession session) throws Exception {
        List<int[]> nexts = nextValueSpans(session.text(), 30);
        double[] ms = new double[nexts.size()];
        for (int round = 0; round < 2; round++) {
            int k = 0;
            for (int[] span : nexts) {
                TextEdit edit = new TextEdit(span[0], span[1], "\"Renamed\"");
                ms[k++] = untilLaidOut(editor, () -> session.edit(List.of(edit), "Connect", CANVAS, null), false);
                onFx(() -> {
                    session.undo();
                    return null;
                });
                idle(editor, session);
            }
        }
        return timing(ms);
    }

    private static List<Integer> nextValuePositions(String text, int count) {
        List<Integer> out = new ArrayList<>();
        for (int[] span : nextValueSpans(text, count)) {
            out.add(span[0] + 3);
        }
        return out;
    }

    /** The spans of {@code count} quoted Next values spread over the text. */
    private static List<int[]> nextValueSpans(String text, int count) {
        List<int[]> all = new ArrayList<>();
        Matcher m = Pattern.compile("\"Next\": (\"[^\"]+\")").matcher(text);
        while (m.find()) {
            all.add(new int[] {m.start(1), m.end(1)});
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < count && !all.isEmpty(); i++) {
            out.add(all.get((int) ((long) i * all.size() / count)));
        }
        return out;
    }

    private static Timing timing(double[] ms) {
        return Timing.of(ms);
    }

    /** Waits until the analysis of the current text is applied and the FX thread has laid out and drawn it. */
    private static void idle(JsonEditor editor, WorkflowSession session) throws Exception {
        awaitAnalysis(editor, session);
        for (int i = 0; i < 3; i++) {
            onFx(() -> {
                editor.node().applyCss();
                editor.node().layout();
                return null;
            });
            Thread.sleep(20);
        }
    }

    private static void awaitAnalysis(JsonEditor editor, WorkflowSession session) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean done = onFx(() -> editor.lastAnalysisProperty().get() != null && editor.lastAnalysisProperty().get().version() == session.version()
                    && editor.parseStateProperty().get() != ParseState.PARSING);
            if (done) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the editor did not finish analysing within 30 s");
    }

    private static long awaitParse(WorkflowSession session, long version) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean done = onFx(() -> session.version() == version && session.parsedDocument() != null);
            if (done) {
                return System.nanoTime();
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("the parse did not reach the session within 30 s");
    }

    private static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("the editor benchmark needs JavaFX graphics: run it on a desktop, or headless with "
                    + "./mvnw -B -pl app -am -DskipTests -Pbench verify");
        }
        Platform.setImplicitExit(false);
        started.await(30, TimeUnit.SECONDS);
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}

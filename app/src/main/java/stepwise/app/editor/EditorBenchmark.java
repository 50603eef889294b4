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
 * headless Monocle) window. Measures, on the FX thread, what one keystroke costs (the key event,
 * the session edit, restyling the line, bracket matching, completion, CSS and layout); how long after
 * the last keystroke the parse reaches the session; and how long a command's edit takes to patch
 * the code area. Needs JavaFX graphics: a display, or Monocle ({@code ./mvnw -pl app -am -Pbench verify}).
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
            java.net.URL css = stepwise.assets.Assets.resource("theme/editor.css");
            if (css != null) {
                scene.getStylesheets().add(css.toExternalForm());
            }
            stage.setScene(scene);
            stage.show();
            e.setSelection(new WorkflowSelection());
            return e;
        });
        long loadStart = System.nanoTime();
        WorkflowSession session = onFx(() -> {
            WorkflowSession s = new WorkflowSession(AslDocument.of(text));
            editor.setSession(s, Syntax.JSON);
            editor.area().requestFocus();
            return s;
        });
        awaitAnalysis(editor, session);
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        out.printf(Locale.ROOT, "%-44s %d states, %d KB, %d lines%n", "workflow", 1000, text.length() / 1024,
                text.split("\n", -1).length);
        out.printf(Locale.ROOT, "%-44s %8.2f ms (once)%n", "open: show, parse and highlight", loadMs);

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
     * Runs {@code action} on the FX thread and answers the milliseconds until the next pulse has done
     * CSS and layout (and, with {@code queued}, until the work the action queued on the FX thread ran).
     */
    private static double untilLaidOut(JsonEditor editor, Runnable action, boolean queued) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] t = new long[2];
        Platform.runLater(() -> {
            Scene scene = editor.node().getScene();
            Runnable[] afterLayout = new Runnable[1];
            afterLayout[0] = () -> {
                scene.removePostLayoutPulseListener(afterLayout[0]);
                if (queued) {
                    Platform.runLater(() -> {
                        t[1] = System.nanoTime();
                        done.countDown();
                    });
                } else {
                    t[1] = System.nanoTime();
                    done.countDown();
                }
            };
            t[0] = System.nanoTime();
            action.run();
            scene.addPostLayoutPulseListener(afterLayout[0]);
            Platform.requestNextPulse();
        });
        if (!done.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse within 10 s");
        }
        return (t[1] - t[0]) / 1e6;
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
        return Timing.ofMeasured(ms);
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

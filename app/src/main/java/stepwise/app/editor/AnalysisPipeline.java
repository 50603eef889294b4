package stepwise.app.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.Syntax;

/**
 * Parses, checks and highlights the text off the FX thread. A change restarts a short pause; when it
 * ends, a copy of the text goes to one background thread, which keeps only the latest request. The
 * result comes back on the FX thread and is dropped there when the text has moved on meanwhile.
 */
final class AnalysisPipeline {

    /** One version of the text to analyse, with what is needed to do it elsewhere. */
    record Request(long version, String text, Syntax syntax, AslDocument base, AslDocument parsed,
                   Function<AslDocument, List<Diagnostic>> diagnoser, List<Mark> extraMarks, long startedNanos) {
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stepwise-editor-analysis");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final PauseTransition pause;
    private final java.util.function.Supplier<Request> snapshot;
    private final Consumer<Analysis> onResult;

    AnalysisPipeline(Duration typingPause, java.util.function.Supplier<Request> snapshot, Consumer<Analysis> onResult) {
        this.pause = new PauseTransition(typingPause);
        this.snapshot = snapshot;
        this.onResult = onResult;
        pause.setOnFinished(e -> submit());
    }

    /** Analyses after the typing pause (restarted by each call). */
    void afterPause() {
        pause.playFromStart();
    }

    /** Analyses now (a command, undo or load changed the text). */
    void now() {
        pause.stop();
        submit();
    }

    private void submit() {
        Request r = snapshot.get();
        if (r == null) {
            return;
        }
        pending.set(r);
        executor.execute(() -> {
            Request latest = pending.getAndSet(null);
            if (latest == null) {
                return;
            }
            Analysis a;
            try {
                a = analyse(latest);
            } catch (RuntimeException | StackOverflowError e) {
                stepwise.app.UnexpectedErrorHandler.report("analysing the workflow text failed", e);
                return;
            }
            Platform.runLater(() -> onResult.accept(a));
        });
    }

    void shutdown() {
        pause.stop();
        executor.shutdownNow();
    }

    /** The work itself: pure, so that the benchmark and the tests can run it directly. */
    static Analysis analyse(Request r) {
        AslDocument doc = r.parsed() != null ? r.parsed()
                : r.base() != null ? r.base().withText(r.text()) : AslDocument.of(r.text(), r.syntax());
        List<Diagnostic> diagnostics = diagnose(doc, r.diagnoser());
        LineBreakMap breaks = LineBreakMap.of(r.text());
        String shown = LineBreakMap.normalize(r.text());
        SyntaxStyler styler = r.syntax() == Syntax.YAML ? new YamlStyler() : new JsonStyler();
        Tokens tokens = styler.style(shown);
        List<Mark> marks = new ArrayList<>(r.extraMarks());
        for (Diagnostic d : diagnostics) {
            marks.add(squiggle(d, breaks, shown));
        }
        StyleRuns runs = StyleRuns.compose(tokens, marks, shown.length());
        FoldRegions folds = FoldRegions.of(shown, r.syntax() == Syntax.YAML);
        return new Analysis(r.version(), doc, diagnostics, runs, folds, breaks, r.startedNanos(), System.nanoTime());
    }

    /** The document's syntax problems and those the diagnoser finds, without repeats. */
    static List<Diagnostic> diagnose(AslDocument doc, Function<AslDocument, List<Diagnostic>> diagnoser) {
        Set<Diagnostic> all = new LinkedHashSet<>(doc.syntaxDiagnostics());
        if (diagnoser != null) {
            try {
                List<Diagnostic> found = diagnoser.apply(doc);
                if (found != null) {
                    all.addAll(found);
                }
            } catch (RuntimeException e) {
                // syntax problems are still shown; the failure is reported, not lost
                stepwise.app.UnexpectedErrorHandler.report("the workflow checker failed; showing syntax problems only", e);
            }
        }
        return List.copyOf(all);
    }

    /** The squiggle of a problem: its span, or the word at its position when the span is empty. */
    static Mark squiggle(Diagnostic d, LineBreakMap breaks, String shown) {
        int start = Math.min(breaks.toArea(d.span().start()), shown.length());
        int end = Math.min(breaks.toArea(d.span().end()), shown.length());
        if (end - start <= 1) {
            end = start;
            while (end < shown.length() && !Character.isWhitespace(shown.charAt(end)) && end - start < 40) {
                end++;
            }
            if (end == start) {
                start = Math.max(0, start - 1);
                end = Math.min(shown.length(), start + 1);
            }
        } else {
            int lineEnd = BracketMatcher.lineEnd(shown, start);
            if (end > lineEnd) {
                end = Math.max(start + 1, lineEnd); // a span over many lines is marked on its first line
            }
        }
        String css = switch (d.severity()) {
            case ERROR -> Mark.ERROR;
            case WARNING -> Mark.WARNING;
            case INFO -> Mark.INFO;
        };
        return new Mark(start, end, css);
    }
}

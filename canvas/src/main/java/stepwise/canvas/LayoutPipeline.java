package stepwise.canvas;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import stepwise.canvas.layout.LayoutPins;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.canvas.layout.WorkflowLayouter;
import stepwise.model.AslDocument;
import stepwise.model.graph.WorkflowGraph;

/**
 * Lays out documents off the FX thread, one at a time, always the newest: a request made while another
 * runs replaces any request still waiting, so a burst of edits costs one layout more, not one per edit.
 * Results come back on the FX thread. The {@link WorkflowLayouter} and its cache live on the worker.
 */
final class LayoutPipeline {
    /** A finished layout, and the request it answers. */
    record Result(long request, AslDocument document, WorkflowGraph graph, WorkflowLayout layout, LayoutPins pins,
                  WorkflowLayouter.Stats stats, double millis) {
    }

    private record Request(long id, AslDocument document, LayoutPins pins, CompletableFuture<Result> done) {
    }

    private final WorkflowLayouter layouter = new WorkflowLayouter();
    private final Executor worker;
    private final Executor deliver;
    private final Object lock = new Object();
    private Request waiting;
    private boolean running;
    private long requests;

    LayoutPipeline() {
        this(newWorker(), Platform::runLater);
    }

    LayoutPipeline(Executor worker, Executor deliver) {
        this.worker = worker;
        this.deliver = deliver;
    }

    /** One worker thread, which ends after a while without work and comes back on the next request. */
    private static ExecutorService newWorker() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "stepwise-canvas-layout");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Lays out {@code document} with {@code pins}; {@code onDone} runs on the FX thread unless a newer request superseded it. */
    CompletableFuture<Result> request(AslDocument document, LayoutPins pins, Consumer<Result> onDone) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        done.thenAccept(r -> deliver.execute(() -> onDone.accept(r)));
        boolean start;
        synchronized (lock) {
            Request r = new Request(++requests, document, pins, done);
            if (waiting != null) {
                // superseded before it started: its caller gets the newer result
                Request old = waiting;
                r.done.thenAccept(old.done::complete);
            }
            waiting = r;
            start = !running;
            running = true;
        }
        if (start) {
            worker.execute(this::drain);
        }
        return done;
    }

    long latestRequest() {
        synchronized (lock) {
            return requests;
        }
    }

    private void drain() {
        while (true) {
            Request r;
            synchronized (lock) {
                r = waiting;
                waiting = null;
                if (r == null) {
                    running = false;
                    return;
                }
            }
            try {
                long t0 = System.nanoTime();
                WorkflowGraph graph = r.document.graph();
                WorkflowLayout layout = layouter.layout(graph, r.pins);
                r.done.complete(new Result(r.id, r.document, graph, layout, r.pins, layouter.lastStats(), (System.nanoTime() - t0) / 1e6));
            } catch (RuntimeException | StackOverflowError e) {
                r.done.completeExceptionally(e);
                BackgroundFailure.report("could not lay out the workflow", e);
            }
        }
    }
}

package stepwise.engine.interpreter;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads executions run on: a pool of daemon threads that exist only while some execution has
 * work (idle ones end after a few seconds), and one daemon timer thread for real-clock waits. An
 * execution waiting for a callback or a timer holds no thread.
 */
final class Drivers {
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** At most this many executions advance at the same moment; the rest wait their turn in order. */
    static final int MAX_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    static final Executor POOL = pool();
    static final ScheduledThreadPoolExecutor TIMERS = timers();

    private Drivers() {
    }

    private static ThreadFactory daemons(String prefix) {
        return r -> {
            Thread t = new Thread(r, prefix + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static Executor pool() {
        ThreadPoolExecutor e = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemons("stepwise-execution-"));
        e.allowCoreThreadTimeOut(true);
        return e;
    }

    private static ScheduledThreadPoolExecutor timers() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, daemons("stepwise-timer-"));
        t.setKeepAliveTime(10, TimeUnit.SECONDS);
        t.allowCoreThreadTimeOut(true);
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    /** Runs work on the thread that drains it: how {@code Workflow.run} keeps an execution on the caller's thread. */
    static final class CallerThread implements Executor {
        private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        /** Runs queued work until {@code done} says stop. */
        void drain(java.util.function.BooleanSupplier done) throws InterruptedException {
            while (!done.getAsBoolean()) {
                Runnable r = queue.poll(100, TimeUnit.MILLISECONDS);
                if (r != null) {
                    r.run();
                }
            }
        }
    }
}

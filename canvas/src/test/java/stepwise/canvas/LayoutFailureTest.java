package stepwise.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;

/** A layout that fails is reported to the thread's uncaught-exception handler (the application's error dialog). */
class LayoutFailureTest {
    @Test
    void a_failing_layout_reaches_the_uncaught_exception_handler() {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
        try {
            AslDocument doc = AslDocument.of("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");
            // no pins at all (not even LayoutPins.NONE): the layouter fails
            var done = new LayoutPipeline(Runnable::run, Runnable::run).request(doc, null, r -> { });
            assertTrue(done.isCompletedExceptionally());
            assertEquals(1, reported.size());
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
    }
}

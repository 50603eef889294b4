package stepwise.canvas;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import stepwise.canvas.export.WorkflowExport;
import stepwise.canvas.layout.WorkflowLayout;
import stepwise.model.graph.WorkflowGraph;

/** Writes the drawing on show as SVG or PNG off the FX thread, and tells the user how it went. */
final class PictureExport {
    /** The most pixels a PNG exported from the window has, so that a huge workflow does not exhaust memory. */
    static final long PNG_PIXEL_BUDGET = 64_000_000L;

    private PictureExport() {
    }

    static CompletableFuture<Path> write(WorkflowGraph graph, WorkflowLayout layout, WorkflowExport.Options requested, Path file,
                                         Consumer<String> tell) {
        boolean svg = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        double area = Math.max(1, layout.bounds().width() * layout.bounds().height());
        double fitting = Math.min(requested.scale(), Math.sqrt(PNG_PIXEL_BUDGET / area));
        WorkflowExport.Options options = requested;
        if (!svg && fitting < requested.scale()) {
            options = requested.withScale(fitting);
            tell.accept(String.format(Locale.ROOT, "The workflow is large: the PNG is drawn at %.0f %% to stay under %d megapixels",
                    fitting * 100, PNG_PIXEL_BUDGET / 1_000_000));
        }
        WorkflowExport.Options chosen = options;
        CompletableFuture<Path> done = CompletableFuture.supplyAsync(() -> {
            try {
                if (svg) {
                    Files.writeString(file, WorkflowExport.svg(graph, layout, chosen));
                } else {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        WorkflowExport.writePng(WorkflowExport.image(graph, layout, chosen), out);
                    }
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        done.whenComplete((path, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                if (!(cause instanceof UncheckedIOException)) {
                    BackgroundFailure.report("could not export " + file, cause);
                }
                String reason = cause instanceof UncheckedIOException io ? io.getCause().getMessage() : cause.getMessage();
                tell.accept("Could not export " + file.getFileName() + ": " + reason);
            } else {
                tell.accept("Exported " + file.getFileName());
            }
        }));
        return done;
    }
}

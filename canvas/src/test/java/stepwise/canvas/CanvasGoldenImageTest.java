package stepwise.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.assets.Example;
import stepwise.assets.Examples;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.json.Span;
import stepwise.model.sample.WorkflowGenerator;

/**
 * Pictures of the canvas compared with the ones stored under {@code src/test/resources/stepwise/canvas/golden}.
 * Headless snapshots are deterministic on one machine; a few pixels may differ where fonts are
 * rasterised differently. After an intended change of the looks, write new goldens with
 * {@code ./mvnw -B -q -pl canvas -am test -Dtest=CanvasGoldenImageTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}
 * and look at them before committing. Every run also writes its pictures to {@code canvas/target/canvas-shots}.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasGoldenImageTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "stepwise", "canvas", "golden");
    /** Channel difference under which two pixels count as the same. */
    private static final int TOLERANCE = 24;
    /** Share of pixels that may differ (antialiasing of text on another machine). */
    private static final double MAX_DIFFERENT = 0.004;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void check(FxRobot robot, String name, AslDocument doc, Consumer<CanvasFixture> prepare) throws IOException {
        CanvasFixture f = new CanvasFixture(robot, stage, doc, 960, 640);
        robot.interact(() -> prepare.accept(f));
        f.laidOut();
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage[] shot = new BufferedImage[1];
        robot.interact(() -> shot[0] = Snapshots.take(f.canvas));
        Snapshots.write(shot[0], "golden-" + name);
        Path golden = GOLDEN.resolve(name + ".png");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            ImageIO.write(shot[0], "png", golden.toFile());
            return;
        }
        BufferedImage expected;
        try (InputStream in = CanvasGoldenImageTest.class.getResourceAsStream("golden/" + name + ".png")) {
            assertTrue(in != null, "no golden picture " + golden + " (write it with -Dgolden.update=true)");
            expected = ImageIO.read(in);
        }
        assertEquals(expected.getWidth(), shot[0].getWidth(), "width of " + name);
        assertEquals(expected.getHeight(), shot[0].getHeight(), "height of " + name);
        long different = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (!close(expected.getRGB(x, y), shot[0].getRGB(x, y))) {
                    different++;
                }
            }
        }
        double share = different / (double) (expected.getWidth() * expected.getHeight());
        assertTrue(share <= MAX_DIFFERENT, String.format("%s differs from its golden picture in %.2f %% of its pixels; see %s",
                name, share * 100, Path.of("target", "canvas-shots", "golden-" + name + ".png").toAbsolutePath()));
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 24; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    @Test
    void order_workflow_in_the_light_theme(FxRobot robot) throws IOException {
        check(robot, "order-light", Workflows.document("order"), f -> f.canvas.fitToWindow());
    }

    @Test
    void order_workflow_in_the_dark_theme(FxRobot robot) throws IOException {
        check(robot, "order-dark", Workflows.document("order"), f -> {
            f.canvas.setTheme(ThemePalette.Theme.DARK);
            f.canvas.fitToWindow();
        });
    }

    @Test
    void nested_parallel_map_parallel(FxRobot robot) throws IOException {
        check(robot, "nested-light", Workflows.document("nested"), f -> f.canvas.fitToWindow());
    }

    @Test
    void selection_and_problem_badges(FxRobot robot) throws IOException {
        check(robot, "order-selected-problems", Workflows.document("order"), f -> {
            f.canvas.setDiagnostics(List.of(
                    Diagnostic.error("BAD_ARN", "Resource is not a valid ARN", "/States/NotifyCustomer/Resource", Span.NONE),
                    Diagnostic.warning("NEVER", "This rule can never match", "/States/IsInStock/Choices/1", Span.NONE)));
            f.selection.select(List.of("/States/IsInStock"), "test");
            f.canvas.viewport().zoomTo(1.3);
            f.canvas.viewport().centerOn(f.canvas.getLayout().state("/States/IsInStock").box());
        });
    }

    static List<String> examples() {
        return Examples.list().stream().map(Example::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void bundled_example_in_the_light_theme(String id, FxRobot robot) throws IOException {
        Example example = Examples.find(id).orElseThrow();
        check(robot, "example-" + id + "-light", AslDocument.of(example.workflow()), f -> f.canvas.fitToWindow());
    }

    @Test
    void top_of_a_large_generated_workflow(FxRobot robot) throws IOException {
        check(robot, "generated-300-top", AslDocument.of(WorkflowGenerator.generate(300, 11)), f -> { });
    }
}

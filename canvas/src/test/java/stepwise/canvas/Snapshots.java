package stepwise.canvas;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Pictures of nodes, for looking at the canvas and for golden-image tests. FX thread only. */
public final class Snapshots {
    private Snapshots() {
    }

    public static BufferedImage take(Node node) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Writes a picture of {@code node} to {@code target/canvas-shots/NAME.png} and answers the path. */
    public static Path write(Node node, String name) {
        return write(take(node), name);
    }

    public static Path write(BufferedImage image, String name) {
        try {
            Path dir = Path.of("target", "canvas-shots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package stepwise.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes pictures of the UI to {@code target/screenshots} so that people can look at what the tests drive. */
final class Snapshots {
    private Snapshots() {
    }

    /** A picture of a whole window with its popups (completion, hover) drawn where they stand. */
    static Path saveWindow(javafx.stage.Stage stage, String name) throws Exception {
        java.util.concurrent.FutureTask<java.awt.image.BufferedImage> task = new java.util.concurrent.FutureTask<>(() -> {
            javafx.scene.Scene scene = stage.getScene();
            java.awt.image.BufferedImage base = SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null);
            java.awt.Graphics2D g = base.createGraphics();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w != stage && w.isShowing() && w.getScene() != null) {
                    java.awt.image.BufferedImage img = SwingFXUtils.fromFXImage(w.getScene().getRoot().snapshot(null, null), null);
                    int x = (int) Math.round(w.getX() + w.getScene().getX() - stage.getX() - scene.getX());
                    int y = (int) Math.round(w.getY() + w.getScene().getY() - stage.getY() - scene.getY());
                    g.drawImage(img, x, y, null);
                }
            }
            g.dispose();
            return base;
        });
        javafx.application.Platform.runLater(task);
        java.awt.image.BufferedImage image = task.get(10, java.util.concurrent.TimeUnit.SECONDS);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path out = dir.resolve(name + ".png");
        ImageIO.write(image, "png", out.toFile());
        return out;
    }

    /** Takes the picture on the FX thread and writes it; callable from the test thread. */
    static Path save(Node node, String name) throws Exception {
        java.util.concurrent.FutureTask<WritableImage> task = new java.util.concurrent.FutureTask<>(() -> node.snapshot(null, null));
        if (javafx.application.Platform.isFxApplicationThread()) {
            task.run();
        } else {
            javafx.application.Platform.runLater(task);
        }
        WritableImage image = task.get(10, java.util.concurrent.TimeUnit.SECONDS);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path out = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        return out;
    }
}

package stepwise.app.start;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import stepwise.app.Version;
import stepwise.app.WorkflowFiles;
import stepwise.assets.Example;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.canvas.export.WorkflowExport;
import stepwise.canvas.layout.LayoutPins;
import stepwise.model.AslDocument;

/**
 * Pictures of the bundled examples for the start page, drawn by the canvas's export in the window's theme.
 * They are drawn off the FX thread the first time they are asked for and kept in a cache folder, named
 * after a digest of what they show (the workflow, the theme's colours, the version of Stepwise), so that
 * later starts show them at once and a change of any of these draws them again.
 */
public final class ExamplePictures {
    private static final Logger LOG = Logger.getLogger(ExamplePictures.class.getName());
    /** Canvas units to pixels: a picture about 400 pixels wide for a card about 300 wide, sharp on high-density screens. */
    static final double SCALE = 0.6;

    private final Path cache;
    private final Executor background;
    private final Map<String, Image> drawn = new ConcurrentHashMap<>();

    /** @param cache the folder for the pictures, or null to keep them in memory only */
    public ExamplePictures(Path cache, Executor background) {
        this.cache = cache;
        this.background = background;
    }

    /** Calls {@code onReady} on the FX thread with the picture of {@code example} in {@code theme}, at once if it is drawn already. */
    public void picture(Example example, ThemePalette.Theme theme, Consumer<Image> onReady) {
        String key = key(example, theme);
        Image known = drawn.get(key);
        if (known != null) {
            onReady.accept(known);
            return;
        }
        background.execute(() -> {
            Image image = new Image(new ByteArrayInputStream(png(example, theme, key)));
            drawn.put(key, image);
            Platform.runLater(() -> onReady.accept(image));
        });
    }

    /** The PNG from the cache folder, or drawn now and put there. */
    private byte[] png(Example example, ThemePalette.Theme theme, String key) {
        Path file = cache == null ? null : cache.resolve(key + ".png");
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                LOG.log(Level.FINE, "cannot read the cached picture " + file + "; drawing it again", e);
            }
        }
        byte[] png = render(example, theme);
        if (file != null) {
            try {
                WorkflowFiles.writeAtomically(file, png);
            } catch (IOException e) {
                LOG.log(Level.FINE, "cannot cache the picture " + file, e);
            }
        }
        return png;
    }

    /** Draws the example as the export does. */
    static byte[] render(Example example, ThemePalette.Theme theme) {
        AslDocument doc = AslDocument.of(example.workflow());
        WorkflowExport.Options options = WorkflowExport.Options.defaults().withTheme(theme).withScale(SCALE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WorkflowExport.writePng(WorkflowExport.image(doc, LayoutPins.NONE, options), out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a PNG in memory", e);
        }
        return out.toByteArray();
    }

    /** The cache name: the example, the theme, and a digest of everything the picture depends on. */
    static String key(Example example, ThemePalette.Theme theme) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Version.get().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(example.workflow().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (var in = theme.stylesheet().openStream()) {
                sha.update(in.readAllBytes());
            }
            sha.update(Double.toString(SCALE).getBytes(StandardCharsets.UTF_8));
            return example.id() + "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot name the picture of " + example.id(), e);
        }
    }
}

package stepwise.app.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.app.Version;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private Stage stage;
    private AboutDialog about;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            about = new AboutDialog(stage, opened::add);
            about.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (about != null) {
            robot.interact(() -> about.dialog().close());
        }
    }

    @Test
    void shows_the_version_and_what_stepwise_is(FxRobot robot) {
        open(robot);
        List<String> texts = about.pane().lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(texts.contains("Version " + Version.get()), texts.toString());
        assertTrue(texts.contains(AboutDialog.DESCRIPTION), texts.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void lists_every_bundled_library_with_its_licence(FxRobot robot) {
        open(robot);
        TableView<ThirdPartyLibrary> table = (TableView<ThirdPartyLibrary>) about.pane().lookup(".about-libraries");
        assertEquals(ThirdPartyLibraries.bundled(), table.getItems());
    }

    @Test
    void a_licence_link_opens_the_licence_text(FxRobot robot) {
        open(robot);
        Hyperlink first = (Hyperlink) about.pane().lookup(".about-libraries .hyperlink");
        robot.interact(first::fire);
        assertEquals(List.of(ThirdPartyLibraries.bundled().get(0).licenceUrl()), opened);
    }

    @Test
    void copy_list_puts_every_library_on_the_clipboard_and_keeps_the_dialog_open(FxRobot robot) {
        open(robot);
        Button copy = about.pane().getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.LEFT)
                .map(b -> (Button) about.pane().lookupButton(b)).findFirst().orElseThrow();
        robot.interact(copy::fire);
        AtomicReference<String> clip = new AtomicReference<>();
        robot.interact(() -> clip.set(Clipboard.getSystemClipboard().getString()));
        for (ThirdPartyLibrary l : ThirdPartyLibraries.bundled()) {
            assertTrue(clip.get().contains(l.name() + " \u2014 " + l.licence() + " \u2014 " + l.licenceUrl()), l.name());
            for (var v : l.versions().entrySet()) {
                assertTrue(clip.get().contains("  " + v.getKey() + " " + v.getValue() + "\n"), v.getKey());
            }
        }
        assertTrue(about.dialog().isShowing());
        assertTrue(about.pane().getButtonTypes().contains(ButtonType.CLOSE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void renders_to_a_picture_from_the_top_and_scrolled_to_the_last_library(FxRobot robot) throws IOException {
        open(robot);
        BufferedImage top = snapshot(robot, "about-dialog.png");
        assertTrue(top.getWidth() > 500 && top.getHeight() > 400, top.getWidth() + "x" + top.getHeight());
        TableView<ThirdPartyLibrary> table = (TableView<ThirdPartyLibrary>) about.pane().lookup(".about-libraries");
        robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, "about-dialog-end.png");
    }

    private BufferedImage snapshot(FxRobot robot, String name) throws IOException {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> {
            Node root = about.pane().getScene().getRoot();
            image.set(SwingFXUtils.fromFXImage(root.snapshot(null, null), null));
        });
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(image.get(), "png", out.toFile());
        return image.get();
    }
}

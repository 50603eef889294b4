package stepwise.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.assets.Example;

/** What tests need of the window's start page. */
final class StartScreenAccess {
    private StartScreenAccess() {
    }

    static void waitForPictures(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.startScreen().startPage() != null
                && window.startScreen().startPage().picturesShown());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Image picture(MainWindow window, String exampleId) {
        return window.startScreen().startPage().pictureOf(exampleId);
    }

    static boolean saveExampleTo(MainWindow window, Example example, Path folder) {
        return window.startScreen().saveExampleTo(example, folder);
    }
}

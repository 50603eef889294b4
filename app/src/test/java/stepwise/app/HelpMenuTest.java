package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage);
        stage.show();
    }

    @Test
    void help_about_opens_the_about_dialog(FxRobot robot) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        MenuItem about = bar.getMenus().stream().filter(m -> m.getText().equals("_Help")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "_About Stepwise".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(about::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && "About Stepwise".equals(s.getTitle()) && s.isShowing()));
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && "About Stepwise".equals(s.getTitle()))
                .toList().forEach(Window::hide));
    }
}

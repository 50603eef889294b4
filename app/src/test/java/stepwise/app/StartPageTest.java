package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.app.start.OpenedExample;
import stepwise.assets.Example;
import stepwise.assets.Examples;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.Workflow;

@ExtendWith(ApplicationExtension.class)
class StartPageTest {
    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, Settings.inMemory());
        window.setErrorReporter((header, message) -> {
            throw new AssertionError(header + ": " + message);
        });
        stage.setWidth(1280);
        stage.setHeight(800);
        window.showStartPage();
        stage.show();
    }

    private Node card(FxRobot robot, String id) {
        return robot.lookup((Node n) -> ("example:" + id).equals(n.getId())).query();
    }

    @Test
    void the_start_page_lists_every_example_with_its_picture_and_what_it_teaches(FxRobot robot) throws Exception {
        assertTrue(window.isStartPageShown());
        for (Example e : Examples.list()) {
            Node card = card(robot, e.id());
            assertTrue(robot.from(card).lookup(e.teaches()).tryQuery().isPresent(), e.id() + " says what it teaches");
        }
        for (ThemePalette.Theme theme : ThemePalette.Theme.values()) {
            robot.interact(() -> window.setTheme(theme));
            StartScreenAccess.waitForPictures(window);
            Snapshots.save(window.stage().getScene().getRoot(), "start-page-" + theme.name().toLowerCase(Locale.ROOT));
        }
        robot.interact(() -> window.setTheme(ThemePalette.Theme.LIGHT));
    }

    @Test
    void the_pictures_follow_the_theme(FxRobot robot) throws Exception {
        StartScreenAccess.waitForPictures(window);
        var light = StartScreenAccess.picture(window, "order-processing");
        robot.interact(() -> window.setTheme(ThemePalette.Theme.DARK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StartScreenAccess.picture(window, "order-processing") != light);
        var dark = StartScreenAccess.picture(window, "order-processing");
        // the canvas background of the dark theme is dark: the picture's corner pixel says which theme drew it
        assertTrue(brightness(dark) < 0.3 && brightness(light) > 0.7, "light " + brightness(light) + ", dark " + brightness(dark));
        robot.interact(() -> window.setTheme(ThemePalette.Theme.LIGHT));
    }

    private static double brightness(javafx.scene.image.Image image) {
        return image.getPixelReader().getColor(1, 1).getBrightness();
    }

    @Test
    void clicking_an_example_opens_it_untitled_with_its_inputs_and_mocks(FxRobot robot) throws Exception {
        Example example = Examples.find("trip-booking-saga").orElseThrow();
        robot.clickOn(card(robot, example.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isStartPageShown());
        assertEquals(example.workflow(), window.session().text());
        assertNull(window.file(), "a new, untitled workflow: the bundled files are not touched");
        assertEquals("Untitled \u2014 Stepwise", window.stage().getTitle());
        OpenedExample opened = window.openedExampleProperty().get();
        assertNotNull(opened);
        assertEquals(List.copyOf(example.inputs().keySet()), List.copyOf(opened.inputs().keySet()));
        assertEquals(example.mocks(), opened.mocks());
        // what the run panel needs is there: Run works at once with the bundled input and mocks
        Execution run = Workflow.load(window.session().document()).run(opened.inputOf(opened.defaultTestCase()),
                ExecutionOptions.defaults().withStateMachineName(opened.stateMachine()), opened.tasks(opened.defaultTestCase()));
        assertEquals(example.testCase(example.defaultTestCase()).expectedStatus(), run.status().name());
    }

    @Test
    void file_new_from_example_opens_the_chosen_example(FxRobot robot) {
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        Menu file = bar.getMenus().get(0);
        Menu fromExample = (Menu) file.getItems().stream().filter(i -> "New from E_xample".equals(i.getText())).findFirst().orElseThrow();
        Example example = Examples.list().get(4);
        MenuItem item = fromExample.getItems().stream().filter(i -> example.title().equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        assertEquals(example.workflow(), window.session().text());
        assertEquals(example.id(), window.exampleId());
        assertFalse(window.isStartPageShown());
    }

    @Test
    void saving_an_example_to_a_folder_writes_its_files_and_opens_it_from_there(FxRobot robot) throws Exception {
        Example example = Examples.find("order-processing").orElseThrow();
        Path folder = dir.resolve(example.id());
        robot.interact(() -> assertTrue(StartScreenAccess.saveExampleTo(window, example, folder)));
        assertEquals(folder.resolve(example.workflowFileName()), window.file());
        assertTrue(Files.isRegularFile(folder.resolve("mocks.json")));
        assertEquals(folder.resolve("mocks.json"), window.openedExampleProperty().get().mocksFile());
        assertFalse(window.session().isDirty());
    }

    @Test
    void opening_another_file_forgets_the_example(FxRobot robot) throws Exception {
        robot.interact(() -> window.openExample(Examples.list().get(0), null));
        Path file = dir.resolve("mine.asl.json");
        Files.writeString(file, MainWindow.NEW_WORKFLOW);
        robot.interact(() -> window.open(file));
        assertNull(window.openedExampleProperty().get());
    }

    @Test
    void help_start_page_shows_it_again_with_a_way_back(FxRobot robot) {
        robot.interact(() -> window.openExample(Examples.list().get(0), null));
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        MenuItem startPage = bar.getMenus().stream().filter(m -> m.getText().equals("_Help")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "_Start Page".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(startPage::fire);
        assertTrue(window.isStartPageShown());
        robot.clickOn("Back to Untitled");
        assertFalse(window.isStartPageShown());
        assertEquals(Examples.list().get(0).workflow(), window.session().text(), "the workflow behind the page is kept");
    }
}

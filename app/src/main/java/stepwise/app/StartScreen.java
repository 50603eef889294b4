package stepwise.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import stepwise.app.start.ExamplePictures;
import stepwise.app.start.StartPage;
import stepwise.assets.Example;
import stepwise.assets.Examples;

/**
 * The window's start page and its "New from Example" menu: what each of their choices does to the window.
 * The page is made the first time it is shown.
 */
final class StartScreen implements StartPage.Actions {
    private static final Logger LOG = Logger.getLogger(StartScreen.class.getName());
    static final String SHOW_AT_START = "showStartPage";

    private final MainWindow window;
    private final Settings settings;
    private final RecentFiles recent;
    private final BooleanProperty showAtStart = new SimpleBooleanProperty();
    private StartPage page;

    StartScreen(MainWindow window, Settings settings, RecentFiles recent) {
        this.window = window;
        this.settings = settings;
        this.recent = recent;
        showAtStart.set(settings.flag(SHOW_AT_START, true));
        showAtStart.addListener((o, before, after) -> settings.putFlag(SHOW_AT_START, after));
    }

    /** Whether the start page shows when Stepwise starts with no file to open (the user's setting). */
    static boolean showsAtStart(Settings settings) {
        return settings.flag(SHOW_AT_START, true);
    }

    /** The page, up to date. */
    Node page() {
        if (page == null) {
            page = new StartPage(Examples.list(), new ExamplePictures(cacheFolder(), pictureThread()), window.canvas().themeProperty(),
                    recent::list, showAtStart, this);
        }
        boolean worthGoingBack = window.file() != null || window.session().isDirty() || window.exampleId() != null;
        page.refresh(worthGoingBack ? (window.file() == null ? "Untitled" : window.file().getFileName().toString()) : null);
        return page.node();
    }

    /** The page object, once made (tests). */
    StartPage startPage() {
        return page;
    }

    /** File → New from Example: one item per bundled example. */
    Menu newFromExampleMenu() {
        Menu menu = new Menu("New from E_xample");
        for (Example e : Examples.list()) {
            MenuItem item = new MenuItem(e.title());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> openExample(e));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Path cacheFolder() {
        try {
            return UserFolders.forUser().cache().resolve("example-pictures");
        } catch (IOException e) {
            LOG.log(Level.INFO, "no cache folder: the pictures of the examples are drawn at each start", e);
            return null;
        }
    }

    private static ExecutorService pictureThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stepwise-example-pictures");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    @Override
    public void newWorkflow() {
        window.newWorkflow();
    }

    @Override
    public void open() {
        window.openWithChooser();
    }

    @Override
    public void openRecent(Path file) {
        window.openRecent(file);
    }

    @Override
    public void openExample(Example example) {
        window.openExample(example, null);
    }

    @Override
    public void saveExampleToFolder(Example example) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save the example \u201c" + example.title() + "\u201d in a folder");
        File chosen = chooser.showDialog(window.stage());
        if (chosen != null) {
            saveExampleTo(example, chosen.toPath().resolve(example.id()));
        }
    }

    /** Writes the example into {@code folder} (made if needed) and opens it from there; existing files are never overwritten. */
    boolean saveExampleTo(Example example, Path folder) {
        try {
            example.writeTo(folder);
        } catch (FileAlreadyExistsException e) {
            window.error("Could not save the example", "The folder " + folder + " already holds " + Path.of(e.getFile()).getFileName()
                    + ", which the example would overwrite.\n\nChoose another folder.");
            return false;
        } catch (IOException e) {
            LOG.log(Level.INFO, "could not write the example " + example.id() + " to " + folder, e);
            SaveFailure f = SaveFailure.of(folder.resolve(example.workflowFileName()), e);
            window.error("Could not save the example", f.reason() + "\n\nChoose another folder.");
            return false;
        }
        return window.openExample(example, folder);
    }

    @Override
    public void back() {
        window.showWorkflow();
    }

    List<Example> examples() {
        return Examples.list();
    }
}

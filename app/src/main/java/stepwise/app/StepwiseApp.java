package stepwise.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import stepwise.app.recovery.WorkRecovery;

/**
 * The JavaFX application: one main window per start. A file named on the command line is opened;
 * without one, the start page shows (unless the user turned it off). Work that a crashed run had not
 * saved is offered back, and every window's unsaved work is autosaved until it is saved or closed.
 */
public final class StepwiseApp extends Application {
    private static final Logger LOG = Logger.getLogger(StepwiseApp.class.getName());
    private WorkRecovery recovery = WorkRecovery.none();
    private Settings settings;

    public static void main(String[] args) {
        launch(StepwiseApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        new UnexpectedErrorHandler(() -> stage).install();
        UserFolders folders = UserFolders.forUser();
        settings = Settings.of(folders);
        try {
            recovery = WorkRecovery.start(folders.recovery());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "no recovery folder: there is no autosave in this run", e);
        }
        MainWindow window = newWindow(stage);
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            window.open(Path.of(files.get(0)));
        } else if (StartScreen.showsAtStart(settings)) {
            window.showStartPage();
        }
        stage.show();
        recovery.offerRestore(window, () -> {
            MainWindow another = newWindow(new Stage());
            another.stage().show();
            return another;
        });
    }

    private MainWindow newWindow(Stage stage) {
        MainWindow window = new MainWindow(stage, settings);
        window.openLinksWith(getHostServices()::showDocument);
        recovery.watch(window);
        return window;
    }

    /** A clean end: the recovery files of this run go. */
    @Override
    public void stop() {
        recovery.close();
    }
}

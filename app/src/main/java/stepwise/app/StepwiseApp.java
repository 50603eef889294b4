package stepwise.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window per start. Files named on the command line are opened. */
public final class StepwiseApp extends Application {

    public static void main(String[] args) {
        launch(StepwiseApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        new UnexpectedErrorHandler(() -> stage).install();
        MainWindow window = new MainWindow(stage);
        window.openLinksWith(getHostServices()::showDocument);
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            window.open(Path.of(files.get(0)));
        }
        stage.show();
    }
}

package stepwise.app;

import java.nio.file.Files;
import java.nio.file.Path;
import stepwise.app.cli.Cli;

/**
 * The jar's entry point. With a command ({@code validate}, {@code run}, ...) it runs the command line
 * and needs no display; with no arguments, or only files to open, it opens the window. It is not the
 * JavaFX {@code Application} so that JavaFX is not needed on the module path to start.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppLogging.install(UserFolders.forUser());
        if (opensWindow(args)) {
            StepwiseApp.main(args);
            return;
        }
        int code = new Cli(System.in, System.out, System.err).run(args);
        System.exit(code);
    }

    /** True when there are no arguments, or each one is a file to open rather than a command. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        for (String a : args) {
            if (a.startsWith("-") || Cli.isCommand(a) || !Files.isRegularFile(Path.of(a))) {
                return false;
            }
        }
        return true;
    }
}

package stepwise.app;

import java.io.IOException;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends everything logged to a rotating log file in the user's data folder (five files of 2 MB) and
 * keeps the console quiet, so users never see stack traces on the terminal.
 */
public final class AppLogging {
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s [%3$s] %5$s%6$s%n";

    private AppLogging() {
    }

    /** Installs the file log; answers where it is, or null when the folder cannot be written (logging then stays off the console). */
    public static java.nio.file.Path install(UserFolders folders) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        try {
            java.nio.file.Path dir = folders.logs();
            FileHandler file = new FileHandler(dir.resolve("stepwise%g.log").toString(), 2_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.ALL);
            root.addHandler(file);
            root.setLevel(Level.INFO);
            Logger.getLogger("stepwise").setLevel(Level.FINE);
            return dir.resolve("stepwise0.log");
        } catch (IOException | SecurityException e) {
            root.setLevel(Level.OFF);
            return null;
        }
    }
}

package stepwise.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Where Stepwise keeps the user's data: logs, recovered work, settings. The folders are private to
 * the user (owner-only permissions where the file system has them). {@code STEPWISE_HOME} overrides
 * the location (tests use it).
 */
public record UserFolders(Path root) {

    public static UserFolders forUser() {
        String override = System.getenv("STEPWISE_HOME");
        if (override == null) {
            override = System.getProperty("stepwise.home");
        }
        if (override != null && !override.isBlank()) {
            return new UserFolders(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return new UserFolders((appData != null ? Path.of(appData) : home).resolve("Stepwise"));
        }
        if (os.contains("mac")) {
            return new UserFolders(home.resolve("Library/Application Support/Stepwise"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new UserFolders((xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("stepwise"));
    }

    public Path logs() throws IOException {
        return privateFolder(root.resolve("logs"));
    }

    public Path recovery() throws IOException {
        return privateFolder(root.resolve("recovery"));
    }

    public Path settings() throws IOException {
        return privateFolder(root.resolve("settings"));
    }

    /** Creates {@code dir} (and the root) readable only by the user. */
    static Path privateFolder(Path dir) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        for (Path p : new Path[] {dir.getParent(), dir}) {
            if (p != null && !Files.isDirectory(p)) {
                Files.createDirectories(p);
                if (posix) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                }
            }
        }
        return dir;
    }
}

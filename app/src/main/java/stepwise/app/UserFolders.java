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

    /** Things Stepwise can make again (pictures of the examples): deleting the folder loses nothing. */
    public Path cache() throws IOException {
        return privateFolder(root.resolve("cache"));
    }

    /**
     * Creates {@code dir} readable only by the user, and its parent (the data folder) if it is missing.
     * The folder itself is made private even when it exists already (made by an older version, or by
     * hand with wider permissions); an existing data folder is left as it is, since {@code STEPWISE_HOME}
     * may name a folder the user also uses for other things.
     */
    static Path privateFolder(Path dir) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path parent = dir.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
            if (posix) {
                Files.setPosixFilePermissions(parent, OWNER_ONLY);
            }
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        if (posix && !Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        }
        return dir;
    }

    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rwx------");
}

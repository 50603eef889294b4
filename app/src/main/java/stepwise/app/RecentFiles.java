package stepwise.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened files, newest first, kept in the user's {@link Settings}. */
public final class RecentFiles {
    static final String KEY = "recentFiles";
    private static final int MAX = 10;
    private final Settings settings;

    public RecentFiles(Settings settings) {
        this.settings = settings;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Settings.of(UserFolders.forUser()));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String p : settings.strings(KEY)) {
            try {
                out.add(Path.of(p));
            } catch (InvalidPathException e) {
                // a path written on another system: not one to offer here
            }
            if (out.size() == MAX) {
                break;
            }
        }
        return out;
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        settings.putStrings(KEY, files.stream().limit(MAX).map(Path::toString).toList());
    }
}

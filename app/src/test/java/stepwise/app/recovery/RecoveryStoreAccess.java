package stepwise.app.recovery;

import java.nio.file.Path;

/** Reads a recovery file for tests outside this package. */
public final class RecoveryStoreAccess {
    private RecoveryStoreAccess() {
    }

    public static RecoveredWork read(Path file) {
        return RecoveryStore.read(file);
    }
}

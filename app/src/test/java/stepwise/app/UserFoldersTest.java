package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {
    @Test
    void recovery_folder_is_private_to_the_user(@TempDir Path tmp) throws Exception {
        Path recovery = new UserFolders(tmp.resolve("home")).recovery();
        assertTrue(Files.isDirectory(recovery));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(recovery)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(recovery.getParent())));
    }

    @Test
    void crash_report_names_the_error_and_the_version() {
        CrashReport r = CrashReport.of(Thread.currentThread(), new IllegalStateException("boom"));
        assertEquals("IllegalStateException: boom", r.summary());
        assertTrue(r.text().startsWith("Stepwise "));
        assertTrue(r.text().contains("at stepwise.app.UserFoldersTest"));
    }
}

package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path home;

    @Test
    void settings_are_kept_in_a_file_only_the_user_can_read() throws Exception {
        Settings s = Settings.of(new UserFolders(home));
        s.putFlag("showStartPage", false);
        Path file = home.resolve("settings/settings.json");
        assertEquals(file, s.file());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertFalse(Settings.of(new UserFolders(home)).flag("showStartPage", true), "read back at the next start");
    }

    @Test
    void recent_files_are_newest_first_without_repeats() {
        RecentFiles recent = new RecentFiles(Settings.of(new UserFolders(home)));
        recent.add(Path.of("/a/one.asl.json"));
        recent.add(Path.of("/a/two.asl.json"));
        recent.add(Path.of("/a/one.asl.json"));
        assertEquals(List.of(Path.of("/a/one.asl.json"), Path.of("/a/two.asl.json")),
                new RecentFiles(Settings.of(new UserFolders(home))).list());
    }

    @Test
    void a_damaged_settings_file_reads_as_defaults_and_is_replaced_on_the_next_change() throws Exception {
        Path file = new UserFolders(home).settings().resolve(Settings.FILE_NAME);
        Files.writeString(file, "{not json");
        Settings s = Settings.of(new UserFolders(home));
        assertTrue(s.flag("showStartPage", true));
        s.putString("theme", "DARK");
        assertEquals("DARK", Settings.of(new UserFolders(home)).string("theme").orElseThrow());
    }

    @Test
    void an_existing_user_folder_with_wide_permissions_is_made_private() throws Exception {
        Path recovery = Files.createDirectories(home.resolve("recovery"));
        Files.setPosixFilePermissions(recovery, PosixFilePermissions.fromString("rwxr-xr-x"));
        new UserFolders(home).recovery();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(recovery)));
    }
}

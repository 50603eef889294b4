package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeSaveTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void the_backup_holds_the_previous_version_after_a_save() throws Exception {
        Path file = dir.resolve("order.asl.json");
        Files.writeString(file, "first");
        new SafeSave().save(file, bytes("second"));
        assertEquals("second", Files.readString(file));
        assertEquals("first", Files.readString(dir.resolve("order.asl.json~")));
        new SafeSave().save(file, bytes("third"));
        assertEquals("second", Files.readString(SafeSave.backupOf(file)), "one backup: the version just replaced");
        assertEquals(List.of("order.asl.json", "order.asl.json~"), names(), "no temporary file is left");
    }

    @Test
    void saving_the_same_bytes_again_keeps_the_older_backup() throws Exception {
        Path file = dir.resolve("flow.asl.json");
        Files.writeString(file, "v1");
        new SafeSave().save(file, bytes("v2"));
        new SafeSave().save(file, bytes("v2"));
        assertEquals("v1", Files.readString(SafeSave.backupOf(file)));
    }

    @Test
    void a_new_file_has_no_backup() throws Exception {
        Path file = dir.resolve("new.asl.json");
        new SafeSave().save(file, bytes("{}"));
        assertEquals(List.of("new.asl.json"), names());
    }

    @Test
    void the_saved_file_keeps_its_permissions() throws Exception {
        Path file = dir.resolve("shared.asl.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        new SafeSave().save(file, bytes("new"));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void saving_through_a_link_writes_the_file_it_points_to() throws Exception {
        Path real = dir.resolve("real.asl.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.asl.json"), real);
        new SafeSave().save(link, bytes("new"));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
        assertEquals("old", Files.readString(SafeSave.backupOf(real)));
    }

    @Test
    void a_read_only_file_is_refused_and_left_as_it_was() throws Exception {
        Path file = dir.resolve("locked.asl.json");
        Files.writeString(file, "as it was");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> new SafeSave().save(file, bytes("new")));
        assertEquals("as it was", Files.readString(file));
        SaveFailure f = SaveFailure.of(file, e);
        assertEquals("Could not save locked.asl.json", f.title());
        assertEquals("locked.asl.json is read-only.", f.reason());
        assertTrue(f.advice().contains("Save As"), f.advice());
        assertEquals(List.of("locked.asl.json"), names());
    }

    @Test
    void a_read_only_folder_is_refused_with_the_folder_named() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("flow.asl.json");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            IOException e = assertThrows(IOException.class, () -> new SafeSave().save(file, bytes("{}")));
            assertFalse(Files.exists(file));
            assertEquals("You do not have permission to write in the folder " + folder + ".", SaveFailure.of(file, e).reason());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void a_full_disk_leaves_the_file_and_its_backup_untouched_and_says_so() throws Exception {
        Path file = dir.resolve("big.asl.json");
        Files.writeString(file, "on disk");
        Files.writeString(SafeSave.backupOf(file), "older");
        SafeSave full = new SafeSave((channel, data) -> {
            channel.write(ByteBuffer.wrap(data, 0, data.length / 2));
            throw new IOException("No space left on device");
        });
        IOException e = assertThrows(IOException.class, () -> full.save(file, bytes("the new text that does not fit")));
        assertEquals("on disk", Files.readString(file));
        assertEquals("older", Files.readString(SafeSave.backupOf(file)));
        assertEquals(List.of("big.asl.json", "big.asl.json~"), names(), "the half-written temporary file is gone");
        SaveFailure f = SaveFailure.of(file, e);
        assertEquals("There is not enough space on the disk to save big.asl.json.", f.reason());
        assertTrue(f.message().endsWith(SaveFailure.KEPT));
    }

    @Test
    void a_missing_folder_is_named() {
        Path file = dir.resolve("gone/flow.asl.json");
        IOException e = assertThrows(IOException.class, () -> new SafeSave().save(file, bytes("{}")));
        assertTrue(SaveFailure.of(file, e).reason().contains("does not exist"), SaveFailure.of(file, e).reason());
    }

    @Test
    void saving_over_a_crlf_file_writes_exactly_the_bytes_given() throws Exception {
        Path file = dir.resolve("crlf.asl.json");
        byte[] text = bytes("\uFEFF{\r\n}\r\n");
        Files.write(file, bytes("x"));
        new SafeSave().save(file, text);
        assertArrayEquals(text, Files.readAllBytes(file));
    }
}

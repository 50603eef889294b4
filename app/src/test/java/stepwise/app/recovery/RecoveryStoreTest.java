package stepwise.app.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stepwise.model.Syntax;

class RecoveryStoreTest {
    @TempDir
    Path folder;

    private static RecoveredWork work(String text) {
        return new RecoveredWork(null, Path.of("/work/flows/order.asl.json"), Syntax.JSON, Instant.parse("2026-03-01T10:15:30Z"), null, text);
    }

    /** What a run that was killed leaves: its recovery files, and a lock file nobody holds. */
    static Path leftByACrashedRun(Path folder, String text) throws Exception {
        Files.writeString(folder.resolve("deadbeef0000.lock"), "");
        try (RecoveryStore other = RecoveryStore.open(folder.resolve("elsewhere"))) {
            Path slot = folder.resolve("deadbeef0000-1" + RecoveryStore.SUFFIX);
            other.write(slot, work(text));
            return slot;
        }
    }

    private long files() throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void a_written_work_reads_back_with_its_exact_text_and_only_the_user_can_read_it() throws Exception {
        String text = "\uFEFF{\r\n\t\"StartAt\": \"A\", \"x\": \"\\u00e9\u00e9\"\r\n}";
        try (RecoveryStore store = RecoveryStore.open(folder)) {
            Path slot = store.newSlot();
            store.write(slot, work(text));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(slot)));
            RecoveredWork read = RecoveryStore.read(slot);
            assertEquals(text, read.text());
            assertEquals(Path.of("/work/flows/order.asl.json"), read.file());
            assertEquals(Instant.parse("2026-03-01T10:15:30Z"), read.savedAt());
        }
    }

    @Test
    void the_work_of_a_crashed_run_is_left_behind_but_not_that_of_this_run() throws Exception {
        leftByACrashedRun(folder, "lost text");
        try (RecoveryStore store = RecoveryStore.open(folder)) {
            store.write(store.newSlot(), work("mine"));
            List<RecoveredWork> found = store.leftBehind();
            assertEquals(1, found.size());
            assertEquals("lost text", found.get(0).text());
        }
    }

    @Test
    void the_work_of_another_running_stepwise_is_not_taken() throws Exception {
        try (RecoveryStore running = RecoveryStore.open(folder); RecoveryStore starting = RecoveryStore.open(folder)) {
            running.write(running.newSlot(), work("still being edited"));
            assertEquals(List.of(), starting.leftBehind());
        }
    }

    @Test
    void discarding_left_behind_work_removes_its_file_and_the_dead_lock() throws Exception {
        leftByACrashedRun(folder, "lost text");
        try (RecoveryStore store = RecoveryStore.open(folder)) {
            store.discard(store.leftBehind().get(0));
            assertEquals(List.of(), store.leftBehind());
            assertFalse(Files.exists(folder.resolve("deadbeef0000.lock")));
        }
    }

    @Test
    void a_clean_close_removes_the_files_and_the_lock_of_this_run() throws Exception {
        Files.createDirectories(folder);
        long before = files();
        RecoveryStore store = RecoveryStore.open(folder);
        store.write(store.newSlot(), work("a"));
        store.write(store.newSlot(), work("b"));
        assertEquals(before + 3, files());
        store.close();
        assertEquals(before, files());
    }

    @Test
    void a_damaged_recovery_file_is_skipped_and_kept() throws Exception {
        Path slot = leftByACrashedRun(folder, "x");
        Files.writeString(slot, "{\"text\": ");
        try (RecoveryStore store = RecoveryStore.open(folder)) {
            assertEquals(List.of(), store.leftBehind());
            assertTrue(Files.exists(slot));
        }
    }
}

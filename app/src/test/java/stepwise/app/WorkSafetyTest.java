package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.app.recovery.Autosave;
import stepwise.app.recovery.RecoveredWork;
import stepwise.app.recovery.RecoveryStore;
import stepwise.app.recovery.RestorePrompt;
import stepwise.app.recovery.RecoveryStoreAccess;
import stepwise.app.recovery.WorkRecovery;
import stepwise.model.Syntax;

/** Work is never lost: autosave while editing, clean close, restore after a crash, and saves that fail. */
@ExtendWith(ApplicationExtension.class)
class WorkSafetyTest {
    private static final String FLOW = MainWindow.NEW_WORKFLOW;

    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;
    private final List<SaveFailure> failures = new ArrayList<>();
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, Settings.inMemory());
        window.setSaveFailureReporter(f -> {
            failures.add(f);
            return SaveFailureDialog.Choice.CLOSE;
        });
        stage.show();
    }

    @AfterEach
    void end() {
        if (autosave != null) {
            autosave.close();
        }
    }

    private Path recovery() throws Exception {
        return Files.createDirectories(dir.resolve("recovery"));
    }

    private List<Path> recoveryFiles() throws Exception {
        try (Stream<Path> s = Files.list(recovery())) {
            return s.filter(p -> p.toString().endsWith(".recovery.json")).toList();
        }
    }

    private void watch(FxRobot robot) throws Exception {
        autosave = new Autosave(RecoveryStore.open(recovery()), Duration.millis(50), Clock.systemUTC());
        robot.interact(() -> autosave.watch(window));
    }

    private void waitForRecoveryFiles(int n) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            autosave.flush();
            return recoveryFiles().size() == n;
        });
    }

    @Test
    void autosave_writes_the_recovery_file_after_a_change_and_removes_it_on_a_clean_close(FxRobot robot) throws Exception {
        watch(robot);
        robot.interact(() -> window.session().replaceAll(FLOW.replace("A new workflow", "Typed, not saved"), "Edit", null));
        waitForRecoveryFiles(1);
        Path slot = recoveryFiles().get(0);
        assertTrue(Files.readString(slot).contains("Typed, not saved"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(slot)));
        robot.interact(() -> window.stage().close()); // the user answered "Don't Save": a clean close
        waitForRecoveryFiles(0);
    }

    @Test
    void saving_removes_the_recovery_file(FxRobot robot) throws Exception {
        Path file = dir.resolve("saved.asl.json");
        Files.writeString(file, FLOW);
        robot.interact(() -> window.open(file));
        watch(robot);
        robot.interact(() -> window.session().replaceAll(FLOW.replace("A new workflow", "Changed"), "Edit", null));
        waitForRecoveryFiles(1);
        robot.interact(() -> window.save());
        waitForRecoveryFiles(0);
        assertTrue(Files.readString(file).contains("Changed"));
    }

    @Test
    void a_crash_leaves_work_that_the_next_start_offers_and_restores_with_the_exact_text(FxRobot robot) throws Exception {
        Path file = dir.resolve("order.asl.json");
        Files.writeString(file, FLOW);
        String unsaved = FLOW.replace("\"Type\": \"Pass\"", "\"Type\": \"Pass\",\r\n      \"Comment\": \"typed before the crash \u00e9\"");
        // the run that crashed: it wrote its autosave and never closed its store
        RecoveryStore crashed = RecoveryStore.open(recovery());
        crashed.write(crashed.newSlot(), new RecoveredWork(null, file, Syntax.JSON, Instant.now(), null, unsaved));
        Files.writeString(recovery().resolve("deadbeef0000.lock"), "");
        Path orphan = recovery().resolve("deadbeef0000-1.recovery.json");
        Files.move(recoveryFiles().get(0), orphan);

        WorkRecovery next = WorkRecovery.start(recovery());
        try {
            robot.interact(() -> next.watch(window));
            RestorePrompt[] prompt = new RestorePrompt[1];
            robot.interact(() -> prompt[0] = next.offerRestore(window, () -> {
                throw new AssertionError("one work: the main window takes it");
            }));
            assertNotNull(prompt[0], "the work is offered");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> prompt[0].summaryText().startsWith("Changes"));
            assertEquals("Changes not saved to the file on disk: 1 line added, 0 removed.", prompt[0].summaryText());
            Snapshots.save(prompt[0].stage().getScene().getRoot(), "restore-prompt-light");
            robot.interact(() -> prompt[0].restoreSelected());
            assertFalse(prompt[0].stage().isShowing());
            assertEquals(unsaved, window.session().text(), "restored exactly");
            assertEquals(file, window.file());
            assertTrue(window.session().isDirty());
            assertTrue(window.stage().getTitle().startsWith("\u2022 order.asl.json"));
            next.flush();
            assertFalse(Files.exists(orphan), "the left-behind copy is forgotten once this run keeps the text");
            List<Path> mine = recoveryFiles().stream().filter(p -> !p.getFileName().toString().startsWith(crashedPrefix(crashed))).toList();
            assertEquals(1, mine.size(), "this run keeps the restored text in its own recovery file");
            assertEquals(unsaved, RecoveryStoreAccess.read(mine.get(0)).text());
        } finally {
            next.close();
            crashed.close();
        }
    }

    private static String crashedPrefix(RecoveryStore s) {
        return s.newSlot().getFileName().toString().split("-")[0];
    }

    @Test
    void discarding_left_behind_work_forgets_it(FxRobot robot) throws Exception {
        Files.writeString(recovery().resolve("deadbeef0001.lock"), "");
        try (RecoveryStore writer = RecoveryStore.open(dir.resolve("elsewhere"))) {
            writer.write(recovery().resolve("deadbeef0001-1.recovery.json"),
                    new RecoveredWork(null, null, Syntax.JSON, Instant.now(), null, "{\"StartAt\": \"X\"}"));
        }
        WorkRecovery next = WorkRecovery.start(recovery());
        try {
            RestorePrompt[] prompt = new RestorePrompt[1];
            robot.interact(() -> prompt[0] = next.offerRestore(window, () -> null));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> prompt[0].summaryText().startsWith("A new workflow"));
            robot.interact(() -> prompt[0].discardSelected());
            next.flush();
            assertEquals(List.of(), next.leftBehind());
            assertEquals(FLOW, window.session().text(), "the window is untouched");
            assertNull(next.offerRestore(window, () -> null), "nothing is offered any more");
        } finally {
            next.close();
        }
    }

    @Test
    void a_read_only_file_keeps_the_text_in_the_editor_and_says_why(FxRobot robot) throws Exception {
        Path file = dir.resolve("locked.asl.json");
        Files.writeString(file, FLOW);
        robot.interact(() -> window.open(file));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        String edited = FLOW.replace("A new workflow", "Edited");
        robot.interact(() -> window.session().replaceAll(edited, "Edit", null));
        robot.interact(() -> window.save());
        assertEquals(1, failures.size());
        assertEquals("locked.asl.json is read-only.", failures.get(0).reason());
        assertEquals(edited, window.session().text());
        assertTrue(window.session().isDirty(), "still unsaved");
        assertEquals(FLOW, Files.readString(file), "the file is as it was");
    }

    @Test
    void a_full_disk_keeps_the_text_in_the_editor_and_says_why(FxRobot robot) throws Exception {
        Path file = dir.resolve("flow.asl.json");
        Files.writeString(file, FLOW);
        robot.interact(() -> window.open(file));
        window.setSaving(new SafeSave((channel, bytes) -> {
            throw new java.io.IOException("No space left on device");
        }));
        String edited = FLOW.replace("A new workflow", "Will not fit");
        robot.interact(() -> window.session().replaceAll(edited, "Edit", null));
        robot.interact(() -> window.save());
        assertEquals("There is not enough space on the disk to save flow.asl.json.", failures.get(0).reason());
        assertEquals(edited, window.session().text());
        assertTrue(window.stage().getTitle().startsWith("\u2022 "));
        assertEquals(FLOW, Files.readString(file));
    }

    @Test
    void the_save_failure_message_in_light_and_dark(FxRobot robot) throws Exception {
        SaveFailure f = SaveFailure.of(dir.resolve("order.asl.json"), new java.io.IOException("No space left on device"));
        for (var theme : stepwise.canvas.diagram.ThemePalette.Theme.values()) {
            robot.interact(() -> window.setTheme(theme));
            javafx.scene.control.Alert[] alert = new javafx.scene.control.Alert[1];
            robot.interact(() -> {
                alert[0] = SaveFailureDialog.of(stage, f);
                alert[0].show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Path png = Snapshots.save(alert[0].getDialogPane(), "save-failure-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            assertTrue(Files.size(png) > 0);
            robot.interact(() -> alert[0].close());
        }
        robot.interact(() -> window.setTheme(stepwise.canvas.diagram.ThemePalette.Theme.LIGHT));
    }

    @Test
    void the_restore_prompt_lists_several_works_and_compares_an_example_with_its_original(FxRobot robot) throws Exception {
        var example = stepwise.assets.Examples.find("order-processing").orElseThrow();
        Path file = dir.resolve("payments.asl.json");
        Files.writeString(file, FLOW);
        List<RecoveredWork> works = List.of(
                new RecoveredWork(null, file, Syntax.JSON, Instant.now().minusSeconds(600), null, FLOW.replace("A new workflow", "Payments")),
                new RecoveredWork(null, null, Syntax.JSON, Instant.now(), example.id(),
                        example.workflow().replace("\"MaxAttempts\": 3", "\"MaxAttempts\": 5")));
        robot.interact(() -> window.setTheme(stepwise.canvas.diagram.ThemePalette.Theme.DARK));
        List<RecoveredWork> restored = new ArrayList<>();
        RestorePrompt[] prompt = new RestorePrompt[1];
        robot.interact(() -> {
            prompt[0] = new RestorePrompt(stage, works, restored::add, w -> { }, java.time.ZoneId.systemDefault());
            prompt[0].show();
            prompt[0].select(1);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> prompt[0].summaryText().startsWith("Made from"));
        assertTrue(prompt[0].summaryText().equals("Made from the example \u201cOrder processing\u201d, never saved. Changes to the example: 1 line added, 1 removed."),
                prompt[0].summaryText());
        Snapshots.save(prompt[0].stage().getScene().getRoot(), "restore-prompt-dark");
        robot.interact(() -> prompt[0].restoreSelected());
        assertEquals(1, prompt[0].remaining().size(), "the other work is still offered");
        assertEquals(example.id(), restored.get(0).exampleId());
        robot.interact(() -> prompt[0].stage().close());
        robot.interact(() -> window.setTheme(stepwise.canvas.diagram.ThemePalette.Theme.LIGHT));
    }
}

package stepwise.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import stepwise.app.editor.ParseState;
import stepwise.model.Syntax;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, Settings.inMemory());
        window.setErrorReporter((header, message) -> {
            throw new AssertionError(header + ": " + message);
        });
        stage.show();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.editor().parseStateProperty().get() != ParseState.PARSING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void new_window_shows_untitled_in_title(FxRobot robot) {
        assertEquals("Untitled \u2014 Stepwise", window.stage().getTitle());
    }

    @Test
    void canvas_draws_the_window_workflow(FxRobot robot) throws Exception {
        window.canvas().whenLaidOut().get(10, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Start", window.canvas().stateView("/States/Start").shownTitle());
    }

    @Test
    void editing_marks_title_dirty(FxRobot robot) {
        robot.interact(() -> window.session().replaceAll("{}", "Clear", null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.stage().getTitle().startsWith("\u2022 "));
    }

    @Test
    void a_file_saved_without_edits_keeps_every_byte(FxRobot robot) throws Exception {
        byte[] original = ("\uFEFF{\r\n\t\"StartAt\": \"A\",\r\n\t\"States\": {\"A\": {\"Type\": \"Succeed\"}}\r\n}").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("crlf.asl.json");
        Files.write(file, original);
        robot.interact(() -> assertTrue(window.open(file)));
        settle();
        assertEquals("crlf.asl.json \u2014 Stepwise", window.stage().getTitle());
        Path copy = dir.resolve("copy.asl.json");
        robot.interact(() -> assertTrue(window.writeTo(copy)));
        assertArrayEquals(original, Files.readAllBytes(copy));
    }

    @Test
    void an_edited_crlf_file_saves_with_its_line_breaks_and_reopens_identical(FxRobot robot) throws Exception {
        String text = "{\r\n  \"StartAt\": \"A\",\r\n  \"States\": {\r\n    \"A\": {\"Type\": \"Succeed\"}\r\n  }\r\n}\r\n";
        Path file = dir.resolve("edit.asl.json");
        Files.writeString(file, text);
        robot.interact(() -> window.open(file));
        settle();
        robot.interact(() -> {
            int at = window.editor().area().getText().indexOf("\"A\",") + 2;
            window.editor().area().requestFocus();
            window.editor().area().moveTo(at);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.interact(() -> window.editor().undo());
        robot.interact(() -> {
            int at = window.editor().area().getText().indexOf("\"A\",") + 2;
            window.editor().area().insertText(at, "B");
        });
        settle();
        assertTrue(window.stage().getTitle().startsWith("\u2022 "));
        assertEquals(text.replace("\"A\",", "\"AB\","), window.session().text(), "the session keeps CRLF");
        robot.interact(() -> window.save());
        assertFalse(window.stage().getTitle().startsWith("\u2022 "));
        byte[] saved = Files.readAllBytes(file);
        assertEquals(text.replace("\"A\",", "\"AB\","), new String(saved, StandardCharsets.UTF_8));
        robot.interact(() -> window.open(file));
        settle();
        robot.interact(() -> window.save());
        assertArrayEquals(saved, Files.readAllBytes(file), "reopened and saved: the same bytes");
    }

    @Test
    void yaml_files_open_as_yaml(FxRobot robot) throws Exception {
        Path file = dir.resolve("flow.asl.yaml");
        Files.writeString(file, "StartAt: A\nStates:\n  A:\n    Type: Succeed\n");
        robot.interact(() -> window.open(file));
        settle();
        assertEquals(Syntax.YAML, window.session().document().syntax());
        assertTrue(window.editor().formatDescriptionProperty().get().startsWith("YAML"));
    }

    @Test
    void a_change_on_disk_is_noticed_and_can_be_reloaded(FxRobot robot) throws Exception {
        Path file = dir.resolve("disk.asl.json");
        Files.writeString(file, MainWindow.NEW_WORKFLOW);
        robot.interact(() -> window.open(file));
        settle();
        String changed = MainWindow.NEW_WORKFLOW.replace("A new workflow", "Changed elsewhere");
        Files.writeString(file, changed);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        robot.interact(() -> window.checkDisk());
        assertTrue(window.isDiskNoticeShown());
        robot.interact(() -> window.reloadFromDisk());
        settle();
        assertEquals(changed, window.session().text());
        assertFalse(window.isDiskNoticeShown());
    }

    @Test
    void keeping_my_version_after_a_change_on_disk_marks_it_unsaved(FxRobot robot) throws Exception {
        Path file = dir.resolve("keep.asl.json");
        Files.writeString(file, MainWindow.NEW_WORKFLOW);
        robot.interact(() -> window.open(file));
        settle();
        Files.writeString(file, "{}");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        robot.interact(() -> window.checkDisk());
        assertTrue(window.isDiskNoticeShown());
        robot.interact(() -> window.keepMine(DiskStamp.of(file)));
        assertEquals(MainWindow.NEW_WORKFLOW, window.session().text());
        assertTrue(window.stage().getTitle().startsWith("\u2022 "), "the text differs from the file now");
        robot.interact(() -> window.checkDisk());
        assertFalse(window.isDiskNoticeShown(), "the same change is not announced twice");
    }

    @Test
    void unreadable_or_huge_files_get_a_message_not_a_stack_trace() throws Exception {
        IOException missing = assertThrows(IOException.class, () -> WorkflowFiles.read(dir.resolve("nope.asl.json")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        IOException folder = assertThrows(IOException.class, () -> WorkflowFiles.read(dir));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        Path huge = dir.resolve("huge.json");
        try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), WorkflowFiles.MAX_OPEN_BYTES + 10);
        }
        IOException big = assertThrows(IOException.class, () -> WorkflowFiles.read(huge));
        assertTrue(big.getMessage().contains("opens workflow files up to"), big.getMessage());
    }

    @Test
    void saving_is_atomic_and_leaves_no_temporary_file() throws Exception {
        Path file = dir.resolve("atomic.asl.json");
        Files.writeString(file, "old");
        WorkflowFiles.writeAtomically(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void opening_a_problem_goes_to_it_and_selects_its_state(FxRobot robot) throws Exception {
        String text = MainWindow.NEW_WORKFLOW.replace("\"End\": true", "\"Next\": \"Nowhere\"");
        Path file = dir.resolve("problem.asl.json");
        Files.writeString(file, text);
        robot.interact(() -> window.setDiagnoser(doc -> {
            var next = doc.at(stepwise.model.json.JsonPointer.parse("/States/Start/Next"));
            return next == null ? java.util.List.of() : java.util.List.of(stepwise.model.Diagnostic.error("UNKNOWN_TARGET",
                    "Next names Nowhere, which is not a state", "/States/Start/Next", next.span()));
        }));
        robot.interact(() -> window.open(file));
        settle();
        assertEquals(1, window.editor().diagnostics().size());
        robot.interact(() -> window.openProblem(window.editor().diagnostics().get(0)));
        assertEquals("\"Nowhere\"", window.editor().area().getSelectedText());
        assertEquals("/States/Start", window.selection().getPrimary());
    }

    @Test
    void the_selected_state_shows_in_the_inspector_and_its_edits_in_the_json(FxRobot robot) {
        robot.interact(() -> window.selection().select("/States/Start", "test"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup((Node n) -> "field:name".equals(n.getId())).query();
        assertEquals("Start", name.getText());
        TextField comment = robot.lookup((Node n) -> "field:/Comment".equals(n.getId())).query();
        robot.interact(() -> {
            comment.requestFocus();
            comment.setText("First step");
            comment.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        String text = window.editor().area().getText();
        assertTrue(text.contains("\"Comment\": \"First step\""), text);
        assertTrue(window.session().text().contains("\"Comment\": \"First step\""));
    }

    @Test
    void edit_menu_deletes_the_states_selected_on_the_canvas(FxRobot robot) throws Exception {
        String two = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Succeed\"}}}";
        Path file = dir.resolve("two.asl.json");
        Files.writeString(file, two);
        robot.interact(() -> window.open(file));
        settle();
        robot.interact(() -> window.selection().select("/States/B", "test"));
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem delete = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "_Delete States".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(delete::fire);
        assertFalse(window.session().text().contains("\"B\""), window.session().text());
        robot.interact(() -> window.session().undo());
        assertEquals(two, window.session().text());
    }

    @Test
    void f5_runs_the_workflow_from_the_canvas_and_brings_the_run_to_the_front(FxRobot robot) throws Exception {
        settle();
        window.canvas().whenLaidOut().get(10, TimeUnit.SECONDS);
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.runPanel().executionProperty().get() != null
                && !window.runPanel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stepwise.engine.ExecutionStatus.SUCCEEDED, window.runPanel().executionProperty().get().status());
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(tab -> tab.getText().equals("Run"))).findFirst().orElseThrow();
        assertEquals("Run", tabs.getSelectionModel().getSelectedItem().getText());
    }
}

package stepwise.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final String WORKFLOW = """
            {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Done"}], "Default": "Stop"},
              "Done": {"Type": "Succeed"},
              "Stop": {"Type": "Fail", "Error": "NotOk"}}}
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void writes_an_svg_with_a_group_per_state_and_edge(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("check.asl.json");
        Files.writeString(file, WORKFLOW);
        Path svg = dir.resolve("check.svg");
        assertEquals(0, run("export", file.toString(), "--svg", svg.toString()));
        String text = Files.readString(svg);
        assertTrue(text.contains("<g class=\"state Choice\" data-state=\"Check\">"), text);
        assertTrue(text.contains("<g class=\"edge default\" data-from=\"Check\" data-to=\"Stop\">"));
        assertTrue(text.contains("<g class=\"edge choice\" data-from=\"Check\" data-to=\"Done\">"));
    }

    @Test
    void writes_a_png_at_the_given_scale(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("check.asl.json");
        Files.writeString(file, WORKFLOW);
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertEquals(0, run("export", file.toString(), "--png", one.toString()));
        assertEquals(0, run("export", file.toString(), "--png", two.toString(), "--scale", "2", "--theme", "dark"));
        int w1 = ImageIO.read(one.toFile()).getWidth();
        int w2 = ImageIO.read(two.toFile()).getWidth();
        assertEquals(w1 * 2, w2, 1);
    }

    @Test
    void a_missing_file_is_a_usage_error_without_a_stack_trace(@TempDir Path dir) {
        assertEquals(2, run("export", dir.resolve("nope.json").toString(), "--svg", dir.resolve("x.svg").toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("no such file"), message);
        assertTrue(!message.contains("\tat "), message);
    }

    @Test
    void text_that_does_not_parse_is_reported_at_its_line_and_column(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"StartAt\": \"A\",\n  \"States\": {\n}");
        assertEquals(1, run("export", file.toString(), "--svg", dir.resolve("x.svg").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(file + ":"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missing_output_and_bad_scale_are_usage_errors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("check.asl.json");
        Files.writeString(file, WORKFLOW);
        assertEquals(2, run("export", file.toString()));
        assertEquals(2, run("export", file.toString(), "--png", "x.png", "--scale", "0"));
        assertEquals(2, run("export", file.toString(), "--png", "x.png", "--theme", "pink"));
    }

    @Test
    void the_pinned_positions_of_the_sidecar_are_used(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("check.asl.json");
        Files.writeString(file, WORKFLOW);
        Files.writeString(dir.resolve("check.stepwise.json"), "{\"version\": 1, \"pinned\": {\"/States/Done\": {\"x\": 900, \"y\": 40}}}");
        Path svg = dir.resolve("check.svg");
        assertEquals(0, run("export", file.toString(), "--svg", svg.toString()));
        String text = Files.readString(svg);
        assertTrue(text.contains("<rect x=\"900\" y=\"40\""), "Done is drawn where it was pinned");
    }

    @Test
    void a_history_draws_each_state_with_its_status_at_the_event(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("check.asl.json");
        Files.writeString(file, WORKFLOW);
        Path history = dir.resolve("history.json");
        assertEquals(0, run("run", file.toString(), "--input", "{\"ok\": true}", "--history", history.toString()));
        Path end = dir.resolve("end.svg");
        assertEquals(0, run("export", file.toString(), "--history", history.toString(), "--svg", end.toString()));
        String text = Files.readString(end);
        assertTrue(text.contains("<g class=\"state Choice succeeded\" data-state=\"Check\">"), text);
        assertTrue(text.contains("<g class=\"state Succeed succeeded\" data-state=\"Done\">"), text);
        assertTrue(text.contains("<g class=\"state Fail not-run\" data-state=\"Stop\">"), text);
        Path second = dir.resolve("second.svg");
        assertEquals(0, run("export", file.toString(), "--history", history.toString(), "--at-event", "2", "--svg", second.toString()));
        String at2 = Files.readString(second);
        assertTrue(at2.contains("<g class=\"state Choice running\" data-state=\"Check\">"), at2);
        assertTrue(at2.contains("<g class=\"state Succeed not-run\" data-state=\"Done\">"), at2);
    }

    @Test
    void an_event_past_the_history_or_at_event_alone_is_refused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("check.asl.json");
        Files.writeString(file, WORKFLOW);
        Path history = dir.resolve("history.json");
        assertEquals(0, run("run", file.toString(), "--input", "{\"ok\": true}", "--history", history.toString()));
        assertEquals(1, run("export", file.toString(), "--history", history.toString(), "--at-event", "99", "--svg",
                dir.resolve("x.svg").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("past the history's last event"));
        assertEquals(2, run("export", file.toString(), "--at-event", "1", "--svg", dir.resolve("y.svg").toString()));
    }
}

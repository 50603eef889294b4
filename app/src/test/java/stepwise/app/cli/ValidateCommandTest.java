package stepwise.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final Pattern LINE = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning) ([A-Z][A-Z0-9_]*) (.+)$");
    private static final String VALID = """
            {
              "StartAt": "Hello",
              "States": {
                "Hello": {"Type": "Pass", "End": true}
              }
            }
            """;
    private static final String INVALID = """
            {
              "StartAt": "Hello",
              "States": {
                "Hello": {"Type": "Choice", "Default": "Nowhere", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Done"}]},
                "Done": {"Type": "Succeed"}
              }
            }
            """;
    private static final String WARNED = """
            {
              "StartAt": "Each",
              "States": {
                "Each": {"Type": "Map", "End": true,
                         "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}}
              }
            }
            """;

    @TempDir
    Path dir;

    private record Outcome(int code, List<String> out, String err) {
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        String text = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\tat ") || errors.contains("\tat ") || errors.contains("Exception"), "no stack trace: " + errors);
        return new Outcome(code, text.isEmpty() ? List.of() : List.of(text.split("\n")), errors);
    }

    private String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void valid_file_prints_nothing_and_exits_0() throws IOException {
        Outcome o = run("validate", file("ok.json", VALID));
        assertEquals(0, o.code());
        assertEquals(List.of(), o.out());
    }

    @Test
    void error_is_one_line_with_file_line_column_severity_code_and_message() throws IOException {
        String f = file("bad.json", INVALID);
        Outcome o = run("validate", f);
        assertEquals(1, o.code());
        assertEquals(1, o.out().size(), o.out().toString());
        var m = LINE.matcher(o.out().get(0));
        assertTrue(m.matches(), o.out().get(0));
        assertEquals(f, m.group(1));
        assertEquals("4", m.group(2));
        assertEquals(String.valueOf(INVALID.lines().toList().get(3).indexOf("\"Nowhere\"") + 1), m.group(3));
        assertEquals("error", m.group(4));
        assertEquals("UNKNOWN_TARGET", m.group(5));
    }

    @Test
    void warnings_alone_exit_0() throws IOException {
        Outcome o = run("validate", file("warned.json", WARNED));
        assertEquals(0, o.code());
        assertEquals(1, o.out().size());
        assertTrue(o.out().get(0).contains(": warning MAP_UNBOUNDED_CONCURRENCY "), o.out().get(0));
    }

    @Test
    void keeps_going_over_all_files_and_an_unreadable_one_exits_2() throws IOException {
        String bad = file("bad.json", INVALID);
        String missing = dir.resolve("missing.json").toString();
        String ok = file("ok.json", VALID);
        String bad2 = file("bad2.json", INVALID);
        Outcome o = run("validate", bad, missing, ok, bad2);
        assertEquals(2, o.code());
        assertEquals(2, o.out().size());
        assertTrue(o.out().get(0).startsWith(bad + ":"));
        assertTrue(o.out().get(1).startsWith(bad2 + ":"));
        assertTrue(o.err().contains(missing), o.err());
    }

    @Test
    void directory_is_unreadable_and_exits_2() {
        Outcome o = run("validate", dir.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("directory"), o.err());
    }

    @Test
    void binary_garbage_is_reported_as_errors_without_a_stack_trace() throws IOException {
        Path p = dir.resolve("garbage.json");
        Files.write(p, new byte[] {(byte) 0xFF, 0x00, (byte) 0xC3, 0x28, 0x7B});
        Outcome o = run("validate", p.toString());
        assertEquals(1, o.code());
        assertFalse(o.out().isEmpty());
        for (String line : o.out()) {
            assertTrue(LINE.matcher(line).matches(), line);
        }
    }

    @Test
    void empty_file_is_an_error() throws IOException {
        Outcome o = run("validate", file("empty.json", ""));
        assertEquals(1, o.code());
        assertTrue(o.out().get(0).contains(":1:1: error SYNTAX "), o.out().get(0));
    }

    @Test
    void no_file_is_a_usage_error() {
        Outcome o = run("validate");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("usage"), o.err());
    }

    @Test
    void type_express_refuses_what_express_workflows_cannot_do() throws IOException {
        Path file = dir.resolve("nested.asl.json");
        Files.writeString(file, """
                {
                  "StartAt": "Child",
                  "States": {
                    "Child": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync",
                              "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:child"}, "End": true}
                  }
                }
                """);
        assertEquals(0, run("validate", file.toString()).code(), "a Standard workflow may wait for a child");
        Outcome express = run("validate", "--type", "express", file.toString());
        assertEquals(1, express.code());
        assertTrue(express.out().get(0).contains(" error NOT_IN_EXPRESS "), express.out().get(0));
    }

    @Test
    void an_unknown_type_is_a_usage_error() {
        Outcome o = run("validate", "--type", "fast", "x.asl.json");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("standard or express"), o.err());
    }
}

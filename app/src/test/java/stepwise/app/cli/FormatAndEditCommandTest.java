package stepwise.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatAndEditCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int code, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Outcome(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p.toString();
    }

    private static final String MESSY = "{\"StartAt\":\"A\",\n\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},\n  \"B\":{\"Type\":\"Succeed\"}}}";
    private static final String CANONICAL = """
            {
              "StartAt": "A",
              "States": {
                "A": {
                  "Type": "Pass",
                  "Next": "B"
                },
                "B": {
                  "Type": "Succeed"
                }
              }
            }
            """;

    @Test
    void format_writes_two_space_indentation_in_key_order() throws IOException {
        Outcome o = cli("format", file("w.asl.json", MESSY));
        assertEquals(0, o.code(), o.err());
        assertEquals(CANONICAL, o.text());
    }

    @Test
    void format_check_exits_1_when_not_formatted_and_0_when_formatted() throws IOException {
        Outcome messy = cli("format", "--check", file("m.json", MESSY));
        assertEquals(1, messy.code());
        assertTrue(messy.err().endsWith("m.json: not formatted\n"), messy.err());
        assertEquals(0, cli("format", "--check", file("c.json", CANONICAL)).code());
    }

    @Test
    void format_keeps_crlf_and_the_byte_order_mark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = MESSY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] in = new byte[3 + body.length];
        System.arraycopy(bom, 0, in, 0, 3);
        System.arraycopy(body, 0, in, 3, body.length);
        String out = dir.resolve("out.json").toString();
        assertEquals(0, cli("format", file("b.json", in), "-o", out).code());
        byte[] written = Files.readAllBytes(Path.of(out));
        assertEquals((byte) 0xEF, written[0]);
        assertEquals(CANONICAL.replace("\n", "\r\n"), new String(written, 3, written.length - 3, StandardCharsets.UTF_8));
        assertEquals(0, cli("format", "--check", out).code());
    }

    @Test
    void format_writes_yaml_as_block_yaml() throws IOException {
        Outcome o = cli("format", file("w.asl.yaml", "{StartAt: A, States: {A: {Type: Pass, End: true}}}\n"));
        assertEquals(0, o.code(), o.err());
        assertEquals("StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n", o.text());
    }

    @Test
    void format_refuses_to_drop_yaml_comments() throws IOException {
        Outcome o = cli("format", file("w.asl.yml", "# keep me\nStartAt: A\nStates: {A: {Type: Succeed}}\n"));
        assertEquals(1, o.code());
        assertTrue(o.err().contains("the YAML has comments"), o.err());
        assertEquals(0, o.out().length);
    }

    @Test
    void edit_without_operations_writes_back_the_same_bytes() throws IOException {
        byte[] odd = "\uFEFF{ \"StartAt\" :\"A\" ,\t\"States\":{ \"A\":{\"Type\":\"Succeed\"} } }\r\n\n".getBytes(StandardCharsets.UTF_8);
        Outcome o = cli("edit", file("odd.json", odd));
        assertEquals(0, o.code());
        assertArrayEquals(odd, o.out());
    }

    @Test
    void edit_applies_operations_in_order_and_changes_only_their_lines() throws IOException {
        Outcome o = cli("edit", file("w.json", CANONICAL), "--rename", "B=Finish", "--set", "/States/A/Comment=\"first\"",
                "--rename", "A=Start");
        assertEquals(0, o.code(), o.err());
        assertEquals("""
                {
                  "StartAt": "Start",
                  "States": {
                    "Start": {
                      "Type": "Pass",
                      "Next": "Finish",
                      "Comment": "first"
                    },
                    "Finish": {
                      "Type": "Succeed"
                    }
                  }
                }
                """, o.text());
    }

    @Test
    void edit_delete_relinks_and_writes_to_the_output_file() throws IOException {
        String out = dir.resolve("out.json").toString();
        Outcome o = cli("edit", file("w.json", CANONICAL), "--delete", "B", "-o", out);
        assertEquals(0, o.code(), o.err());
        assertEquals(0, o.out().length);
        assertEquals(CANONICAL.replace("\"Next\": \"B\"\n    },\n    \"B\": {\n      \"Type\": \"Succeed\"\n    }", "\"End\": true\n    }"),
                Files.readString(Path.of(out)));
    }

    @Test
    void edit_of_yaml_keeps_its_comments() throws IOException {
        String yaml = "# Orders\nStartAt: A   # first\nStates:\n  A:\n    Type: Pass\n    Next: B  # on\n  B:\n    Type: Succeed\n";
        Outcome o = cli("edit", file("w.asl.yaml", yaml), "--rename", "B=Done");
        assertEquals(0, o.code(), o.err());
        assertEquals(yaml.replace("Next: B", "Next: Done").replace("  B:", "  Done:"), o.text());
    }

    @Test
    void edit_of_a_missing_state_says_so_and_exits_1() throws IOException {
        Outcome o = cli("edit", file("w.json", CANONICAL), "--delete", "Nope");
        assertEquals(1, o.code());
        assertEquals("stepwise edit: " + dir.resolve("w.json") + ": --delete Nope: there is no state named \"Nope\"\n", o.err());
    }

    @Test
    void edit_with_a_bad_set_value_is_a_usage_error() throws IOException {
        Outcome o = cli("edit", file("w.json", CANONICAL), "--set", "/StartAt=B");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("the value is not JSON"), o.err());
    }

    // ------------------------------------------------------------ bad input: a message with a position, no crash

    private void assertRejected(String name, byte[] content, String expected) throws IOException {
        String path = file(name, content);
        for (String command : new String[] {"format", "edit"}) {
            Outcome o = command.equals("edit") ? cli(command, path, "--delete", "A") : cli(command, path);
            assertEquals(2, o.code(), command + ": " + o.err());
            assertTrue(o.err().startsWith(path + ":"), o.err());
            assertTrue(o.err().contains(expected), command + " said: " + o.err());
            assertFalse(o.err().contains("Exception"), o.err());
            assertEquals(0, o.out().length);
        }
    }

    @Test
    void truncated_file_is_reported_at_its_end() throws IOException {
        assertRejected("t.json", CANONICAL.substring(0, CANONICAL.indexOf("\"Next\"")).getBytes(StandardCharsets.UTF_8),
                ": error SYNTAX Unexpected end of text inside an object opened at line 4, column 10 (the file may be truncated)");
    }

    @Test
    void deep_nesting_is_reported() throws IOException {
        assertRejected("d.json", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8),
                ":1:1001: error SYNTAX Nesting deeper than 1000 levels");
    }

    @Test
    void binary_garbage_is_reported() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xC3;
        garbage[1] = (byte) 0x28;
        assertRejected("g.json", garbage, ":1:1: error ENCODING The file is not valid UTF-8: byte 0 (0xC3)");
    }

    @Test
    void invalid_utf8_is_reported_at_its_byte() throws IOException {
        assertRejected("u.json", "{\"StartAt\": \"\u00e9\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1), ":1:14: error ENCODING");
    }

    @Test
    void empty_file_is_reported() throws IOException {
        assertRejected("e.json", new byte[0], ":1:1: error SYNTAX The document is empty");
    }

    @Test
    void json_array_is_reported() throws IOException {
        assertRejected("a.json", "[{\"StartAt\": \"A\"}]".getBytes(StandardCharsets.UTF_8),
                ":1:1: error NOT_AN_OBJECT A workflow is a JSON object with StartAt and States, but this document is an array");
    }

    @Test
    void fifty_megabyte_file_is_refused_naming_the_size_limit() throws IOException {
        StringBuilder sb = new StringBuilder(52_000_000).append("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}, \"Blob\": [");
        while (sb.length() < 50_000_000) {
            sb.append("\"0123456789012345678901234567890123456789\",\n");
        }
        sb.append("}");
        String path = file("big.json", sb.toString().getBytes(StandardCharsets.UTF_8));
        for (String command : new String[] {"format", "edit", "validate", "run"}) {
            Outcome o = cli(command, path);
            assertEquals(2, o.code(), command + ": " + o.err());
            assertTrue(o.err().contains("Stepwise opens workflow files up to 16 MB"), command + " said: " + o.err());
            assertFalse(o.err().contains("Exception"), o.err());
        }
    }

    @Test
    void broken_yaml_is_reported_with_its_line() throws IOException {
        assertRejected("b.asl.yaml", "StartAt: A\nStates:\n  A: {Type: Pass\n  B: 1\n".getBytes(StandardCharsets.UTF_8), ":4:");
    }
}

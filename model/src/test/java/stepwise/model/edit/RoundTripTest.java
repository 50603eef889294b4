package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.json.JsonPointer;

/** Files written every which way: opened and saved they keep every byte; a rename changes only the names. */
class RoundTripTest {
    record Sample(String name, Syntax syntax, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String BASE = "{\n  \"Comment\": \"Caf\u00e9 \u2615\",\n  \"StartAt\": \"A\",\n\n  \"States\": {\n"
            + "    \"A\": {\"Type\": \"Pass\", \"x-unknown\": [1, 2.50, 1e3], \"Next\": \"B\"},\n"
            + "    \"B\": {\n      \"Type\": \"Succeed\"\n    }\n  }\n}\n";

    static List<Sample> samples() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = BASE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[3 + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        return List.of(
                new Sample("two spaces", Syntax.JSON, body),
                new Sample("byte-order mark", Syntax.JSON, withBom),
                new Sample("CRLF", Syntax.JSON, BASE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                new Sample("tabs", Syntax.JSON, BASE.replace("  ", "\t").getBytes(StandardCharsets.UTF_8)),
                new Sample("four spaces", Syntax.JSON, BASE.replace("  ", "    ").getBytes(StandardCharsets.UTF_8)),
                new Sample("compact", Syntax.JSON, BASE.replaceAll("\n\\s*", "").replace(": ", ":").replace(", ", ",")
                        .getBytes(StandardCharsets.UTF_8)),
                new Sample("no final line break", Syntax.JSON, BASE.strip().getBytes(StandardCharsets.UTF_8)),
                new Sample("YAML with comments", Syntax.YAML, ("# Caf\u00e9 \u2615\nComment: 'Caf\u00e9'\nStartAt: A  # start\n\n"
                        + "States:\n  A:\n    Type: Pass\n    x-unknown: [1, 2.50, 1e3]\n    Next: B\n  # last\n  B:\n    Type: Succeed\n")
                        .getBytes(StandardCharsets.UTF_8)),
                new Sample("YAML flow, CRLF", Syntax.YAML, "{StartAt: A,\r\n States: {A: {Type: Pass, Next: B}, B: {Type: Succeed}}}\r\n"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void open_and_save_keeps_every_byte(Sample s) {
        AslDocument doc = AslDocument.decode(s.bytes(), s.syntax());
        assertEquals(List.of(), doc.syntaxDiagnostics());
        assertArrayEquals(s.bytes(), doc.encode());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void rename_changes_only_the_names(Sample s) throws EditException {
        AslDocument doc = AslDocument.decode(s.bytes(), s.syntax());
        String after = Edits.run(doc, new RenameState(JsonPointer.of("States", "B"), "Finish"));
        String expected = doc.text().replace("\"B\"", "\"Finish\"").replace("Next: B", "Next: Finish").replace("  B:", "  Finish:")
                .replace("B: {", "Finish: {");
        assertEquals(expected, after);
        byte[] saved = doc.withText(after).encode();
        assertEquals(doc.hasBom(), saved.length > 2 && saved[0] == (byte) 0xEF);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void delete_and_undo_restore_the_exact_bytes(Sample s) throws EditException {
        AslDocument doc = AslDocument.decode(s.bytes(), s.syntax());
        WorkflowSession session = new WorkflowSession(doc);
        session.execute(new DeleteState(JsonPointer.of("States", "A")), null);
        session.undo();
        assertArrayEquals(s.bytes(), session.document().encode());
    }
}

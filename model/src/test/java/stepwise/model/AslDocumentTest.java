package stepwise.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.asl.ChoiceState;
import stepwise.model.asl.MapState;
import stepwise.model.asl.ParallelState;
import stepwise.model.asl.StateType;
import stepwise.model.edit.TextEdit;
import stepwise.model.json.JsonPointer;

class AslDocumentTest {
    static final String FLOW = """
            {
              "StartAt": "Check",
              "States": {
                "Check": {
                  "Type": "Choice",
                  "Choices": [{"Variable": "$.inStock", "BooleanEquals": true, "Next": "Both"}],
                  "Default": "Fail"
                },
                "Both": {
                  "Type": "Parallel",
                  "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                    {"StartAt": "Items", "States": {"Items": {"Type": "Map", "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}, "End": true}}}
                  ],
                  "End": true
                },
                "Fail": {"Type": "Fail", "Error": "OutOfStock"}
              }
            }
            """;

    @Test
    void typed_view_reads_nested_machines() {
        AslDocument doc = AslDocument.of(FLOW);
        assertEquals("Check", doc.machine().startAt());
        ChoiceState check = (ChoiceState) doc.machine().state("Check");
        assertEquals("$.inStock == true", check.choices().get(0).label());
        ParallelState both = (ParallelState) doc.machine().state("Both");
        assertEquals(2, both.branches().size());
        MapState items = (MapState) both.branches().get(1).state("Items");
        assertEquals(StateType.PASS, items.processor().state("B").type());
        assertEquals(6, doc.machine().allStates().size());
    }

    @Test
    void bytes_round_trip_exactly_with_bom_and_crlf() {
        byte[] bytes = ("\uFEFF{\r\n\t\"StartAt\": \"A\",\r\n\t\"States\": {}\r\n}").getBytes(StandardCharsets.UTF_8);
        AslDocument doc = AslDocument.decode(bytes, Syntax.JSON);
        assertTrue(doc.hasBom());
        assertFalse(doc.hasSyntaxErrors());
        assertArrayEquals(bytes, doc.encode());
        assertEquals("\t", doc.style().indent());
        assertEquals("\r\n", doc.style().newline());
    }

    @Test
    void edited_text_keeps_the_bom() {
        byte[] bytes = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);
        AslDocument doc = AslDocument.decode(bytes, Syntax.JSON).apply(List.of(TextEdit.insert(1, " ")));
        assertArrayEquals("\uFEFF{ }".getBytes(StandardCharsets.UTF_8), doc.encode());
    }

    @Test
    void invalid_utf8_is_reported_and_bytes_kept() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        AslDocument doc = AslDocument.decode(bytes, Syntax.JSON);
        Diagnostic d = doc.syntaxDiagnostics().get(0);
        assertEquals("ENCODING", d.code());
        assertEquals(7, d.column());
        assertArrayEquals(bytes, doc.encode());
    }

    @Test
    void array_root_is_an_error() {
        AslDocument doc = AslDocument.of("[1, 2]");
        assertEquals("NOT_AN_OBJECT", doc.syntaxDiagnostics().get(0).code());
    }

    @Test
    void pointer_at_offset_finds_innermost_value() {
        AslDocument doc = AslDocument.of(FLOW);
        int offset = FLOW.indexOf("OutOfStock");
        assertEquals("/States/Fail/Error", doc.pointerAt(offset).toString());
        assertEquals("/States/Both", doc.graph().nodeAt(doc.pointerAt(FLOW.indexOf("\"Branches\""))).id());
    }

    @Test
    void style_detects_four_space_indent() {
        assertEquals("    ", TextStyle.detect("{\n    \"a\": {\n        \"b\": 1\n    }\n}\n").indent());
    }

    @Test
    void at_resolves_pointer() {
        assertNotNull(AslDocument.of(FLOW).at(JsonPointer.parse("/States/Both/Branches/0/States/A")));
    }
}

package stepwise.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import stepwise.model.Diagnostic;

class JsonParserTest {

    @Test
    void every_value_knows_its_span_line_and_column() {
        String text = "{\n  \"a\": [1, true],\n  \"b\": \"x\"\n}";
        JsonObject root = (JsonObject) JsonParser.parse(text).root();
        JsonValue b = root.get("b");
        assertEquals("\"x\"", text.substring(b.span().start(), b.span().end()));
        assertEquals(3, b.span().line());
        assertEquals(8, b.span().column());
        JsonArray a = root.array("a");
        assertEquals("true", text.substring(a.get(1).span().start(), a.get(1).span().end()));
    }

    @Test
    void member_span_runs_from_key_to_value() {
        String text = "{ \"key\" : 12 }";
        Member m = ((JsonObject) JsonParser.parse(text).root()).member("key");
        assertEquals("\"key\" : 12", text.substring(m.span().start(), m.span().end()));
    }

    @Test
    void escapes_are_decoded() {
        JsonObject root = (JsonObject) JsonParser.parse("{\"s\": \"a\\n\\u00e9\\\"\"}").root();
        assertEquals("a\n\u00e9\"", root.string("s"));
    }

    @Test
    void syntax_error_reports_line_and_column_and_keeps_partial_result() {
        JsonParser.Result r = JsonParser.parse("{\n  \"a\": 1,\n  \"b\" 2\n}");
        assertEquals(1, r.diagnostics().size());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(3, d.line());
        assertEquals(7, d.column());
        JsonObject partial = (JsonObject) r.root();
        assertEquals("1", ((JsonNumber) partial.get("a")).text());
    }

    @Test
    void truncated_text_says_where_the_open_object_began() {
        JsonParser.Result r = JsonParser.parse("{\"States\": {\"A\": {\"Type\": \"Pass\"");
        assertTrue(r.diagnostics().get(0).message().contains("truncated"), r.diagnostics().get(0).message());
        JsonObject root = (JsonObject) r.root();
        assertNotNull(root.object("States").object("A"));
    }

    @Test
    void deep_nesting_stops_at_the_limit_with_a_message() {
        String text = "[".repeat(10_000) + "]".repeat(10_000);
        JsonParser.Result r = JsonParser.parse(text);
        assertTrue(r.diagnostics().get(0).message().contains("1000 levels"));
    }

    @Test
    void empty_text_is_a_diagnostic_not_an_exception() {
        JsonParser.Result r = JsonParser.parse("");
        assertNull(r.root());
        assertEquals(1, r.diagnostics().size());
    }

    @Test
    void binary_garbage_is_a_diagnostic() {
        JsonParser.Result r = JsonParser.parse("\u0000\u0001\u00ff{");
        assertTrue(r.diagnostics().get(0).message().contains("U+0000"));
    }

    @Test
    void unquoted_placeholder_is_kept() {
        String text = "{\"TimeoutSeconds\": ${Timeout}}";
        JsonParser.Result r = JsonParser.parse(text);
        assertTrue(r.ok());
        JsonPlaceholder p = assertInstanceOf(JsonPlaceholder.class, ((JsonObject) r.root()).get("TimeoutSeconds"));
        assertEquals("Timeout", p.name());
    }

    @Test
    void trailing_comma_is_an_error() {
        assertEquals(1, JsonParser.parse("{\"a\": 1,}").diagnostics().size());
        assertEquals(1, JsonParser.parse("[1,]").diagnostics().size());
    }

    @Test
    void leading_zero_is_an_error() {
        assertEquals(1, JsonParser.parse("[01]").diagnostics().size());
    }

    @Test
    void crlf_lines_count_once() {
        JsonParser.Result r = JsonParser.parse("{\r\n\"a\":\r\n 1}");
        assertEquals(3, ((JsonObject) r.root()).get("a").span().line());
    }

    @Test
    void pointer_resolves_and_escapes() {
        JsonObject root = (JsonObject) JsonParser.parse("{\"a/b\": {\"c~d\": [5]}}").root();
        JsonPointer p = JsonPointer.ROOT.append("a/b").append("c~d").append(0);
        assertEquals("/a~1b/c~0d/0", p.toString());
        assertEquals("5", ((JsonNumber) JsonPointer.parse(p.toString()).resolve(root)).text());
    }
}

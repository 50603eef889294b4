package stepwise.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** How the run panel shows a state's data. */
class JsonBlockTest {
    @Test
    void data_is_shown_as_the_editors_format_writes_it() throws Exception {
        String shown = JsonBlock.pretty(new ObjectMapper().readTree("{\"orderId\":\"A-1\",\"items\":[\"book\",{\"n\":2}],\"notes\":{},\"tags\":[]}"));
        assertEquals("""
                {
                  "orderId": "A-1",
                  "items": [
                    "book",
                    {
                      "n": 2
                    }
                  ],
                  "notes": {},
                  "tags": []
                }""", shown);
    }

    @Test
    void text_that_is_not_json_is_shown_as_it_is() {
        assertEquals("not json {", JsonBlock.prettyText("not json {"));
    }

    @Test
    void a_long_value_is_cut_with_a_count_of_the_lines_left_out() {
        String text = String.join("\n", java.util.Collections.nCopies(30, "x"));
        assertEquals(String.join("\n", java.util.Collections.nCopies(10, "x")) + "\n\u2026 20 more lines (right-click to copy all)",
                JsonBlock.shown(text, 10));
    }

    @Test
    void a_value_only_a_few_lines_too_long_is_shown_whole() {
        String text = String.join("\n", java.util.Collections.nCopies(13, "x"));
        assertEquals(text, JsonBlock.shown(text, 10));
    }
}

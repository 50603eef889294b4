package stepwise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.sample.WorkflowGenerator;

class StylerTest {
    private static TokenStyle at(Tokens t, String text, String needle) {
        return t.styleAt(text.indexOf(needle));
    }

    @Test
    void json_keys_values_and_asl_meanings_get_their_own_styles() {
        String text = """
                {
                  "StartAt": "Pay",
                  "States": {
                    "Pay": {"Type": "Task", "Next": "Done", "Parameters": {"id.$": "$.order.id", "n": 3, "ok": true,
                      "msg.$": "States.Format('{}', $.a)", "x": "{% $states.input %}", "arn": ${LambdaArn}}}
                  }
                }
                """;
        Tokens t = new JsonStyler().style(text);
        assertEquals(TokenStyle.ASL_KEY, at(t, text, "\"StartAt\""));
        assertEquals(TokenStyle.STATE_REF, at(t, text, "\"Pay\","));
        assertEquals(TokenStyle.KEY, at(t, text, "\"Pay\": {"));
        assertEquals(TokenStyle.STATE_TYPE, at(t, text, "\"Task\""));
        assertEquals(TokenStyle.STATE_REF, at(t, text, "\"Done\""));
        assertEquals(TokenStyle.PATH_KEY, at(t, text, "\"id.$\""));
        assertEquals(TokenStyle.PATH, at(t, text, "\"$.order.id\""));
        assertEquals(TokenStyle.NUMBER, at(t, text, "3,"));
        assertEquals(TokenStyle.LITERAL, at(t, text, "true"));
        assertEquals(TokenStyle.INTRINSIC, at(t, text, "\"States.Format"));
        assertEquals(TokenStyle.JSONATA, at(t, text, "\"{%"));
        assertEquals(TokenStyle.PLACEHOLDER, at(t, text, "${LambdaArn}"));
        assertEquals(TokenStyle.BRACE, at(t, text, "{"));
        assertEquals(TokenStyle.PUNCTUATION, at(t, text, ":"));
        assertNull(at(t, text, "  \"StartAt\""));
    }

    @Test
    void json_unterminated_string_is_styled_to_the_end_of_its_line_only() {
        String text = "{\"a\": \"open\n\"b\": 1}";
        Tokens t = new JsonStyler().style(text);
        assertEquals(TokenStyle.STRING, t.styleAt(text.indexOf("open")));
        assertEquals(TokenStyle.KEY, at(t, text, "\"b\""));
        assertEquals(TokenStyle.NUMBER, at(t, text, "1"));
    }

    @Test
    void json_styling_a_range_of_lines_matches_styling_the_whole_text() {
        String text = WorkflowGenerator.generate(40, 3);
        JsonStyler styler = new JsonStyler();
        Tokens all = styler.style(text);
        int from = text.indexOf('\n', 500) + 1;
        int to = text.indexOf('\n', 900) + 1;
        Tokens part = styler.style(text, from, to);
        for (int i = from; i < to; i++) {
            assertEquals(all.styleAt(i), part.styleAt(i), "at " + i);
        }
    }

    @Test
    void yaml_keys_comments_scalars_and_block_text_are_styled() {
        String text = """
                # an order workflow
                StartAt: Pay
                States:
                  Pay:
                    Type: Task
                    Resource: "arn:aws:states:::lambda:invoke"
                    Retry:
                      - ErrorEquals: [States.ALL]
                        MaxAttempts: 3
                    Comment: |
                      Charges: the card
                    End: true   # last
                """;
        Tokens t = new YamlStyler().style(text);
        assertEquals(TokenStyle.COMMENT, at(t, text, "# an order"));
        assertEquals(TokenStyle.ASL_KEY, at(t, text, "StartAt"));
        assertEquals(TokenStyle.STATE_REF, at(t, text, "Pay\n"));
        assertEquals(TokenStyle.KEY, at(t, text, "Pay:"));
        assertEquals(TokenStyle.STATE_TYPE, at(t, text, "Task"));
        assertEquals(TokenStyle.STRING, at(t, text, "\"arn"));
        assertEquals(TokenStyle.PUNCTUATION, at(t, text, "- Error"));
        assertEquals(TokenStyle.BRACE, at(t, text, "[States"));
        assertEquals(TokenStyle.NUMBER, at(t, text, "3\n"));
        assertEquals(TokenStyle.MARKER, at(t, text, "|"));
        assertEquals(TokenStyle.STRING, at(t, text, "Charges"));
        assertEquals(TokenStyle.LITERAL, at(t, text, "true"));
        assertEquals(TokenStyle.COMMENT, at(t, text, "# last"));
    }

    @Test
    void style_runs_lay_squiggles_over_tokens() {
        String text = "{\"a\": 1}";
        Tokens t = new JsonStyler().style(text);
        StyleRuns runs = StyleRuns.compose(t, List.of(new Mark(1, 5, Mark.ERROR)), text.length());
        assertEquals(List.of("tok-brace"), runs.styleAt(0));
        assertEquals(List.of("tok-key", "squiggle-error"), runs.styleAt(1));
        assertEquals(List.of("tok-punctuation", "squiggle-error"), runs.styleAt(4));
        assertEquals(List.of(), runs.styleAt(5));
        assertEquals(List.of("tok-number"), runs.styleAt(6));
        int[] total = {0};
        runs.forEach(0, text.length(), (len, style) -> total[0] += len);
        assertEquals(text.length(), total[0]);
    }

    @Test
    void style_runs_find_the_only_range_that_changed() {
        JsonStyler s = new JsonStyler();
        String before = "{\"a\": 1, \"b\": \"x\", \"c\": true}";
        String after = "{\"a\": 1, \"b\": 22, \"c\": true}";
        StyleRuns a = StyleRuns.compose(s.style(before), List.of(), before.length());
        StyleRuns b = StyleRuns.compose(s.style(after), List.of(), after.length());
        assertEquals(before.indexOf("\"x\""), a.commonPrefix(b));
        assertEquals(before.length() - before.indexOf(", \"c\""), a.commonSuffix(b));
    }
}

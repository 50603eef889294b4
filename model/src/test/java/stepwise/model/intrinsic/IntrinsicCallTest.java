package stepwise.model.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntrinsicCallTest {
    @Test
    void parser_reads_nested_calls_and_their_paths() {
        IntrinsicCall.Parsed p = IntrinsicCall.parse("States.Format('{} {}', $.a, States.MathAdd($b, 1))");
        assertTrue(p.ok());
        assertEquals(2, p.call().allCalls().size());
        assertEquals(2, p.call().paths().size());
        assertEquals("$b", p.call().paths().get(1).path());
        assertFalse(IntrinsicCall.parse("States.Format(\"x\")").ok());
        assertFalse(IntrinsicCall.parse("States.Format('x') tail").ok());
    }

    @Test
    void a_call_knows_where_it_ends() {
        String text = "States.Format('{}', States.UUID())";
        IntrinsicCall outer = IntrinsicCall.parse(text).call();
        IntrinsicCall inner = ((IntrinsicCall.Nested) outer.arguments().get(1)).call();
        assertEquals("States.UUID()", text.substring(inner.nameStart(), inner.end()));
        assertEquals(text.length(), outer.end());
    }

    @Test
    void string_literal_keeps_its_escapes_as_written_and_decodes_its_value() {
        IntrinsicCall call = IntrinsicCall.parse("States.Format('a \\{\\} \\'b\\' \\\\')").call();
        IntrinsicCall.Literal literal = (IntrinsicCall.Literal) call.arguments().get(0);
        assertTrue(literal.isString());
        assertEquals("a \\{\\} \\'b\\' \\\\", literal.stringContent());
        assertEquals("a {} 'b' \\", literal.stringValue());
    }
}

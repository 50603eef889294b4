package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;

/** Assertions shared by the validator tests: what is reported, with which code, where. */
final class Checks {
    private Checks() {
    }

    static List<Diagnostic> validate(String json) {
        return Validator.validate(AslDocument.of(json));
    }

    /** A workflow whose top level is {@code "StartAt": start, "States": {states}}. */
    static String workflow(String start, String states) {
        return "{\n  \"StartAt\": \"" + start + "\",\n  \"States\": {\n" + states + "\n  }\n}\n";
    }

    /** Asserts that the document has no diagnostic with {@code code} (and, for codes that are errors, no error at all). */
    static void assertClean(String json, ValidationCode code) {
        List<Diagnostic> all = validate(json);
        for (Diagnostic d : all) {
            if (d.code().equals(code.name()) || d.isError()) {
                fail("expected no " + code + " and no error, got " + d.code() + " at " + d.line() + ":" + d.column() + ": "
                        + d.message() + "\nin\n" + json);
            }
        }
    }

    /**
     * Asserts that the document reports {@code code} at the first occurrence of {@code needle} in the
     * text, and answers that diagnostic.
     */
    static Diagnostic assertReports(String json, ValidationCode code, String needle) {
        return assertReports(json, code, needle, 0);
    }

    /** As {@link #assertReports(String, ValidationCode, String)}, {@code delta} characters after the needle's start. */
    static Diagnostic assertReports(String json, ValidationCode code, String needle, int delta) {
        int found = json.indexOf(needle);
        assertTrue(found >= 0, "needle not in the text: " + needle);
        int offset = found + delta;
        List<Diagnostic> all = validate(json);
        for (Diagnostic d : all) {
            if (d.code().equals(code.name()) && d.span().start() == offset) {
                assertEquals(code.severity(), d.severity(), "severity of " + code);
                assertEquals(line(json, offset), d.line(), "line");
                assertEquals(column(json, offset), d.column(), "column");
                return d;
            }
        }
        return fail("expected " + code + " at offset " + offset + " (" + needle + "), got " + describe(all));
    }

    static String describe(List<Diagnostic> all) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : all) {
            sb.append("\n  ").append(d.code()).append(" @").append(d.span().start()).append(' ').append(d.line()).append(':')
                    .append(d.column()).append(' ').append(d.pointer()).append(" - ").append(d.message());
        }
        return sb.isEmpty() ? "nothing" : sb.toString();
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(String text, int offset) {
        return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    }
}

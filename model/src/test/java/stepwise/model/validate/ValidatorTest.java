package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.sample.WorkflowGenerator;

class ValidatorTest {
    @Test
    void diagnostics_come_in_document_order() {
        String json = Checks.workflow("A", """
                "A": {"Type": "Pass", "Bogus": 1, "Next": "Nowhere"},
                "B": {"Type": "Task", "End": true}""");
        List<Diagnostic> all = Checks.validate(json);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).span().start() <= all.get(i).span().start(), Checks.describe(all));
        }
        assertEquals(List.of("UNKNOWN_FIELD", "UNKNOWN_TARGET", "MISSING_FIELD", "UNREACHABLE_STATE"),
                all.stream().map(Diagnostic::code).toList());
    }

    @Test
    void syntax_error_comes_first_and_hides_what_the_missing_text_may_resolve() {
        String json = """
                {
                  "StartAt": "A",
                  "States": {
                    "A": {"Type": "Pass", "Bogus": 1, "Next": "B"},
                    "B": {"Type": "Pass",
                """;
        List<Diagnostic> all = Checks.validate(json);
        assertEquals("SYNTAX", all.get(0).code());
        assertEquals(List.of("SYNTAX", "UNKNOWN_FIELD"), all.stream().map(Diagnostic::code).toList(), Checks.describe(all));
    }

    @Test
    void document_that_is_not_an_object_gets_only_its_syntax_diagnostic() {
        List<Diagnostic> all = Checks.validate("[1, 2]");
        assertEquals(List.of("NOT_AN_OBJECT"), all.stream().map(Diagnostic::code).toList());
    }

    @Test
    void generated_workflows_have_no_errors() {
        for (int size : new int[] {4, 9, 33, 200, 1000}) {
            for (long seed = 1; seed <= 5; seed++) {
                List<Diagnostic> all = Validator.validate(AslDocument.of(WorkflowGenerator.generate(size, seed)));
                assertFalse(Validator.hasErrors(all), "size " + size + " seed " + seed + ": " + Checks.describe(all));
            }
        }
    }

    @Test
    void one_validator_gives_the_same_answer_twice() {
        String json = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", "
                + "\"Output\": \"{% 1 + %}\", \"End\": true}}}";
        Validator validator = new Validator();
        List<Diagnostic> first = validator.check(AslDocument.of(json));
        assertEquals(first, validator.check(AslDocument.of(json)));
        assertEquals("JSONATA_SYNTAX", first.get(0).code());
    }

    @Test
    void every_code_has_a_summary() {
        for (ValidationCode code : ValidationCode.values()) {
            assertFalse(code.summary().isBlank(), code.name());
            assertTrue(code.name().matches("[A-Z]+(_[A-Z0-9]+)*"), code.name());
        }
    }
}

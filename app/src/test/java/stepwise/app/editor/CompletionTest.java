package stepwise.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.TextStyle;
import stepwise.model.asl.AslObjectKind;
import stepwise.model.asl.FieldCatalog;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;

class CompletionTest {
    private static final String DOC = """
            {
              "StartAt": "Pay",
              "States": {
                "Pay": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Next": "Ship",
                  "Catch": [{"ErrorEquals": ["PaymentDeclined"], "Next": "Declined"}]
                },
                "Ship": {"Type": "Pass", "End": true},
                "Declined": {"Type": "Fail", "Error": "Declined"}
              }
            }
            """;

    private final CompletionEngine json = new CompletionEngine(Syntax.JSON, TextStyle.DEFAULT);
    private final CompletionEngine yaml = new CompletionEngine(Syntax.YAML, TextStyle.DEFAULT);

    /** The text with the caret marker | removed, and the completions there. */
    private static List<Completion> complete(CompletionEngine engine, String withCaret, AslDocument lastGood) {
        int caret = withCaret.indexOf('|');
        String text = withCaret.substring(0, caret) + withCaret.substring(caret + 1);
        return engine.complete(text, engine.contextAt(text, caret), lastGood);
    }

    private static List<String> labels(List<Completion> cs) {
        return cs.stream().map(Completion::label).toList();
    }

    @Test
    void next_value_offers_the_other_states_of_the_machine() {
        String text = DOC.replace("\"Next\": \"Ship\"", "\"Next\": \"|\"");
        List<String> names = labels(complete(json, text, AslDocument.of(DOC)));
        assertEquals(List.of("Ship", "Declined"), names);
    }

    @Test
    void state_names_are_filtered_by_what_is_typed() {
        String text = DOC.replace("\"Next\": \"Ship\"", "\"Next\": \"De|\"");
        List<Completion> cs = complete(json, text, AslDocument.of(DOC));
        assertEquals(List.of("Declined"), labels(cs));
        assertEquals("\"Declined\"", cs.get(0).insertText());
    }

    @Test
    void field_names_depend_on_the_state_type_and_skip_fields_already_written() {
        String text = DOC.replace("\"Next\": \"Ship\",", "\"Next\": \"Ship\",\n      \"|");
        List<String> fields = labels(complete(json, text, AslDocument.of(DOC)));
        assertTrue(fields.containsAll(List.of("TimeoutSeconds", "Retry", "ResultPath", "Parameters")), fields.toString());
        assertFalse(fields.contains("Type"));
        assertFalse(fields.contains("Next"));
        assertFalse(fields.contains("Choices"));
        assertFalse(fields.contains("Arguments"));
    }

    @Test
    void jsonata_workflows_get_jsonata_fields() {
        String doc = DOC.replace("\"StartAt\": \"Pay\",", "\"QueryLanguage\": \"JSONata\",\n  \"StartAt\": \"Pay\",");
        String text = doc.replace("\"Next\": \"Ship\",", "\"Next\": \"Ship\",\n      \"|");
        List<String> fields = labels(complete(json, text, null));
        assertTrue(fields.contains("Arguments"));
        assertTrue(fields.contains("Output"));
        assertFalse(fields.contains("Parameters"));
        assertFalse(fields.contains("InputPath"));
    }

    @Test
    void error_equals_offers_predefined_and_workflow_errors() {
        String text = DOC.replace("[\"PaymentDeclined\"]", "[\"PaymentDeclined\", \"|\"]");
        List<String> errors = labels(complete(json, text, AslDocument.of(DOC)));
        assertTrue(errors.contains("States.ALL"));
        assertTrue(errors.contains("States.Timeout"));
        assertTrue(errors.contains("Declined"));
    }

    @Test
    void a_field_completion_inserts_key_and_value_skeleton_with_the_caret_inside() {
        String text = DOC.replace("\"Ship\": {\"Type\": \"Pass\", \"End\": true}", "\"Ship\": {\"Type\": \"Pass\", \"Comm|\"}");
        List<Completion> cs = complete(json, text, AslDocument.of(DOC));
        Completion comment = cs.get(0);
        assertEquals("Comment", comment.label());
        assertEquals("\"Comment\": \"\"", comment.insertText());
        assertEquals(comment.insertText().length() - 1, comment.caret());
    }

    @Test
    void a_payload_template_field_is_inserted_as_an_object() {
        String text = DOC.replace("\"Ship\": {\"Type\": \"Pass\", \"End\": true}",
                "\"Ship\": {\"Type\": \"Pass\", \"End\": true, \"Parame|\"}");
        Completion parameters = complete(json, text, AslDocument.of(DOC)).get(0);
        assertEquals("Parameters", parameters.label());
        assertEquals("\"Parameters\": {}", parameters.insertText());
    }

    @Test
    void a_tasks_credentials_complete_the_role_fields() {
        String text = DOC.replace("\"Next\": \"Ship\",", "\"Next\": \"Ship\",\n      \"Credentials\": {\"|\"},");
        assertEquals(List.of("RoleArn", "RoleArn.$"), labels(complete(json, text, AslDocument.of(DOC))));
    }

    @Test
    void hover_on_a_field_shows_its_line_of_the_field_table() {
        int at = DOC.indexOf("\"Resource\"") + 2;
        assertEquals(FieldCatalog.of(StateType.TASK).field("Resource").summary(), FieldDocs.at(DOC, at, Syntax.JSON));
    }

    @Test
    void in_the_states_object_completion_offers_a_snippet_per_state_type() {
        String text = DOC.replace("    \"Ship\": {", "    \"|\n    \"Ship\": {");
        List<Completion> cs = complete(json, text, AslDocument.of(DOC));
        assertEquals(8, cs.size());
        Completion task = cs.get(0);
        assertEquals("Task state", task.label());
        assertTrue(task.insertText().startsWith("\"NewTask\": {\n      \"Type\": \"Task\","), task.insertText());
        assertTrue(task.insertText().endsWith("},"), "a comma separates it from the next state");
        String inserted = text.replace("\"|", task.insertText());
        assertTrue(AslDocument.of(inserted.replace("\"Next\": \"\"", "\"Next\": \"Ship\"")).syntaxDiagnostics().isEmpty(), inserted);
    }

    @Test
    void retry_and_catch_snippets_are_offered_in_a_task() {
        String text = DOC.replace("\"Ship\": {\"Type\": \"Pass\", \"End\": true}", "\"Ship\": {\"Type\": \"Task\", \"|\"}");
        List<String> labels = labels(complete(json, text, null));
        assertTrue(labels.contains("Retry with backoff"));
        assertTrue(labels.contains("Catch all errors"));
    }

    @Test
    void json_context_knows_the_object_kind_and_the_members_after_the_caret() {
        String text = DOC.replace("\"Resource\"", "\"Re\"");
        int caret = text.indexOf("\"Re\"") + 3;
        CompletionContext ctx = JsonContextScanner.scan(text, caret);
        assertEquals(CompletionContext.Position.KEY, ctx.position());
        assertEquals(List.of("States", "Pay"), ctx.path());
        assertEquals(AslObjectKind.STATE, ctx.objectKind());
        assertEquals("Re", ctx.prefix());
        assertTrue(ctx.members().containsKey("Catch"), "members after the caret are read");
        assertEquals(QueryLanguage.JSONPATH, ctx.queryLanguage());
    }

    @Test
    void yaml_context_follows_indentation() {
        String text = """
                StartAt: Pay
                States:
                  Pay:
                    Type: Task
                    Retry:
                      - ErrorEquals: [States.ALL]
                        Max
                    Next: Ship
                  Ship:
                    Type: Succeed
                """;
        int caret = text.indexOf("Max") + 3;
        CompletionContext ctx = YamlContextScanner.scan(text, caret);
        assertEquals(CompletionContext.Position.KEY, ctx.position());
        assertEquals(List.of("States", "Pay", "Retry", "0"), ctx.path());
        assertEquals(AslObjectKind.RETRIER, ctx.objectKind());
        List<String> labels = labels(yaml.complete(text, ctx, null));
        assertEquals(List.of("MaxAttempts", "MaxDelaySeconds"), labels);
    }

    @Test
    void yaml_next_value_offers_state_names() {
        String text = """
                StartAt: Pay
                States:
                  Pay:
                    Type: Task
                    Resource: arn:aws:states:::lambda:invoke
                    Next: Sh
                  Ship:
                    Type: Succeed
                """;
        AslDocument lastGood = AslDocument.of(DOC);
        int caret = text.indexOf("Next: Sh") + 8;
        CompletionContext ctx = YamlContextScanner.scan(text, caret);
        assertEquals(CompletionContext.Position.VALUE, ctx.position());
        assertEquals("Next", ctx.key());
        assertEquals(AslObjectKind.STATE, ctx.objectKind());
        assertEquals(List.of("Ship"), labels(yaml.complete(text, ctx, lastGood)));
    }

    @Test
    void yaml_state_snippet_is_written_in_yaml() {
        String text = "StartAt: A\nStates:\n  A:\n    Type: Succeed\n  Check\n";
        int caret = text.indexOf("Check") + 5;
        List<Completion> cs = yaml.complete(text, yaml.contextAt(text, caret), null);
        Completion choice = cs.stream().filter(c -> c.label().equals("Choice state")).findFirst().orElseThrow();
        assertTrue(choice.insertText().startsWith("Check:\n    Type: Choice\n    Choices:\n      - Variable: $.value"), choice.insertText());
    }

    @Test
    void json_context_in_a_value_of_the_root_object_knows_the_root_members() {
        int caret = DOC.indexOf("\"Pay\"") + 1;
        CompletionContext ctx = JsonContextScanner.scan(DOC, caret);
        assertEquals(CompletionContext.Position.VALUE, ctx.position());
        assertEquals("StartAt", ctx.key());
        assertEquals(List.of(), ctx.path());
        assertTrue(ctx.members().containsKey("States"));
        assertEquals(List.of("Pay", "Ship", "Declined"), labels(json.complete(DOC, ctx, AslDocument.of(DOC))));
    }
}

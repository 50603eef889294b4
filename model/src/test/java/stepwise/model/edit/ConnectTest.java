package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;

class ConnectTest {
    private static final String TEXT = """
            {
              "StartAt": "Work",
              "States": {
                "Work": {
                  "Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "End": true
                },
                "Check": {
                  "Type": "Choice",
                  "Choices": [
                    {
                      "Variable": "$.ok",
                      "BooleanEquals": true,
                      "Next": "Done"
                    }
                  ]
                },
                "Done": {
                  "Type": "Succeed"
                }
              }
            }
            """;

    @Test
    void connect_next_replaces_end_in_place() throws EditException {
        String after = Edits.run(TEXT, Connect.next(JsonPointer.of("States", "Work"), "Check"));
        assertEquals(TEXT.replace("\"End\": true", "\"Next\": \"Check\""), after);
    }

    @Test
    void connect_default_is_written_after_choices() throws EditException {
        String after = Edits.run(TEXT, Connect.defaultTo(JsonPointer.of("States", "Check"), "Work"));
        assertEquals("""
                {
                  "StartAt": "Work",
                  "States": {
                    "Work": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "End": true
                    },
                    "Check": {
                      "Type": "Choice",
                      "Choices": [
                        {
                          "Variable": "$.ok",
                          "BooleanEquals": true,
                          "Next": "Done"
                        }
                      ],
                      "Default": "Work"
                    },
                    "Done": {
                      "Type": "Succeed"
                    }
                  }
                }
                """, after);
    }

    @Test
    void connect_choice_adds_a_rule_at_the_end() throws EditException {
        String after = Edits.run(TEXT, Connect.choice(JsonPointer.of("States", "Check"), "Work",
                Json.object("Variable", Json.string("$.retry"), "BooleanEquals", Json.bool(true))));
        assertEquals("""
                {
                  "StartAt": "Work",
                  "States": {
                    "Work": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "End": true
                    },
                    "Check": {
                      "Type": "Choice",
                      "Choices": [
                        {
                          "Variable": "$.ok",
                          "BooleanEquals": true,
                          "Next": "Done"
                        },
                        {
                          "Variable": "$.retry",
                          "BooleanEquals": true,
                          "Next": "Work"
                        }
                      ]
                    },
                    "Done": {
                      "Type": "Succeed"
                    }
                  }
                }
                """, after);
    }

    @Test
    void connect_catch_adds_the_field_before_end() throws EditException {
        String after = Edits.run(TEXT, Connect.onError(JsonPointer.of("States", "Work"), "Done", List.of("States.Timeout")));
        assertEquals(TEXT.replace("""
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "End": true
                """, """
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "Catch": [
                        {
                          "ErrorEquals": [
                            "States.Timeout"
                          ],
                          "Next": "Done"
                        }
                      ],
                      "End": true
                """), after);
    }

    @Test
    void connect_catch_goes_before_a_final_catch_all() throws EditException {
        String text = "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"r\", "
                + "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\"}], \"End\": true}, \"F\": {\"Type\": \"Fail\"}}}";
        String after = Edits.run(text, Connect.onError(JsonPointer.of("States", "T"), "F", List.of("Custom")));
        assertEquals(text.replace("\"Catch\": [{", "\"Catch\": [{\"ErrorEquals\": [\"Custom\"], \"Next\": \"F\"}, {"), after);
    }

    @Test
    void connect_across_branches_is_refused() {
        EditException e = assertThrows(EditException.class,
                () -> Connect.next(JsonPointer.of("States", "Work"), "Elsewhere").edits(AslDocument.of(TEXT)));
        assertEquals("There is no state named \"Elsewhere\" in the workflow; a transition stays within its branch", e.getMessage());
    }

    @Test
    void connect_next_from_a_succeed_is_refused() {
        EditException e = assertThrows(EditException.class,
                () -> Connect.next(JsonPointer.of("States", "Done"), "Work").edits(AslDocument.of(TEXT)));
        assertEquals("A Succeed state ends the workflow; it cannot go on to another state", e.getMessage());
    }

    @Test
    void disconnect_next_writes_end() throws EditException {
        String connected = TEXT.replace("\"End\": true", "\"Next\": \"Check\"");
        assertEquals(TEXT, Edits.run(connected, new Disconnect(JsonPointer.parse("/States/Work/Next"))));
    }

    @Test
    void disconnect_choice_rule_removes_the_rule() throws EditException {
        String after = Edits.run(TEXT, new Disconnect(JsonPointer.parse("/States/Check/Choices/0/Next")));
        assertEquals("""
                {
                  "StartAt": "Work",
                  "States": {
                    "Work": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke",
                      "End": true
                    },
                    "Check": {
                      "Type": "Choice",
                      "Choices": []
                    },
                    "Done": {
                      "Type": "Succeed"
                    }
                  }
                }
                """, after);
    }

    @Test
    void disconnect_the_only_catch_removes_the_field() throws EditException {
        String text = "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"r\", "
                + "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\"}], \"End\": true}, \"F\": {\"Type\": \"Fail\"}}}";
        String after = Edits.run(text, new Disconnect(JsonPointer.parse("/States/T/Catch/0/Next")));
        assertEquals(text.replace("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\"}], ", ""), after);
    }
}

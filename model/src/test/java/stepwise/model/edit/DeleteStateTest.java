package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import stepwise.model.json.JsonPointer;

class DeleteStateTest {
    static final String CHAIN = """
            {
              "StartAt": "A",
              "States": {
                "A": {
                  "Type": "Pass",
                  "Next": "B"
                },
                "B": {
                  "Type": "Pass",
                  "Next": "C"
                },
                "C": {
                  "Type": "Pass",
                  "End": true
                }
              }
            }
            """;

    @Test
    void delete_relinks_the_predecessor_to_the_successor() throws EditException {
        String after = Edits.run(CHAIN, new DeleteState(JsonPointer.of("States", "B")));
        assertEquals("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "Next": "C"
                    },
                    "C": {
                      "Type": "Pass",
                      "End": true
                    }
                  }
                }
                """, after);
    }

    @Test
    void delete_of_the_last_state_ends_the_predecessor() throws EditException {
        String after = Edits.run(CHAIN, new DeleteState(JsonPointer.of("States", "C")));
        assertEquals("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "Next": "B"
                    },
                    "B": {
                      "Type": "Pass",
                      "End": true
                    }
                  }
                }
                """, after);
    }

    @Test
    void delete_of_the_start_moves_start_at_on() throws EditException {
        String after = Edits.run(CHAIN, new DeleteState(JsonPointer.of("States", "A")));
        assertEquals("""
                {
                  "StartAt": "B",
                  "States": {
                    "B": {
                      "Type": "Pass",
                      "Next": "C"
                    },
                    "C": {
                      "Type": "Pass",
                      "End": true
                    }
                  }
                }
                """, after);
    }

    @Test
    void delete_of_the_only_state_leaves_empty_states() throws EditException {
        String text = "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Succeed\"}\n  }\n}\n";
        String after = Edits.run(text, new DeleteState(JsonPointer.of("States", "A")));
        assertEquals("{\n  \"StartAt\": \"A\",\n  \"States\": {}\n}\n", after);
    }

    @Test
    void delete_in_a_compact_file_keeps_it_on_one_line() throws EditException {
        String text = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"},\"B\":{\"Type\":\"Succeed\"}}}";
        String after = Edits.run(text, new DeleteState(JsonPointer.of("States", "B")));
        assertEquals("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}", after);
    }

    @Test
    void delete_of_a_choice_target_keeps_the_rule_for_the_user() throws EditException {
        String text = """
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "X"}], "Default": "Y"},
                  "X": {"Type": "Succeed"},
                  "Y": {"Type": "Succeed"}
                }}
                """;
        String after = Edits.run(text, new DeleteState(JsonPointer.of("States", "X")));
        assertEquals("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "X"}], "Default": "Y"},
                  "Y": {"Type": "Succeed"}
                }}
                """, after);
    }

    @Test
    void delete_of_a_state_written_twice_removes_the_last_copy_only() throws EditException {
        String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}, \"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        String after = Edits.run(text, new DeleteState(JsonPointer.of("States", "A")));
        assertEquals("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}", after);
    }

    @Test
    void delete_with_crlf_removes_whole_lines() throws EditException {
        String text = CHAIN.replace("\n", "\r\n");
        String after = Edits.run(text, new DeleteState(JsonPointer.of("States", "B")));
        assertEquals(text.replace("\"Next\": \"B\"", "\"Next\": \"C\"")
                .replace("    \"B\": {\r\n      \"Type\": \"Pass\",\r\n      \"Next\": \"C\"\r\n    },\r\n", ""), after);
    }
}

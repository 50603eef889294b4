package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;

class AddStateTest {
    private static final String TWO = """
            {
              "StartAt": "A",
              "States": {
                "A": {
                  "Type": "Pass",
                  "Next": "B"
                },
                "B": {
                  "Type": "Succeed"
                }
              }
            }
            """;

    @Test
    void add_appends_an_ended_state_in_the_file_style() throws EditException {
        String after = Edits.run(TWO, new AddState(JsonPointer.ROOT, "Wait a bit", Json.object("Type", Json.string("Wait"),
                "Seconds", Json.number(5))));
        assertEquals("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "Next": "B"
                    },
                    "B": {
                      "Type": "Succeed"
                    },
                    "Wait a bit": {
                      "Type": "Wait",
                      "Seconds": 5,
                      "End": true
                    }
                  }
                }
                """, after);
    }

    @Test
    void add_on_a_transition_relinks_it_through_the_new_state() throws EditException {
        String after = Edits.run(TWO, new AddState(JsonPointer.ROOT, "Log", Json.object("Type", Json.string("Pass")),
                JsonPointer.parse("/States/A/Next")));
        assertEquals("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "Next": "Log"
                    },
                    "Log": {
                      "Type": "Pass",
                      "Next": "B"
                    },
                    "B": {
                      "Type": "Succeed"
                    }
                  }
                }
                """, after);
    }

    @Test
    void add_after_an_end_takes_its_place() throws EditException {
        String text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        String after = Edits.run(text, new AddState(JsonPointer.ROOT, "B", Json.object("Type", Json.string("Pass")),
                JsonPointer.parse("/States/A/End")));
        assertEquals("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, "
                + "\"B\": {\"Type\": \"Pass\", \"End\": true}}}", after);
    }

    @Test
    void add_to_empty_states_sets_start_at() throws EditException {
        String text = "{\n    \"StartAt\": \"\",\n    \"States\": {}\n}\n";
        String after = Edits.run(text, new AddState(JsonPointer.ROOT, "First", Json.object("Type", Json.string("Succeed"))));
        assertEquals("{\n    \"StartAt\": \"First\",\n    \"States\": {\n        \"First\": {\n            \"Type\": \"Succeed\"\n"
                + "        }\n    }\n}\n", after);
    }

    @Test
    void add_into_a_parallel_branch_uses_its_indentation() throws EditException {
        String text = """
                {
                	"StartAt": "P",
                	"States": {
                		"P": {
                			"Type": "Parallel",
                			"Branches": [
                				{
                					"StartAt": "X",
                					"States": {
                						"X": {
                							"Type": "Succeed"
                						}
                					}
                				}
                			],
                			"End": true
                		}
                	}
                }
                """;
        String after = Edits.run(text, new AddState(JsonPointer.parse("/States/P/Branches/0"), "Y",
                Json.object("Type", Json.string("Fail"))));
        assertEquals(text.replace("""
                						"X": {
                							"Type": "Succeed"
                						}
                """, """
                						"X": {
                							"Type": "Succeed"
                						},
                						"Y": {
                							"Type": "Fail"
                						}
                """), after);
    }

    @Test
    void add_into_a_map_processor() throws EditException {
        String text = "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"I\", "
                + "\"States\": {\"I\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}}}";
        String after = Edits.run(text, new AddState(JsonPointer.parse("/States/M/ItemProcessor"), "J",
                Json.object("Type", Json.string("Succeed"))));
        assertEquals("{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", \"ItemProcessor\": {\"StartAt\": \"I\", "
                + "\"States\": {\"I\": {\"Type\": \"Pass\", \"End\": true}, \"J\": {\"Type\": \"Succeed\"}}}, \"End\": true}}}", after);
    }

    @Test
    void add_with_a_taken_name_is_refused() {
        EditException e = assertThrows(EditException.class, () -> new AddState(JsonPointer.ROOT, "A",
                Json.object("Type", Json.string("Pass"))).edits(AslDocument.of(TWO)));
        assertEquals("A state named \"A\" exists already; state names must be unique in the workflow", e.getMessage());
    }

    @Test
    void add_on_start_at_makes_the_new_state_the_start() throws EditException {
        String after = Edits.run(TWO, new AddState(JsonPointer.ROOT, "Prepare", Json.object("Type", Json.string("Pass")),
                JsonPointer.parse("/StartAt")));
        assertEquals("""
                {
                  "StartAt": "Prepare",
                  "States": {
                    "Prepare": {
                      "Type": "Pass",
                      "Next": "A"
                    },
                    "A": {
                      "Type": "Pass",
                      "Next": "B"
                    },
                    "B": {
                      "Type": "Succeed"
                    }
                  }
                }
                """, after);
    }

    @Test
    void free_name_counts_on_from_a_taken_name() {
        AslDocument doc = AslDocument.of(TWO.replace("\"B\"", "\"A 2\""));
        assertEquals("Pass", AddState.freeName(doc, "Pass"));
        assertEquals("A 3", AddState.freeName(doc, "A"));
    }
}

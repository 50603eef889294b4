package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.json.JsonPointer;

class MoveAndCopyTest {
    private static final String TEXT = """
            {
              "StartAt": "A",
              "States": {
                "A": {
                  "Type": "Pass",
                  "Next": "B"
                },
                "B": {
                  "Type": "Pass",
                  "Next": "P"
                },
                "P": {
                  "Type": "Parallel",
                  "Branches": [
                    {
                      "StartAt": "X",
                      "States": {
                        "X": {
                          "Type": "Pass",
                          "End": true
                        }
                      }
                    }
                  ],
                  "End": true
                }
              }
            }
            """;

    @Test
    void move_into_a_branch_keeps_both_machines_connected() throws EditException {
        String after = Edits.run(TEXT, new MoveState(JsonPointer.of("States", "B"), JsonPointer.parse("/States/P/Branches/0")));
        assertEquals("""
                {
                  "StartAt": "A",
                  "States": {
                    "A": {
                      "Type": "Pass",
                      "Next": "P"
                    },
                    "P": {
                      "Type": "Parallel",
                      "Branches": [
                        {
                          "StartAt": "X",
                          "States": {
                            "X": {
                              "Type": "Pass",
                              "End": true
                            },
                            "B": {
                              "Type": "Pass",
                              "End": true
                            }
                          }
                        }
                      ],
                      "End": true
                    }
                  }
                }
                """, after);
    }

    @Test
    void move_out_of_a_branch_to_the_workflow() throws EditException {
        String after = Edits.run(TEXT, new MoveState(JsonPointer.parse("/States/P/Branches/0/States/X"), JsonPointer.ROOT));
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
                      "Next": "P"
                    },
                    "P": {
                      "Type": "Parallel",
                      "Branches": [
                        {
                          "StartAt": "X",
                          "States": {}
                        }
                      ],
                      "End": true
                    },
                    "X": {
                      "Type": "Pass",
                      "End": true
                    }
                  }
                }
                """, after);
    }

    @Test
    void move_into_its_own_branch_is_refused() {
        EditException e = assertThrows(EditException.class, () -> new MoveState(JsonPointer.of("States", "P"),
                JsonPointer.parse("/States/P/Branches/0")).edits(AslDocument.of(TEXT)));
        assertEquals("A state cannot be moved into its own branches or processor", e.getMessage());
    }

    @Test
    void duplicate_names_copies_and_keeps_their_text() throws EditException {
        String after = Edits.run(TEXT, new DuplicateStates(List.of(JsonPointer.of("States", "A"), JsonPointer.of("States", "B"))));
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
                      "Next": "P"
                    },
                    "A 2": {
                      "Type": "Pass",
                      "Next": "B 2"
                    },
                    "B 2": {
                      "Type": "Pass",
                      "Next": "P"
                    },
                    "P": {
                      "Type": "Parallel",
                      "Branches": [
                        {
                          "StartAt": "X",
                          "States": {
                            "X": {
                              "Type": "Pass",
                              "End": true
                            }
                          }
                        }
                      ],
                      "End": true
                    }
                  }
                }
                """, after);
        AslDocument doc = AslDocument.of(after);
        assertEquals("B 2", doc.machine().state("A 2").next());
        assertEquals("P", doc.machine().state("B 2").next());
        assertEquals(List.of("A", "B", "A 2", "B 2", "P"), doc.rootObject().object("States").keys());
    }

    @Test
    void duplicate_renames_states_nested_in_the_copy() throws EditException {
        DuplicateStates command = new DuplicateStates(List.of(JsonPointer.of("States", "P")));
        assertEquals(Map.of("P", "P 2", "X", "X 2"), command.newNames(AslDocument.of(TEXT)));
        String after = Edits.run(TEXT, command);
        AslDocument doc = AslDocument.of(after);
        var copy = doc.machine().state("P 2");
        assertEquals("X 2", copy.children().get(0).startAt());
        assertEquals("X 2", copy.children().get(0).states().get(0).name());
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
                      "Next": "P"
                    },
                    "P": {
                      "Type": "Parallel",
                      "Branches": [
                        {
                          "StartAt": "X",
                          "States": {
                            "X": {
                              "Type": "Pass",
                              "End": true
                            }
                          }
                        }
                      ],
                      "End": true
                    },
                    "P 2": {
                      "Type": "Parallel",
                      "Branches": [
                        {
                          "StartAt": "X 2",
                          "States": {
                            "X 2": {
                              "Type": "Pass",
                              "End": true
                            }
                          }
                        }
                      ],
                      "End": true
                    }
                  }
                }
                """, after);
    }

    @Test
    void paste_writes_states_in_the_file_style_with_fresh_names() throws EditException {
        String compact = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}";
        String clipboard = PasteStates.copy(AslDocument.of(compact), List.of(JsonPointer.of("States", "A")));
        assertEquals("{\n  \"A\": {\n    \"Type\": \"Pass\",\n    \"End\": true\n  }\n}\n", clipboard);
        String after = Edits.run(compact, new PasteStates(JsonPointer.ROOT, clipboard));
        assertEquals("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true},\"A 2\":{\"Type\":\"Pass\",\"End\":true}}}", after);
    }

    @Test
    void paste_relinks_transitions_between_pasted_states() throws EditException {
        String clipboard = "{\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"Next\": \"Elsewhere\"}}";
        String after = Edits.run(TEXT, new PasteStates(JsonPointer.ROOT, clipboard));
        AslDocument doc = AslDocument.of(after);
        assertEquals("B 2", doc.machine().state("A 2").next());
        assertEquals("Elsewhere", doc.machine().state("B 2").next());
    }

    @Test
    void paste_of_text_that_is_not_states_is_refused() {
        EditException e = assertThrows(EditException.class,
                () -> new PasteStates(JsonPointer.ROOT, "[1, 2]").edits(AslDocument.of(TEXT)));
        assertEquals("The clipboard does not hold states: expected an object of state definitions such as "
                + "{\"Pay\": {\"Type\": \"Task\", ...}}", e.getMessage());
    }

    @Test
    void reorder_moves_the_state_text() throws EditException {
        String after = Edits.run(TEXT, new ReorderState(JsonPointer.of("States", "A"), 1));
        AslDocument doc = AslDocument.of(after);
        assertEquals(List.of("B", "A", "P"), doc.rootObject().object("States").keys());
        assertEquals(TEXT.length(), after.length());
        String to = Edits.run(TEXT, new ReorderState(JsonPointer.of("States", "P"), 0));
        assertEquals(List.of("P", "A", "B"), AslDocument.of(to).rootObject().object("States").keys());
        assertEquals(TEXT.length(), to.length());
    }
}

package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;

class SetFieldTest {
    private static final String TEXT = """
            {
                "StartAt": "T",
                "States": {
                    "T": {
                        "Type": "Task",
                        "Resource": "arn:aws:states:::lambda:invoke",
                        "x-owner": "team-a",
                        "End": true
                    }
                }
            }
            """;

    @Test
    void set_replaces_only_the_value() throws EditException {
        String after = Edits.run(TEXT, new SetField(JsonPointer.parse("/States/T/Resource"), Json.string("arn:x")));
        assertEquals(TEXT.replace("arn:aws:states:::lambda:invoke", "arn:x"), after);
    }

    @Test
    void set_adds_a_missing_field_at_the_end_with_four_spaces() throws EditException {
        String after = Edits.run(TEXT, new SetField(JsonPointer.parse("/States/T/Parameters"),
                Json.parse("{\"FunctionName\": \"pay\", \"Payload.$\": \"$\"}")));
        assertEquals("""
                {
                    "StartAt": "T",
                    "States": {
                        "T": {
                            "Type": "Task",
                            "Resource": "arn:aws:states:::lambda:invoke",
                            "x-owner": "team-a",
                            "End": true,
                            "Parameters": {
                                "FunctionName": "pay",
                                "Payload.$": "$"
                            }
                        }
                    }
                }
                """, after);
    }

    @Test
    void set_creates_missing_objects_on_the_way() throws EditException {
        String after = Edits.run(TEXT, new SetField(JsonPointer.parse("/States/T/Parameters/FunctionName"), Json.string("pay")));
        assertEquals("""
                {
                    "StartAt": "T",
                    "States": {
                        "T": {
                            "Type": "Task",
                            "Resource": "arn:aws:states:::lambda:invoke",
                            "x-owner": "team-a",
                            "End": true,
                            "Parameters": {
                                "FunctionName": "pay"
                            }
                        }
                    }
                }
                """, after);
    }

    @Test
    void remove_takes_the_member_and_its_line() throws EditException {
        String after = Edits.run(TEXT, SetField.remove(JsonPointer.parse("/States/T/x-owner")));
        assertEquals("""
                {
                    "StartAt": "T",
                    "States": {
                        "T": {
                            "Type": "Task",
                            "Resource": "arn:aws:states:::lambda:invoke",
                            "End": true
                        }
                    }
                }
                """, after);
    }

    @Test
    void remove_of_the_last_member_takes_the_comma_before_it() throws EditException {
        String after = Edits.run(TEXT, SetField.remove(JsonPointer.parse("/States/T/End")));
        assertEquals("""
                {
                    "StartAt": "T",
                    "States": {
                        "T": {
                            "Type": "Task",
                            "Resource": "arn:aws:states:::lambda:invoke",
                            "x-owner": "team-a"
                        }
                    }
                }
                """, after);
    }

    @Test
    void set_appends_to_an_array_with_a_dash() throws EditException {
        String text = "{\"A\": [1, 2]}";
        assertEquals("{\"A\": [1, 2, 3]}", Edits.run(text, new SetField(JsonPointer.parse("/A/-"), Json.number(3))));
        assertEquals("{\"A\": [2]}", Edits.run(text, SetField.remove(JsonPointer.parse("/A/0"))));
        assertEquals("{\"A\": [1]}", Edits.run(text, SetField.remove(JsonPointer.parse("/A/1"))));
    }

    @Test
    void set_in_a_compact_file_stays_compact() throws EditException {
        String text = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}";
        String after = Edits.run(text, new SetField(JsonPointer.parse("/States/A/Result"), Json.parse("{\"a\": [1, 2]}")));
        assertEquals("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true,\"Result\":{\"a\":[1,2]}}}}", after);
    }

    @Test
    void set_inside_a_string_is_refused() {
        EditException e = assertThrows(EditException.class, () -> new SetField(JsonPointer.parse("/StartAt/x"), Json.number(1))
                .edits(AslDocument.of(TEXT)));
        assertEquals("The value at \"/StartAt\" is string, not an object or an array", e.getMessage());
    }
}

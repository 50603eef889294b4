package stepwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static stepwise.engine.Runs.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stepwise.engine.TestStateRequest.InspectionLevel;

/** TestState explains a Choice: each rule tested, in words, up to the one that held. */
class ChoiceExplanationTest {
    private static JsonNode rules(String choice, String input) throws Exception {
        TestStateResult r = TestState.run(new TestStateRequest(json(choice), null, json(input), InspectionLevel.DEBUG, null, null,
                Map.of(), null));
        return r.inspectionData().get("choiceRules");
    }

    @Test
    void a_comparison_that_holds_says_the_value_and_the_next_state() throws Exception {
        JsonNode r = rules("""
                {"Type": "Choice", "Choices": [{"Variable": "$.amount", "NumericGreaterThan": 1000, "Next": "ManagerApproval"}],
                 "Default": "Ship"}""", "{\"amount\": 1200}");
        assertEquals(1, r.size());
        assertEquals("$.amount = 1200 > 1000", r.get(0).get("explanation").asText());
        assertEquals(true, r.get(0).get("holds").asBoolean());
        assertEquals("ManagerApproval", r.get(0).get("next").asText());
    }

    @Test
    void rules_that_do_not_hold_are_listed_before_the_default() throws Exception {
        JsonNode r = rules("""
                {"Type": "Choice", "Choices": [
                  {"Variable": "$.status", "StringEquals": "gold", "Next": "Gold"},
                  {"And": [{"Variable": "$.amount", "NumericGreaterThanEquals": 100}, {"Not": {"Variable": "$.vip", "IsPresent": true}}],
                   "Next": "Big"}],
                 "Default": "Normal"}""", "{\"status\": \"silver\", \"amount\": 50}");
        assertEquals("$.status = \"silver\", not == \"gold\"", r.get(0).get("explanation").asText());
        assertEquals("$.amount = 50, not >= 100", r.get(1).get("explanation").asText(), "an And stops at its first condition that fails");
        assertEquals("Default", r.get(2).get("rule").asText());
        assertEquals("Normal", r.get(2).get("next").asText());
    }

    @Test
    void type_tests_and_presence_read_as_words() throws Exception {
        JsonNode r = rules("""
                {"Type": "Choice", "Choices": [
                  {"Not": {"Variable": "$.coupon", "IsPresent": true}, "Next": "NoCoupon"}], "Default": "Coupon"}""", "{}");
        assertEquals("not ($.coupon is not present)", r.get(0).get("explanation").asText());
        assertEquals(true, r.get(0).get("holds").asBoolean());
    }

    @Test
    void a_jsonata_condition_shows_its_expression_and_result() throws Exception {
        JsonNode r = rules("""
                {"Type": "Choice", "QueryLanguage": "JSONata",
                 "Choices": [{"Condition": "{% $states.input.amount > 1000 %}", "Next": "Big"}], "Default": "Small"}""",
                "{\"amount\": 5}");
        assertEquals("{% $states.input.amount > 1000 %} is false", r.get(0).get("explanation").asText());
        assertEquals("Small", r.get(1).get("next").asText());
    }
}

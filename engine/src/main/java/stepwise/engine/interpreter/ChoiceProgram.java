package stepwise.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import stepwise.engine.data.Json;
import java.util.List;
import java.util.Map;
import stepwise.engine.data.ErrorNames;
import stepwise.engine.data.StateFailure;
import stepwise.engine.jsonata.JsonataTemplate;

/** A Choice state: the first rule whose condition holds gives the next state, else {@code Default}. */
final class ChoiceProgram extends StateProgram {
    /** One rule: its condition, where it leads, and (JSONata, or Assign in both languages) what it outputs and assigns. */
    static final class Rule {
        final ChoiceCondition condition;
        final String nextName;
        final Assignment assign;
        final JsonataTemplate output;
        StateProgram next;

        Rule(ChoiceCondition condition, String nextName, Assignment assign, JsonataTemplate output) {
            this.condition = condition;
            this.nextName = nextName;
            this.assign = assign;
            this.output = output;
        }
    }

    final List<Rule> rules;
    final String defaultName;
    StateProgram defaultState;

    ChoiceProgram(StateHeader h, DataFlow flow, Assignment assign, List<Rule> rules, String defaultName) {
        super(h, flow, assign);
        this.rules = List.copyOf(rules);
        this.defaultName = defaultName;
    }

    @Override
    void execute(Fiber f) {
        JsonNode effective = flow.input(f, f.input);
        if (f.tested()) {
            f.inspect("choiceRules", explain(f, effective));
        }
        for (Rule r : rules) {
            if (r.condition.test(f, effective)) {
                Map<String, JsonNode> assigned = r.assign == null ? Map.of() : r.assign.apply(f, effective);
                if (r.output != null) {
                    JsonNode out = r.output.evaluate(f);
                    f.run.checkOutputSize(f, out);
                    f.exitState(out, assigned, r.next);
                } else {
                    leave(f, effective, assigned, r.next);
                }
                return;
            }
        }
        if (defaultState == null) {
            throw StateFailure.ofState(ErrorNames.NO_CHOICE_MATCHED, "No Matches!");
        }
        leave(f, effective, assign(f, effective), defaultState);
    }

    /**
     * Each rule tested in order up to the first that holds, as AWS tests them: {@code {"rule", "holds",
     * "explanation", "next"}}; then the default when none held.
     */
    private ArrayNode explain(Fiber f, JsonNode effective) {
        ArrayNode out = Json.FACTORY.arrayNode();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            ObjectNode entry = out.addObject();
            entry.put("rule", i);
            ChoiceCondition.Verdict v;
            try {
                v = r.condition.explain(f, effective);
            } catch (StateFailure e) {
                entry.put("holds", false);
                entry.put("explanation", e.error() + ": " + e.cause());
                entry.put("next", r.nextName);
                return out;
            }
            entry.put("holds", v.holds());
            entry.put("explanation", v.words());
            entry.put("next", r.nextName);
            if (v.holds()) {
                return out;
            }
        }
        if (defaultName != null) {
            ObjectNode entry = out.addObject();
            entry.put("rule", "Default");
            entry.put("holds", true);
            entry.put("explanation", "no rule held");
            entry.put("next", defaultName);
        }
        return out;
    }
}

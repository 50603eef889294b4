package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import stepwise.model.AslDocument;
import stepwise.model.json.Json;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.Member;

/**
 * Sets the condition of a Choice rule, or one nested in it. At a rule ({@code /States/C/Choices/0}) the
 * fields of the condition are replaced in place, one by one, and the rule keeps its {@code Next},
 * {@code Comment}, {@code Assign} and {@code Output}: wrapping a comparison in {@code Not} rewrites
 * only the comparison's lines. A nested condition (an item of {@code And}/{@code Or}, or the object
 * of {@code Not}) is replaced whole.
 */
public record SetCondition(JsonPointer pointer, JsonObject condition) implements EditCommand {
    /** The fields of a rule that are not its condition. */
    private static final Set<String> RULE_FIELDS = Set.of("Next", "Comment", "Assign", "Output");

    @Override
    public String description() {
        return "Change condition";
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        List<String> t = pointer.tokens();
        if (t.size() < 2 || !t.get(t.size() - 2).equals("Choices")) {
            if (!(document.at(pointer) instanceof JsonObject)) {
                throw new EditException("There is no condition at \"" + pointer + "\"");
            }
            return new SetField(pointer, condition).edits(document);
        }
        if (!(document.at(pointer) instanceof JsonObject rule)) {
            throw new EditException("There is no Choice rule at \"" + pointer + "\"");
        }
        List<Member> old = new ArrayList<>();
        for (Member m : rule.members()) {
            if (!RULE_FIELDS.contains(m.key())) {
                old.add(m);
            }
        }
        List<Member> fresh = new ArrayList<>();
        for (Member m : condition.members()) {
            if (RULE_FIELDS.contains(m.key())) {
                throw new EditException("A condition does not hold " + m.key() + "; it belongs to the rule");
            }
            fresh.add(m);
        }
        if (fresh.isEmpty()) {
            throw new EditException("A Choice rule needs a condition");
        }
        TextPatcher patcher = TextPatcher.of(document);
        List<TextEdit> edits = new ArrayList<>();
        int paired = Math.min(old.size(), fresh.size());
        for (int i = 0; i < paired; i++) {
            Member o = old.get(i);
            Member n = fresh.get(i);
            if (!o.key().equals(n.key()) || !Json.sameValue(o.value(), n.value())) {
                edits.add(patcher.replaceMember(o, n.key(), n.value()));
            }
        }
        if (old.size() > paired) {
            edits.addAll(patcher.removeMembers(rule, old.subList(paired, old.size())));
        } else if (fresh.size() > paired) {
            int at = old.isEmpty() ? 0 : JsonTextPatcher.indexOf(rule.members(), old.get(old.size() - 1)) + 1;
            List<NewMember> added = new ArrayList<>();
            for (Member m : fresh.subList(paired, fresh.size())) {
                added.add(NewMember.of(m.key(), m.value()));
            }
            edits.add(patcher.insertMembers(rule, at, added));
        }
        return edits;
    }
}

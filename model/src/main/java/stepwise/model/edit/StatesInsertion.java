package stepwise.model.edit;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.asl.StateMachine;
import stepwise.model.json.Json;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.Member;

/** Writes new states into a machine's {@code States}, creating it when missing; a machine without states starts at the first new one. */
final class StatesInsertion {
    private StatesInsertion() {
    }

    static List<TextEdit> edits(TextPatcher patcher, StateMachine machine, int index, List<NewMember> states) throws EditException {
        List<TextEdit> edits = new ArrayList<>();
        JsonObject raw = machine.raw();
        JsonObject statesObject = machine.statesObject();
        Member startAt = raw.member("StartAt");
        String first = states.get(0).key();
        if (statesObject == null) {
            if (raw.has("States")) {
                throw new EditException("States" + StateLocation.where(machine.pointer()) + " is not an object");
            }
            List<Member> members = new ArrayList<>();
            for (NewMember m : states) {
                members.add(Json.member(m.key(), m.value()));
            }
            List<NewMember> add = new ArrayList<>();
            if (startAt == null) {
                add.add(NewMember.of("StartAt", Json.string(first)));
            }
            add.add(NewMember.of("States", Json.object(members)));
            edits.add(patcher.insertMembers(raw, raw.size(), add));
            if (startAt != null) {
                edits.add(startAt.value() instanceof JsonString old ? patcher.replaceString(old, first)
                        : patcher.replaceValue(startAt.value(), Json.string(first)));
            }
            return edits;
        }
        edits.add(patcher.insertMembers(statesObject, index, states));
        if (statesObject.size() == 0) {
            if (startAt == null) {
                edits.add(patcher.insertMember(raw, 0, "StartAt", Json.string(first)));
            } else {
                edits.add(startAt.value() instanceof JsonString old ? patcher.replaceString(old, first)
                        : patcher.replaceValue(startAt.value(), Json.string(first)));
            }
        }
        return edits;
    }
}

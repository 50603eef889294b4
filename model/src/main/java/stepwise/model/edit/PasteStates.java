package stepwise.model.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * Pastes states copied as text ({@link #copy}: a JSON object from state names to their definitions;
 * a whole workflow or YAML is accepted too) at the end of the machine at {@code machine}. Names
 * already taken get {@code Name 2}, {@code Name 3}... and transitions between pasted states follow
 * them; the states are written in the document's own style.
 */
public record PasteStates(JsonPointer machine, String clipboard) implements EditCommand {

    public PasteStates {
        machine = machine == null ? JsonPointer.ROOT : machine;
    }

    /** The text to put on the clipboard for {@code states}: a JSON object of their definitions. */
    public static String copy(AslDocument document, List<JsonPointer> states) throws EditException {
        List<Member> members = new ArrayList<>();
        for (JsonPointer p : states) {
            StateLocation loc = StateLocation.find(document, p);
            members.add(Json.member(loc.name(), loc.member().value()));
        }
        return JsonWriter.canonical(Json.object(members), "\n");
    }

    @Override
    public String description() {
        return "Paste states";
    }

    /** The states the clipboard holds, by their pasted names. */
    public Map<String, JsonObject> pastedStates(AslDocument document) throws EditException {
        JsonObject states = read(clipboard);
        Set<String> taken = StateNames.taken(document);
        Map<String, String> names = new LinkedHashMap<>();
        for (Member m : states.members()) {
            StateNames.check(m.key());
            names.putIfAbsent(m.key(), StateNames.unique(m.key(), taken));
        }
        for (Member m : states.members()) {
            nestedNames((JsonObject) m.value(), names, taken);
        }
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (Member m : states.members()) {
            out.put(names.get(m.key()), renamed((JsonObject) m.value(), names));
        }
        return out;
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        var into = StateLocation.machine(document, machine);
        List<NewMember> members = new ArrayList<>();
        pastedStates(document).forEach((name, state) -> members.add(NewMember.of(name, state)));
        int end = into.statesObject() == null ? 0 : into.statesObject().size();
        return StatesInsertion.edits(TextPatcher.of(document), into, end, members);
    }

    private static JsonObject read(String text) throws EditException {
        if (text == null || text.isBlank()) {
            throw new EditException("The clipboard holds no states");
        }
        AslDocument pasted = AslDocument.of(text, Syntax.JSON);
        if (pasted.hasSyntaxErrors() && !text.stripLeading().startsWith("{")) {
            pasted = AslDocument.of(text, Syntax.YAML);
        }
        if (pasted.hasSyntaxErrors() || !(pasted.root() instanceof JsonObject o)) {
            throw new EditException("The clipboard does not hold states: expected an object of state definitions such as "
                    + "{\"Pay\": {\"Type\": \"Task\", ...}}");
        }
        if (o.get("States") instanceof JsonObject states && o.has("StartAt")) {
            o = states;
        }
        for (Member m : o.members()) {
            if (!(m.value() instanceof JsonObject def) || !def.has("Type")) {
                throw new EditException("The clipboard does not hold states: \"" + m.key() + "\" is not a state definition with a Type");
            }
        }
        if (o.size() == 0) {
            throw new EditException("The clipboard holds no states");
        }
        return o;
    }

    private static void nestedNames(JsonObject state, Map<String, String> names, Set<String> taken) {
        for (JsonObject machine : machines(state)) {
            if (machine.get("States") instanceof JsonObject states) {
                for (Member m : states.members()) {
                    names.putIfAbsent(m.key(), StateNames.unique(m.key(), taken));
                    if (m.value() instanceof JsonObject nested) {
                        nestedNames(nested, names, taken);
                    }
                }
            }
        }
    }

    private static List<JsonObject> machines(JsonObject state) {
        List<JsonObject> out = new ArrayList<>();
        if (state.get("Branches") instanceof JsonArray branches) {
            for (JsonValue b : branches.items()) {
                if (b instanceof JsonObject o) {
                    out.add(o);
                }
            }
        }
        for (String key : new String[] {"ItemProcessor", "Iterator"}) {
            if (state.get(key) instanceof JsonObject o) {
                out.add(o);
            }
        }
        return out;
    }

    /** {@code state} with every transition, nested state name and nested StartAt renamed by {@code names}. */
    static JsonObject renamed(JsonObject state, Map<String, String> names) {
        List<Member> out = new ArrayList<>();
        for (Member m : state.members()) {
            JsonValue v = m.value();
            switch (m.key()) {
                case "Next", "Default" -> v = renamedString(v, names);
                case "Choices", "Catch" -> v = renamedEntries(v, names);
                case "Branches" -> {
                    if (v instanceof JsonArray a) {
                        List<JsonValue> items = new ArrayList<>();
                        for (JsonValue b : a.items()) {
                            items.add(b instanceof JsonObject o ? renamedMachine(o, names) : b);
                        }
                        v = Json.array(items);
                    }
                }
                case "ItemProcessor", "Iterator" -> v = v instanceof JsonObject o ? renamedMachine(o, names) : v;
                default -> {
                }
            }
            out.add(Json.member(m.key(), v));
        }
        return Json.object(out);
    }

    private static JsonObject renamedMachine(JsonObject machine, Map<String, String> names) {
        List<Member> out = new ArrayList<>();
        for (Member m : machine.members()) {
            JsonValue v = m.value();
            if (m.key().equals("StartAt")) {
                v = renamedString(v, names);
            } else if (m.key().equals("States") && v instanceof JsonObject states) {
                List<Member> renamedStates = new ArrayList<>();
                for (Member s : states.members()) {
                    renamedStates.add(Json.member(names.getOrDefault(s.key(), s.key()),
                            s.value() instanceof JsonObject o ? renamed(o, names) : s.value()));
                }
                v = Json.object(renamedStates);
            }
            out.add(Json.member(m.key(), v));
        }
        return Json.object(out);
    }

    private static JsonValue renamedEntries(JsonValue v, Map<String, String> names) {
        if (!(v instanceof JsonArray a)) {
            return v;
        }
        List<JsonValue> items = new ArrayList<>();
        for (JsonValue item : a.items()) {
            if (item instanceof JsonObject o && o.get("Next") instanceof JsonString s && names.containsKey(s.value())) {
                items.add(Json.with(o, "Next", Json.string(names.get(s.value()))));
            } else {
                items.add(item);
            }
        }
        return Json.array(items);
    }

    private static JsonValue renamedString(JsonValue v, Map<String, String> names) {
        return v instanceof JsonString s && names.containsKey(s.value()) ? Json.string(names.get(s.value())) : v;
    }
}

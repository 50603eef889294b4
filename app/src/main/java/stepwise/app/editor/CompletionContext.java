package stepwise.app.editor;

import java.util.List;
import java.util.Map;
import stepwise.model.asl.AslObjectKind;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;

/**
 * Where the caret stands, as completion needs it: the object it is in ({@code path}, the JSON Pointer
 * tokens from the root, and the {@code members} written in it), whether a key, a value of
 * {@code key} or an item of the array {@code key} is being written, what has been typed of it
 * ({@code prefix}) and the range a completion replaces.
 */
public record CompletionContext(List<String> path, Position position, String key, String prefix, int replaceStart,
                                int replaceEnd, boolean quoted, Map<String, String> members, QueryLanguage rootLanguage,
                                String indent) {

    public enum Position { KEY, VALUE, ARRAY_ITEM, NONE }

    public static CompletionContext none(int offset) {
        return new CompletionContext(List.of(), Position.NONE, null, "", offset, offset, false, Map.of(), null, "");
    }

    /** The kind of ASL object the caret is in, or null. */
    public AslObjectKind objectKind() {
        return AslObjectKind.at(path);
    }

    /** The state type written in the object ({@code "Type"}), or null. */
    public StateType stateType() {
        return StateType.fromAsl(members.get("Type"));
    }

    /** The query language in force: the object's own {@code QueryLanguage}, else the workflow's, else JSONPath. */
    public QueryLanguage queryLanguage() {
        QueryLanguage own = QueryLanguage.fromAsl(members.get("QueryLanguage"));
        if (own != null) {
            return own;
        }
        return rootLanguage == null ? QueryLanguage.JSONPATH : rootLanguage;
    }

    /** True when the caret is at a key directly inside a {@code States} object: where a new state goes. */
    public boolean inStatesObject() {
        if (path.isEmpty() || !path.get(path.size() - 1).equals("States")) {
            return false;
        }
        AslObjectKind parent = AslObjectKind.at(path.subList(0, path.size() - 1));
        return parent != null && parent.isMachine();
    }

    /** The pointer tokens of the state machine whose states a state name here refers to. */
    public List<String> machinePath() {
        AslObjectKind kind = objectKind();
        if (kind != null && kind.isMachine()) {
            return path;
        }
        for (int i = path.size() - 1; i >= 1; i--) {
            if (path.get(i - 1).equals("States")) {
                List<String> machine = path.subList(0, i - 1);
                AslObjectKind k = AslObjectKind.at(machine);
                if (k != null && k.isMachine()) {
                    return machine;
                }
            }
        }
        return List.of();
    }
}

package stepwise.model.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;

/**
 * One state as the validator sees it: its name and member in {@code States}, its JSON (null when the
 * value is not an object), its type (null when missing or unknown), the query language its fields are
 * written in, and the machines nested in it.
 */
final class StateNode {
    private final String name;
    private final Member member;
    private final JsonObject raw;
    private final String pointer;
    private final StateType type;
    private final QueryLanguage language;
    private final MachineScope scope;
    private final List<MachineScope> children = new ArrayList<>();

    StateNode(Member member, String pointer, StateType type, QueryLanguage language, MachineScope scope) {
        this.name = member.key();
        this.member = member;
        this.raw = member.value() instanceof JsonObject o ? o : null;
        this.pointer = pointer;
        this.type = type;
        this.language = language;
        this.scope = scope;
    }

    void addChild(MachineScope child) {
        children.add(child);
    }

    String name() {
        return name;
    }

    Member member() {
        return member;
    }

    /** The state's object, or null when its value is not an object. */
    JsonObject raw() {
        return raw;
    }

    String pointer() {
        return pointer;
    }

    StateType type() {
        return type;
    }

    QueryLanguage language() {
        return language;
    }

    boolean isJsonata() {
        return language == QueryLanguage.JSONATA;
    }

    MachineScope scope() {
        return scope;
    }

    List<MachineScope> children() {
        return Collections.unmodifiableList(children);
    }

    Member field(String key) {
        return raw == null ? null : raw.member(key);
    }

    JsonValue value(String key) {
        return raw == null ? null : raw.get(key);
    }

    boolean has(String key) {
        return raw != null && raw.has(key);
    }

    String pointer(String key) {
        return Place.child(pointer, key);
    }

    /** The place of the state's name, where messages about the state as a whole point. */
    Place namePlace() {
        return new Place(pointer, member.keySpan());
    }

    /** "Task state 'Charge'" / "state 'Charge'" for messages. */
    String describe() {
        return (type == null ? "state" : type.aslName() + " state") + " '" + name + "'";
    }
}

package stepwise.model.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;
import stepwise.model.json.Member;
import stepwise.model.json.Span;

/**
 * Workflow variables: the names an {@code Assign} gives must be valid variable names, and a state
 * should only read variables that some path leading to it assigns (a warning: the read fails at
 * run time). Which variables may be set when a state starts is a fixed point over the transitions:
 * a state's own Assign flows along Next, Default and every Choice rule (with the rule's own), a Catch
 * entry's along its catch; a Parallel branch or Map processor starts with what its state sees, and
 * what it assigns stays inside it.
 */
final class VariableRules implements Rule {
    static final int MAX_NAME_LENGTH = 80;

    /** A read of a variable at a place in the document. */
    record Read(String name, String pointer, Span span) {
    }

    /** A transition and the variables it assigns on the way. */
    private record Edge(StateNode to, Set<String> assigns) {
    }

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        boolean anyAssign = false;
        for (StateNode s : workflow.typedStates()) {
            anyAssign |= names(s, findings);
        }
        Map<StateNode, List<Read>> reads = new LinkedHashMap<>();
        for (StateNode s : workflow.typedStates()) {
            List<Read> r = VariableReads.of(s, findings);
            if (!r.isEmpty()) {
                reads.put(s, r);
            }
        }
        if (reads.isEmpty()) {
            return;
        }
        Map<StateNode, Set<String>> visible = anyAssign ? flow(workflow) : Map.of();
        for (Map.Entry<StateNode, List<Read>> e : reads.entrySet()) {
            Set<String> known = visible.getOrDefault(e.getKey(), Set.of());
            Set<String> reported = new HashSet<>();
            for (Read r : e.getValue()) {
                if (!known.contains(r.name()) && reported.add(r.name())) {
                    findings.report(ValidationCode.UNASSIGNED_VARIABLE, r.pointer(), r.span(), capitalise(e.getKey().describe())
                            + " reads $" + r.name() + ", but no path leading to it assigns that variable");
                }
            }
        }
    }

    /** Checks the names of every Assign of a state; answers whether it has any. */
    private static boolean names(StateNode s, Findings findings) {
        boolean any = assignNames(s.value("Assign"), s.pointer("Assign"), s.isJsonata(), findings);
        for (String list : new String[] {"Choices", "Catch"}) {
            if (s.value(list) instanceof JsonArray entries) {
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i) instanceof JsonObject entry) {
                        any |= assignNames(entry.get("Assign"), Place.child(Place.child(s.pointer(list), i), "Assign"),
                                s.isJsonata(), findings);
                    }
                }
            }
        }
        return any;
    }

    private static boolean assignNames(JsonValue assign, String pointer, boolean jsonata, Findings findings) {
        if (!(assign instanceof JsonObject o)) {
            return false;
        }
        for (Member m : o.members()) {
            String name = variableName(m.key(), jsonata);
            String problem = nameProblem(name);
            if (problem != null) {
                findings.report(ValidationCode.INVALID_VARIABLE_NAME, Findings.keyOf(Place.child(pointer, m.key()), m),
                        "'" + m.key() + "' is not a valid variable name: " + problem);
            }
        }
        return o.size() > 0;
    }

    /** The variable an Assign key sets: in JSONPath states {@code "x.$"} sets {@code x}. */
    static String variableName(String key, boolean jsonata) {
        return !jsonata && key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
    }

    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "it has " + name.length() + " characters; a name has at most " + MAX_NAME_LENGTH;
        }
        if (!JsonPathSyntax.isNameStart(name.charAt(0))) {
            return "a name starts with a letter or '_'";
        }
        for (int i = 1; i < name.length(); i++) {
            if (!JsonPathSyntax.isNamePart(name.charAt(i))) {
                return "a name has only letters, digits and '_', but has '" + name.charAt(i) + "'";
            }
        }
        if (name.equals(JsonataExpression.STATES)) {
            return "'states' is reserved for $states";
        }
        return null;
    }

    /** For each reachable state, the variables some path to it may have assigned when it starts. */
    private static Map<StateNode, Set<String>> flow(WorkflowIndex workflow) {
        Map<StateNode, Set<String>> in = new HashMap<>();
        Deque<StateNode> work = new ArrayDeque<>();
        enter(workflow.rootMachine(), Set.of(), in, work);
        while (!work.isEmpty()) {
            StateNode s = work.poll();
            Set<String> before = in.get(s);
            for (Edge e : edges(s)) {
                Set<String> after = new HashSet<>(before);
                after.addAll(e.assigns());
                merge(e.to(), after, in, work);
            }
            for (MachineScope child : s.children()) {
                enter(child, before, in, work);
            }
        }
        return in;
    }

    private static void enter(MachineScope m, Set<String> visible, Map<StateNode, Set<String>> in, Deque<StateNode> work) {
        String start = m.startAt();
        StateNode first = start == null ? null : m.state(start);
        if (first != null) {
            merge(first, visible, in, work);
        }
    }

    private static void merge(StateNode to, Set<String> names, Map<StateNode, Set<String>> in, Deque<StateNode> work) {
        Set<String> current = in.get(to);
        if (current == null) {
            in.put(to, new HashSet<>(names));
            work.add(to);
        } else if (current.addAll(names)) {
            work.add(to);
        }
    }

    private static List<Edge> edges(StateNode s) {
        List<Edge> out = new ArrayList<>();
        if (s.raw() == null || s.type() == null) {
            return out;
        }
        MachineScope m = s.scope();
        Set<String> own = assigned(s.value("Assign"), s.isJsonata());
        edge(m, s.value("Next"), own, out);
        if (s.type() == StateType.CHOICE) {
            edge(m, s.value("Default"), own, out);
        }
        for (String list : new String[] {"Choices", "Catch"}) {
            if (s.value(list) instanceof JsonArray entries) {
                for (JsonValue item : entries.items()) {
                    if (item instanceof JsonObject entry) {
                        Set<String> assigns = assigned(entry.get("Assign"), s.isJsonata());
                        if (list.equals("Choices") && !own.isEmpty()) {
                            // The state's own Assign applies whichever rule matches, together with the rule's.
                            assigns = new HashSet<>(assigns);
                            assigns.addAll(own);
                        }
                        edge(m, entry.get("Next"), assigns, out);
                    }
                }
            }
        }
        return out;
    }

    private static void edge(MachineScope m, JsonValue target, Set<String> assigns, List<Edge> out) {
        if (target instanceof JsonString name && m.state(name.value()) != null) {
            out.add(new Edge(m.state(name.value()), assigns));
        }
    }

    private static Set<String> assigned(JsonValue assign, boolean jsonata) {
        if (!(assign instanceof JsonObject o) || o.size() == 0) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (Member m : o.members()) {
            names.add(variableName(m.key(), jsonata));
        }
        return names;
    }

    private static String capitalise(String s) {
        return SchemaRules.capitalise(s);
    }
}

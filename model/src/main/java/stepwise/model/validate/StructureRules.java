package stepwise.model.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stepwise.model.asl.StateType;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonString;
import stepwise.model.json.Member;

/**
 * The shape of the workflow as a graph: StartAt and every transition name a state of the same
 * machine, every state is reachable, each machine can end, each state has Next or End (not both),
 * and state names are unique across the whole workflow and at most 80 characters.
 */
final class StructureRules implements Rule {
    static final int MAX_NAME_LENGTH = 80;

    /** One transition written in the document: who makes it, under which field, and where. */
    record Transition(StateNode from, String field, String target, String pointer, Member member) {
    }

    @Override
    public void check(WorkflowIndex workflow, Findings findings) {
        Map<String, StateNode> firstByName = new HashMap<>();
        for (StateNode s : workflow.states()) {
            names(s, firstByName, findings);
        }
        for (MachineScope m : workflow.machines()) {
            machine(m, firstByName, findings);
        }
    }

    private void names(StateNode s, Map<String, StateNode> firstByName, Findings findings) {
        String name = s.name();
        if (name.isEmpty()) {
            findings.report(ValidationCode.INVALID_VALUE, s.namePlace(), "A state name cannot be empty");
        } else if (name.length() > MAX_NAME_LENGTH) {
            findings.report(ValidationCode.STATE_NAME_TOO_LONG, s.namePlace(), "State name '" + shorten(name) + "' is "
                    + name.length() + " characters long; state names have at most " + MAX_NAME_LENGTH);
        }
        StateNode first = firstByName.putIfAbsent(name, s);
        if (first != null) {
            findings.report(ValidationCode.DUPLICATE_STATE_NAME, s.namePlace(), "State name '" + name + "' is already used by the state at "
                    + first.pointer() + " (line " + first.member().keySpan().line() + "); names must be unique in the whole workflow, "
                    + "nested branches and processors included");
        }
    }

    private void machine(MachineScope m, Map<String, StateNode> firstByName, Findings findings) {
        List<Transition> transitions = new ArrayList<>();
        boolean terminal = false;
        for (StateNode s : m.states()) {
            if (s.raw() == null || s.type() == null) {
                continue;
            }
            terminal |= s.type().isTerminalType() || WorkflowIndex.isTrue(s.value("End"));
            collect(s, transitions);
            endOrNext(s, findings);
        }
        for (Transition t : transitions) {
            if (m.state(t.target()) == null) {
                unknownTarget(m, t.from().describe() + ": " + t.field(), t.target(), t.pointer(), t.member(), firstByName, findings);
            }
        }
        Member startAt = m.raw().member("StartAt");
        StateNode start = null;
        if (startAt != null && startAt.value() instanceof JsonString name) {
            start = m.state(name.value());
            if (start == null) {
                unknownTarget(m, "StartAt of " + m.describe(), name.value(), Place.child(m.pointer(), "StartAt"), startAt,
                        firstByName, findings);
            }
        }
        if (start != null) {
            reachability(m, start, transitions, findings);
        }
        if (!terminal && !m.states().isEmpty()) {
            Member states = m.statesMember();
            findings.report(ValidationCode.NO_TERMINAL_STATE, Findings.keyOf(Place.child(m.pointer(), "States"), states),
                    capitalise(m.describe()) + " never ends: it needs a Succeed or Fail state, or a state with \"End\": true");
        }
    }

    private static void collect(StateNode s, List<Transition> out) {
        add(s, "Next", s.field("Next"), s.pointer("Next"), out);
        if (s.type() == StateType.CHOICE) {
            add(s, "Default", s.field("Default"), s.pointer("Default"), out);
            rules(s, "Choices", out);
        }
        if (s.type() == StateType.TASK || s.type() == StateType.MAP || s.type() == StateType.PARALLEL) {
            rules(s, "Catch", out);
        }
    }

    private static void rules(StateNode s, String field, List<Transition> out) {
        if (s.value(field) instanceof JsonArray list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof JsonObject rule) {
                    String p = Place.child(Place.child(s.pointer(), field), i);
                    add(s, field + " " + i + " Next", rule.member("Next"), Place.child(p, "Next"), out);
                }
            }
        }
    }

    private static void add(StateNode s, String field, Member m, String pointer, List<Transition> out) {
        if (m != null && m.value() instanceof JsonString target) {
            out.add(new Transition(s, field, target.value(), pointer, m));
        }
    }

    private static void endOrNext(StateNode s, Findings findings) {
        StateType t = s.type();
        if (t == StateType.CHOICE || t.isTerminalType()) {
            return;
        }
        Member end = s.field("End");
        boolean ends = end != null && WorkflowIndex.isTrue(end.value());
        if (ends && s.has("Next")) {
            findings.report(ValidationCode.EXCLUSIVE_FIELDS, Findings.keyOf(s.pointer("End"), end),
                    capitalise(s.describe()) + " has both Next and \"End\": true; keep one");
        } else if (!ends && !s.has("Next")) {
            findings.report(ValidationCode.MISSING_TRANSITION, s.namePlace(), capitalise(s.describe())
                    + " has neither Next nor \"End\": true, so nothing follows it");
        }
    }

    private static void unknownTarget(MachineScope m, String what, String target, String pointer, Member member,
                                      Map<String, StateNode> firstByName, Findings findings) {
        StateNode elsewhere = firstByName.get(target);
        Place place = Findings.valueOf(pointer, member);
        if (elsewhere != null && elsewhere.scope() != m) {
            findings.report(ValidationCode.TRANSITION_OUT_OF_SCOPE, place, what + " names '" + target + "', which is in "
                    + elsewhere.scope().describe() + "; transitions cannot leave " + m.describe());
            return;
        }
        String near = nearest(m, target);
        findings.report(ValidationCode.UNKNOWN_TARGET, place, what + " names '" + target + "', but " + m.describe()
                + " has no state of that name" + (near == null ? "" : " (did you mean '" + near + "'?)"));
    }

    private static void reachability(MachineScope m, StateNode start, List<Transition> transitions, Findings findings) {
        Map<StateNode, List<StateNode>> edges = new HashMap<>();
        for (Transition t : transitions) {
            StateNode to = m.state(t.target());
            if (to != null) {
                edges.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(to);
            }
        }
        Set<StateNode> seen = new HashSet<>();
        Deque<StateNode> work = new ArrayDeque<>();
        seen.add(start);
        work.add(start);
        while (!work.isEmpty()) {
            for (StateNode next : edges.getOrDefault(work.poll(), List.of())) {
                if (seen.add(next)) {
                    work.add(next);
                }
            }
        }
        Set<String> reachedNames = new HashSet<>();
        for (StateNode s : seen) {
            reachedNames.add(s.name());
        }
        for (StateNode s : m.states()) {
            if (!seen.contains(s) && !reachedNames.contains(s.name())) {
                findings.report(ValidationCode.UNREACHABLE_STATE, s.namePlace(), capitalise(s.describe())
                        + " is not reachable: neither StartAt nor any Next, Default, Choice rule or Catch leads to it");
            }
        }
    }

    /** The name in {@code m} closest to {@code target} when it is a likely typo, else null. */
    private static String nearest(MachineScope m, String target) {
        String best = null;
        int bestDistance = Math.max(1, Math.min(3, target.length() / 3)) + 1;
        for (StateNode s : m.states()) {
            int d = distance(s.name(), target, bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = s.name();
            }
        }
        return best;
    }

    /** Levenshtein distance, giving up (answering {@code limit}) once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 200 || b.length() > 200) {
            return limit;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
    }

    static String capitalise(String s) {
        return SchemaRules.capitalise(s);
    }
}

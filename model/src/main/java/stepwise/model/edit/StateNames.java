package stepwise.model.edit;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;
import stepwise.model.json.JsonObject;
import stepwise.model.json.Member;

/** The rules for state names: ASL wants them non-empty, at most 80 characters, and unique in the whole workflow. */
final class StateNames {
    static final int MAX_LENGTH = 80;
    private static final Pattern NUMBERED = Pattern.compile("(.*) (\\d+)");

    private StateNames() {
    }

    /** Every state name written anywhere in the document, nested machines included. */
    static Set<String> taken(AslDocument document) {
        Set<String> names = new HashSet<>();
        StateMachine m = document.machine();
        if (m != null) {
            collect(m, names);
        }
        return names;
    }

    private static void collect(StateMachine m, Set<String> names) {
        JsonObject states = m.statesObject();
        if (states != null) {
            for (Member member : states.members()) {
                names.add(member.key());
            }
        }
        for (State s : m.states()) {
            for (StateMachine child : s.children()) {
                collect(child, names);
            }
        }
    }

    /** Checks that {@code name} may be given to a new or renamed state. */
    static void checkNew(String name, Set<String> taken) throws EditException {
        check(name);
        if (taken.contains(name)) {
            throw new EditException("A state named \"" + name + "\" exists already; state names must be unique in the workflow");
        }
    }

    static void check(String name) throws EditException {
        if (name == null || name.isEmpty()) {
            throw new EditException("A state name cannot be empty");
        }
        if (name.length() > MAX_LENGTH) {
            throw new EditException("A state name has at most " + MAX_LENGTH + " characters; this one has " + name.length());
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw new EditException("A state name cannot hold control characters (such as a line break or a tab)");
            }
        }
    }

    /** {@code base} if free, else {@code base 2}, {@code base 3}... (counting on from a number it ends with); the result is taken. */
    static String unique(String base, Set<String> taken) {
        if (!taken.contains(base) && base.length() <= MAX_LENGTH && !base.isEmpty()) {
            taken.add(base);
            return base;
        }
        String stem = base.isEmpty() ? "State" : base;
        int n = 2;
        Matcher m = NUMBERED.matcher(stem);
        if (m.matches() && m.group(2).length() < 9) {
            stem = m.group(1);
            n = Integer.parseInt(m.group(2)) + 1;
        }
        while (true) {
            String suffix = " " + n;
            String head = stem.length() + suffix.length() > MAX_LENGTH ? stem.substring(0, MAX_LENGTH - suffix.length()) : stem;
            String candidate = head + suffix;
            if (!taken.contains(candidate)) {
                taken.add(candidate);
                return candidate;
            }
            n++;
        }
    }
}

package stepwise.canvas.gesture;

import java.util.ArrayList;
import java.util.List;
import stepwise.canvas.palette.StateTemplates;
import stepwise.model.asl.CatchRule;
import stepwise.model.asl.ChoiceState;
import stepwise.model.asl.QueryLanguage;
import stepwise.model.asl.StateType;
import stepwise.model.edit.Connect;
import stepwise.model.edit.EditCommand;
import stepwise.model.graph.GraphNode;
import stepwise.model.json.JsonPointer;

/**
 * The ways one state can be connected to another, as the menu after dragging from a port offers them:
 * its {@code Next} (Task, Pass, Wait, Parallel, Map), a {@code Catch} (Task, Parallel, Map), a new
 * Choice rule or the Choice's {@code Default}. Each says what it replaces.
 */
public final class ConnectionKinds {
    /** One way to connect: what the menu shows, and the command that does it. */
    public record Connection(String label, String detail, EditCommand command) {
    }

    private ConnectionKinds() {
    }

    public static List<Connection> between(GraphNode from, GraphNode to, QueryLanguage language) {
        List<Connection> out = new ArrayList<>();
        JsonPointer pointer = JsonPointer.parse(from.id());
        String target = to.name();
        StateType type = from.type();
        if (type == StateType.CHOICE) {
            ChoiceState choice = (ChoiceState) from.state();
            out.add(new Connection("New choice rule", "when $.value > 0 (edit it in the inspector)",
                    Connect.choice(pointer, target, StateTemplates.newRuleCondition(language))));
            if (!target.equals(choice.defaultState())) {
                out.add(new Connection("Default", choice.defaultState() == null ? "when no rule matches"
                        : "instead of " + choice.defaultState(), Connect.defaultTo(pointer, target)));
            }
            return out;
        }
        if (type.isTerminalType()) {
            return out;
        }
        String next = from.state().next();
        if (!target.equals(next)) {
            out.add(new Connection("Next", next != null ? "instead of " + next : from.state().isTerminal() ? "instead of End" : "then go on here",
                    Connect.next(pointer, target)));
        }
        if (type == StateType.TASK || type == StateType.PARALLEL || type == StateType.MAP) {
            boolean catchesAll = from.state().catchRules().stream().anyMatch(ConnectionKinds::catchesAll);
            String error = catchesAll ? "States.TaskFailed" : "States.ALL";
            out.add(new Connection("Catch errors", "on " + error + ", go here", Connect.onError(pointer, target, List.of(error))));
        }
        return out;
    }

    private static boolean catchesAll(CatchRule rule) {
        return rule.errorEquals().contains("States.ALL");
    }
}

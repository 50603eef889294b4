package stepwise.app.bench;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;
import stepwise.model.asl.StateMachine;
import stepwise.model.edit.TextEdit;
import stepwise.model.json.JsonObject;
import stepwise.model.json.Member;

/**
 * Single edits a user makes on a large workflow, as text edits, for the canvas benchmarks: change a
 * value the canvas shows, or insert a Pass state into a sequence (at the top level or deep inside).
 */
public final class SampleEdits {
    private SampleEdits() {
    }

    /** Sets the first Wait's Seconds to 1 (the canvas's second line changes; the layout does not). */
    public static List<TextEdit> changeWait(AslDocument doc) {
        for (State s : doc.machine().allStates()) {
            if (s.field("Seconds") != null) {
                var span = s.field("Seconds").span();
                return List.of(new TextEdit(span.start(), span.end(), "1"));
            }
        }
        throw new IllegalArgumentException("the workflow has no Wait with Seconds");
    }

    /** Inserts a Pass between the {@code index}-th state with a Next of {@code machine} and its successor. */
    public static List<TextEdit> insertPass(StateMachine machine, int index, String name) {
        int seen = 0;
        for (State s : machine.states()) {
            if (s.next() == null || machine.state(s.next()) == null) {
                continue;
            }
            if (seen++ < index) {
                continue;
            }
            var next = s.raw().get("Next").span();
            JsonObject states = machine.statesObject();
            Member target = states.member(s.next());
            String indent = " ".repeat(Math.max(0, target.keySpan().column() - 1));
            String inserted = "\"" + name + "\": {\"Type\": \"Pass\", \"Next\": \"" + s.next() + "\"},\n" + indent;
            return List.of(new TextEdit(next.start(), next.end(), "\"" + name + "\""),
                    TextEdit.insert(target.keySpan().start(), inserted));
        }
        throw new IllegalArgumentException("no state with a Next in " + machine.pointer());
    }

    /** The first nested machine (a Parallel branch or Map processor) of the top level with at least {@code states} states. */
    public static StateMachine nested(AslDocument doc, int states) {
        for (State s : doc.machine().states()) {
            for (StateMachine child : s.children()) {
                if (child.states().size() >= states) {
                    return child;
                }
            }
        }
        throw new IllegalArgumentException("no nested machine with " + states + " states");
    }
}

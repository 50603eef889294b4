package stepwise.canvas.view;

import stepwise.canvas.diagram.StateIcons;
import stepwise.model.asl.ChoiceRule;
import stepwise.model.asl.ChoiceState;
import stepwise.model.asl.State;
import stepwise.model.graph.GraphNode;

/** A Choice: its rules in order with where each leads, then the Default. */
public final class ChoiceView extends StateView {
    public ChoiceView(GraphNode node) {
        super(node);
    }

    @Override
    protected String icon() {
        return StateIcons.CHOICE;
    }

    @Override
    protected String details(State state) {
        ChoiceState c = (ChoiceState) state;
        StringBuilder sb = new StringBuilder();
        int i = 1;
        for (ChoiceRule r : c.choices()) {
            sb.append(i++).append(". ").append(r.label()).append(" \u2192 ").append(r.next() == null ? "?" : r.next()).append('\n');
        }
        sb.append("Otherwise \u2192 ").append(c.defaultState() == null ? "(no Default: the run fails)" : c.defaultState());
        return sb.toString();
    }
}

package stepwise.canvas.view;

import static stepwise.canvas.diagram.NodeGeometry.BADGE_INSET;
import static stepwise.canvas.diagram.NodeGeometry.BADGE_SIZE;
import static stepwise.canvas.diagram.NodeGeometry.ICON_SIZE;
import static stepwise.canvas.diagram.NodeGeometry.SUBTITLE_BASELINE;
import static stepwise.canvas.diagram.NodeGeometry.TEXT_RIGHT_PADDING;
import static stepwise.canvas.diagram.NodeGeometry.TEXT_X;
import static stepwise.canvas.diagram.NodeGeometry.TILE_SIZE;
import static stepwise.canvas.diagram.NodeGeometry.TILE_X;
import static stepwise.canvas.diagram.NodeGeometry.TILE_Y;
import static stepwise.canvas.diagram.NodeGeometry.TITLE_BASELINE;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.util.Duration;
import stepwise.canvas.StatusPseudoClasses;
import stepwise.canvas.diagram.RetrySummary;
import stepwise.canvas.diagram.StateCaption;
import stepwise.canvas.diagram.StateIcons;
import stepwise.canvas.diagram.StateStatus;
import stepwise.canvas.layout.Box;
import stepwise.canvas.layout.PlacedState;
import stepwise.model.Diagnostic;
import stepwise.model.asl.State;
import stepwise.model.asl.StateType;
import stepwise.model.graph.GraphNode;

/**
 * A state on the canvas: an icon tile, its name and a second line in plain words, a badge when it
 * retries and one when the validator found problems with it. One subclass per state type decides the
 * icon and the tooltip. Views are kept and updated in place by the state's id; only what changed is
 * touched. Colours come from CSS through the style classes {@code state} and the type's name, and the
 * pseudo-classes of {@link StatusPseudoClasses}.
 */
public abstract class StateView extends Region {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final String stateId;
    private final StateType type;
    private final Region tile = new Region();
    private final SVGPath icon = new SVGPath();
    private final Text title = new Text();
    private final Text subtitle = new Text();
    private SVGPath retryBadge;
    private ProblemBadge problemBadge;
    private GraphNode node;
    private Box box = Box.EMPTY;
    private StateCaption caption;
    private boolean retries;
    private Tooltip tooltip;
    private StateStatus status;

    protected StateView(GraphNode node) {
        this.stateId = node.id();
        this.type = node.type();
        getStyleClass().addAll("state", type.cssName());
        setManaged(false);
        tile.getStyleClass().add("tile");
        tile.setManaged(false);
        icon.getStyleClass().add("icon");
        icon.setContent(icon());
        double s = ICON_SIZE / StateIcons.GRID;
        icon.getTransforms().add(new Scale(s, s, 0, 0));
        icon.setManaged(false);
        title.getStyleClass().add("title");
        title.setFont(Fonts.TITLE);
        title.setTextOrigin(VPos.BASELINE);
        title.setManaged(false);
        subtitle.getStyleClass().add("subtitle");
        subtitle.setFont(Fonts.SUBTITLE);
        subtitle.setTextOrigin(VPos.BASELINE);
        subtitle.setManaged(false);
        getChildren().addAll(tile, icon, title, subtitle);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
    }

    /** The id of the state shown (its JSON Pointer). */
    public String stateId() {
        return stateId;
    }

    public StateType type() {
        return type;
    }

    /** Where the view stands in the drawing. */
    public Box box() {
        return box;
    }

    public GraphNode node() {
        return node;
    }

    /** The name as drawn (possibly shortened). */
    public String shownTitle() {
        return title.getText();
    }

    public String shownSubtitle() {
        return subtitle.getText();
    }

    /** The icon path data (one of {@code StateIcons}). */
    protected abstract String icon();

    /** Details for the tooltip beyond the two lines: the resource, the rules, the settings. */
    protected abstract String details(State state);

    /**
     * Shows {@code node} at {@code placed} with its problems; touches the scene graph only where
     * something differs from what is shown.
     * @return true when anything changed
     */
    public boolean update(GraphNode newNode, PlacedState placed, List<Diagnostic> problems) {
        boolean changed = false;
        this.node = newNode;
        if (!placed.box().equals(box)) {
            Box old = box;
            box = placed.box();
            if (old.width() != box.width() || old.height() != box.height()) {
                resize(box.width(), box.height());
                layoutParts();
            }
            relocate(box.x(), box.y());
            changed = true;
        }
        StateCaption c = StateCaption.of(newNode.state());
        boolean r = !newNode.state().retry().isEmpty();
        if (!c.equals(caption) || r != retries) {
            caption = c;
            retries = r;
            showCaption();
            changed = true;
        }
        if (tooltip != null) {
            tooltip.setText(tooltipText());
        }
        changed |= showProblems(problems);
        return changed;
    }

    private void showCaption() {
        if (retries && retryBadge == null) {
            retryBadge = new SVGPath();
            retryBadge.getStyleClass().add("retry-badge");
            retryBadge.setContent(StateIcons.RETRY);
            double s = BADGE_SIZE / StateIcons.GRID;
            retryBadge.getTransforms().add(new Scale(s, s, 0, 0));
            retryBadge.setManaged(false);
            getChildren().add(retryBadge);
            layoutParts();
        } else if (!retries && retryBadge != null) {
            getChildren().remove(retryBadge);
            retryBadge = null;
        }
        double width = box.width() - TEXT_X - TEXT_RIGHT_PADDING - (retries ? BADGE_SIZE + 4 : 0);
        title.setText(TextFit.fit(caption.title(), Fonts.TITLE, width));
        subtitle.setText(TextFit.fit(caption.subtitle(), Fonts.SUBTITLE, width));
    }

    private boolean showProblems(List<Diagnostic> problems) {
        if (problems.isEmpty()) {
            if (problemBadge != null) {
                getChildren().remove(problemBadge);
                problemBadge = null;
                pseudoClassStateChanged(PROBLEM, false);
                return true;
            }
            return false;
        }
        boolean added = problemBadge == null;
        if (added) {
            problemBadge = new ProblemBadge();
            problemBadge.setManaged(false);
            getChildren().add(problemBadge);
            problemBadge.relocate(box.width() - 2, 2);
            pseudoClassStateChanged(PROBLEM, true);
        }
        problemBadge.show(problems);
        return true;
    }

    /** The tooltip text of the problem badge, or null when there is none. */
    public String problemText() {
        return problemBadge == null ? null : problemBadge.tooltipText();
    }

    public boolean showsRetryBadge() {
        return retryBadge != null;
    }

    /** Puts the parts in their fixed places (they do not depend on the text). */
    protected void layoutParts() {
        tile.resizeRelocate(TILE_X, TILE_Y, TILE_SIZE, TILE_SIZE);
        double inset = (TILE_SIZE - ICON_SIZE) / 2;
        icon.setLayoutX(TILE_X + inset);
        icon.setLayoutY(TILE_Y + inset);
        title.setLayoutX(TEXT_X);
        title.setLayoutY(TITLE_BASELINE);
        subtitle.setLayoutX(TEXT_X);
        subtitle.setLayoutY(SUBTITLE_BASELINE);
        if (retryBadge != null) {
            retryBadge.setLayoutX(box.width() - BADGE_INSET - BADGE_SIZE);
            retryBadge.setLayoutY(BADGE_INSET);
        }
        if (problemBadge != null) {
            problemBadge.relocate(box.width() - 2, 2);
        }
    }

    @Override
    protected void layoutChildren() {
        // Parts are placed by layoutParts() when the size changes; nothing depends on the text.
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(StatusPseudoClasses.SELECTED, selected);
    }

    public boolean isSelected() {
        return getPseudoClassStates().contains(StatusPseudoClasses.SELECTED);
    }

    /** Shows how the state fared in an execution, or nothing with null. */
    public void setStatus(StateStatus newStatus) {
        if (status == newStatus) {
            return; // a player step re-shows every status; only the ones that changed restyle their state
        }
        if (status != null) {
            pseudoClassStateChanged(StatusPseudoClasses.of(status), false);
        }
        status = newStatus;
        if (status != null) {
            pseudoClassStateChanged(StatusPseudoClasses.of(status), true);
        }
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText());
            tooltip.setShowDelay(Duration.millis(600));
            tooltip.setShowDuration(Duration.seconds(20));
            Tooltip.install(this, tooltip);
        }
    }

    /** Name, second line, comment, type details and retries, as the tooltip shows them. */
    public String tooltipText() {
        if (node == null) {
            return "";
        }
        State s = node.state();
        StringBuilder sb = new StringBuilder(s.name()).append('\n').append(StateCaption.of(s).subtitle());
        String details = details(s);
        if (details != null && !details.isEmpty()) {
            sb.append("\n\n").append(details);
        }
        if (!s.retry().isEmpty()) {
            sb.append("\n\n").append(RetrySummary.of(s.retry()));
        }
        if (s.comment() != null) {
            sb.append("\n\n").append(s.comment());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + stateId + "]";
    }
}

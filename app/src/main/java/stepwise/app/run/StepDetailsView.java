package stepwise.app.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import stepwise.canvas.WorkflowSelection;
import stepwise.engine.replay.ExecutionPicture;
import stepwise.engine.replay.MapProgress;
import stepwise.engine.replay.Narration;
import stepwise.engine.replay.Replay;
import stepwise.engine.replay.StepDetails;
import stepwise.engine.replay.Token;
import stepwise.model.asl.StateType;

/**
 * The selected state at the player's event (or, with nothing selected, the state of that event): input,
 * output, each stage of its data processing, each attempt with its error and backoff, and for a Choice
 * which rule held and why, in words. For a Map, its progress and a choice of one iteration to follow.
 */
final class StepDetailsView extends ScrollPane {
    private final Player player;
    private final WorkflowSelection selection;
    private final VBox content = new VBox();
    private StepDetails shown;

    private final ShownUpdates updates;
    private String shownKey;

    StepDetailsView(Player player, WorkflowSelection selection, javafx.beans.value.ObservableBooleanValue shown) {
        this.player = player;
        this.selection = selection;
        this.updates = new ShownUpdates(shown, this::update);
        content.getStyleClass().add("step-details");
        content.setId("step-details");
        setContent(content);
        setFitToWidth(true);
        player.pictureProperty().addListener((obs, before, after) -> updates.request());
        player.followedTokenProperty().addListener((obs, before, after) -> updates.request());
        selection.primaryProperty().addListener((obs, before, after) -> updates.request());
        updates.now();
    }

    /** The details shown now, or null. */
    StepDetails shown() {
        return shown;
    }

    private String nodeToShow() {
        String selected = selection.getPrimary();
        Replay r = player.getReplay();
        if (selected != null || r == null) {
            return selected;
        }
        int k = player.getPosition();
        for (int i = k - 1; i >= 0; i--) {
            String n = r.nodeIdOf(i);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    void update() {
        Replay r = player.getReplay();
        String node = nodeToShow();
        Integer followedNow = player.followedTokenProperty().get();
        StepDetails computed = null;
        if (r != null && node != null) {
            StepDetails d = StepDetails.of(r, node, player.getPosition(), followedNow != null && r.graph() != null
                    && isInside(r, node, r.token(followedNow).ownerNodeId()) ? followedNow : -1);
            computed = d;
            String key = System.identityHashCode(r) + "|" + node + "|" + followedNow + "|" + (d == null ? "none"
                    : d.enteredIndex() + "|" + d.events().length + "|" + d.status());
            if (key.equals(shownKey)) {
                return;
            }
            shownKey = key;
        } else {
            shownKey = null;
        }
        content.getChildren().clear();
        shown = null;
        if (r == null) {
            content.getChildren().add(muted("Run the workflow or import a history, then select a state to see what it did."));
            return;
        }
        if (node == null) {
            content.getChildren().add(muted("Select a state on the canvas or an event in the table."));
            return;
        }
        StepDetails d = computed;
        shown = d;
        String name = r.graph() != null && r.graph().node(node) != null ? r.graph().node(node).name() : node;
        if (d == null) {
            Label title = new Label(name);
            title.getStyleClass().add("step-title");
            StatusChip chip = new StatusChip();
            content.getChildren().addAll(new HBox(8, title, chip), muted(r.entryCount(node) == 0
                    ? "This state does not run in this execution." : "This state has not run yet at this event."));
            return;
        }
        content.getChildren().add(header(r, d));
        if (d.type() == StateType.MAP) {
            content.getChildren().add(mapSection(r, node));
        }
        if (!d.choiceRules().isEmpty()) {
            content.getChildren().add(section("Choice rules"));
            for (StepDetails.ChoiceRuleResult rule : d.choiceRules()) {
                Label l = new Label((rule.holds() ? "\u2713 " : "\u2717 ") + rule.rule() + ":  " + rule.explanation()
                        + (rule.holds() ? "  \u2192  " + rule.next() : ""));
                l.getStyleClass().add(rule.holds() ? "rule-held" : "rule-missed");
                l.setId(rule.holds() ? "choice-rule-held" : null);
                content.getChildren().add(l);
            }
        }
        if (d.error() != null) {
            Label err = new Label(d.error() + (d.cause() == null ? "" : ": " + d.cause()));
            err.getStyleClass().add("attempt-failed");
            err.setWrapText(true);
            content.getChildren().addAll(section("Error"), err);
        }
        if (!d.attempts().isEmpty()) {
            content.getChildren().addAll(section(d.attempts().size() == 1 ? "Task call" : "Task calls and retries"), attempts(r, d));
        }
        if (!d.stages().isEmpty()) {
            content.getChildren().addAll(section("Input and output processing"), stages(d));
        } else {
            content.getChildren().addAll(section("Input"), JsonBlock.of(d.input(), 24));
            if (d.output() != null) {
                content.getChildren().addAll(section("Output"), JsonBlock.of(d.output(), 24));
            }
        }
        if (d.stagesNote() != null) {
            Label note = new Label(d.stagesNote());
            note.getStyleClass().add("note");
            content.getChildren().add(note);
        }
    }

    private Node header(Replay r, StepDetails d) {
        Label title = new Label(d.stateName());
        title.getStyleClass().add("step-title");
        title.setId("step-title");
        Label type = new Label(d.type() == null ? "?" : d.type().aslName());
        type.getStyleClass().add("step-type");
        StatusChip chip = new StatusChip();
        chip.show(d.status());
        chip.setId("step-status");
        Duration took = d.duration(r);
        String where = d.token().kind() == stepwise.engine.replay.TokenKind.EXECUTION ? "" : "  \u00b7  " + d.token().label();
        Label facts = muted(String.format(Locale.ROOT, "Entered at event %d  \u00b7  %s %s%s", r.event(d.enteredIndex()).id(),
                d.left() == null ? "running for" : "took", Narration.words(took), where)
                + (d.resource() == null ? "" : "  \u00b7  " + d.resource()));
        HBox top = new HBox(8, title, type, chip);
        top.setStyle("-fx-alignment: center-left;");
        return new VBox(2, top, facts);
    }

    private Node mapSection(Replay r, String node) {
        ExecutionPicture p = player.getPicture();
        MapProgress progress = p == null ? null : p.mapProgress(node);
        VBox box = new VBox(4, section("Iterations"));
        box.getChildren().add(new Label(progress == null ? "Not started at this event." : progress.summary()
                + (progress.running() > 0 ? ", " + progress.running() + " running" : "")));
        List<Token> iterations = r.iterationsOf(node);
        if (!iterations.isEmpty()) {
            ComboBox<Token> follow = new ComboBox<>();
            follow.setId("follow-iteration");
            follow.getItems().add(null);
            follow.getItems().addAll(iterations.size() > 2000 ? iterations.subList(0, 2000) : iterations);
            follow.setConverter(new StringConverter<>() {
                @Override
                public String toString(Token t) {
                    return t == null ? "All iterations" : "Item " + t.index() + " (from event " + r.event(t.firstEvent()).id() + ")";
                }

                @Override
                public Token fromString(String s) {
                    return null;
                }
            });
            Integer current = player.followedTokenProperty().get();
            follow.setValue(current == null ? null : r.token(current));
            follow.valueProperty().addListener((obs, before, after) -> player.followedTokenProperty().set(after == null ? null
                    : after.id()));
            HBox row = new HBox(6, new Label("Follow"), follow);
            row.setStyle("-fx-alignment: center-left;");
            box.getChildren().add(row);
        }
        return box;
    }

    private Node attempts(Replay r, StepDetails d) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(3);
        String[] heads = {"#", "Called at", "Result", "Then"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("grid-header");
            grid.add(h, c, 0);
        }
        Instant start = r.event(0).timestamp();
        int row = 1;
        for (StepDetails.Attempt a : d.attempts()) {
            grid.add(new Label(Integer.toString(a.number())), 0, row);
            grid.add(new Label("+" + Narration.words(Duration.between(start, a.scheduled()))), 1, row);
            Label result = new Label(a.failed() ? a.error() + (a.cause() == null ? "" : ": " + a.cause())
                    : a.ended() == null ? "waiting for the answer" : "succeeded");
            result.getStyleClass().add(a.failed() ? "attempt-failed" : "attempt-ok");
            result.setWrapText(true);
            result.setMaxWidth(420);
            grid.add(result, 2, row);
            grid.add(new Label(a.backoffAfter() == null ? "" : "retry after " + Narration.words(a.backoffAfter())), 3, row);
            row++;
        }
        return grid;
    }

    private Node stages(StepDetails d) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        com.fasterxml.jackson.databind.JsonNode previous = null;
        for (StepDetails.Stage s : d.stages()) {
            Label name = new Label(s.name());
            name.getStyleClass().add("stage-name");
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            grid.add(name, 0, row);
            if (previous != null && previous.equals(s.value())) {
                Label same = muted("unchanged");
                grid.add(same, 1, row);
            } else {
                var block = JsonBlock.of(s.value(), 10);
                block.setPrefWidth(560);
                grid.add(block, 1, row);
            }
            previous = s.value();
            row++;
        }
        return grid;
    }

    private static boolean isInside(Replay r, String node, String owner) {
        if (owner == null) {
            return false;
        }
        return node.startsWith(owner + "/");
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }
}

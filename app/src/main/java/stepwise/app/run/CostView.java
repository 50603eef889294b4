package stepwise.app.run;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import stepwise.engine.replay.ExecutionCost;
import stepwise.engine.replay.Narration;
import stepwise.engine.replay.Replay;

/** What the execution (up to the player's event) would cost on AWS, as a Standard and as an Express workflow. */
final class CostView extends GridPane {
    private final Player player;
    private final Label transitions = figure();
    private final Label standard = figure();
    private final Label express = figure();
    private final Label standardHow = new Label();
    private final Label expressHow = new Label();

    private final ShownUpdates updates;

    CostView(Player player, javafx.beans.value.ObservableBooleanValue shown) {
        this.player = player;
        this.updates = new ShownUpdates(shown, this::update);
        getStyleClass().add("cost-view");
        setId("cost-view");
        add(new Label("State transitions"), 0, 0);
        add(transitions, 1, 0);
        add(new Label("Standard workflow"), 0, 1);
        add(standard, 1, 1);
        add(standardHow, 2, 1);
        add(new Label("Express workflow"), 0, 2);
        add(express, 1, 2);
        add(expressHow, 2, 2);
        Label prices = new Label(String.format(Locale.ROOT, "AWS list prices in us-east-1 as of %s: $%.3f per 1,000 state transitions;"
                + " Express $%.2f per million requests and $%.8f per GB-second. Free tiers are not counted.",
                ExecutionCost.PRICES_AS_OF, ExecutionCost.STANDARD_PER_TRANSITION * 1000, ExecutionCost.EXPRESS_PER_REQUEST * 1e6,
                ExecutionCost.EXPRESS_PER_GB_SECOND));
        prices.getStyleClass().add("muted");
        prices.setWrapText(true);
        add(prices, 0, 3, 3, 1);
        standardHow.getStyleClass().add("muted");
        expressHow.getStyleClass().add("muted");
        player.positionProperty().addListener((obs, before, after) -> updates.request());
        player.replayProperty().addListener((obs, before, after) -> updates.request());
        updates.now();
    }

    private static Label figure() {
        Label l = new Label("\u2014");
        l.getStyleClass().add("cost-figure");
        return l;
    }

    private void update() {
        Replay r = player.getReplay();
        int k = player.getPosition();
        if (r == null || k == 0) {
            transitions.setText("\u2014");
            standard.setText("\u2014");
            express.setText("\u2014");
            standardHow.setText("");
            expressHow.setText("");
            return;
        }
        ExecutionCost c = ExecutionCost.of(r.events().subList(0, k));
        transitions.setText(String.format(Locale.ROOT, "%,d", c.transitions()));
        standard.setText(ExecutionCost.usd(c.standardUsd()));
        standardHow.setText(String.format(Locale.ROOT, "%,d transition%s \u00d7 $0.000025", c.transitions(), c.transitions() == 1 ? "" : "s"));
        express.setText(ExecutionCost.usd(c.expressUsd()));
        expressHow.setText("1 request + " + Narration.words(c.duration()) + " at 64 MB (billed in 100 ms steps)");
    }
}

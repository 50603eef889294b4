package stepwise.app.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import stepwise.canvas.WorkflowSelection;
import stepwise.engine.replay.Narration;
import stepwise.engine.replay.Replay;
import stepwise.engine.replay.StateStatus;
import stepwise.engine.replay.Timeline;
import stepwise.engine.replay.TokenKind;

/**
 * The Gantt chart of the execution: one row per visit of a state over execution time, with the task's
 * attempts, the backoff between them and waits drawn inside the bar, and a line at the player's event.
 * Only the rows in view are built (a 100,000-event history has tens of thousands of rows); colours come
 * from the style sheet. Clicking a bar moves the player to the state's entry and selects it.
 */
final class TimelineView extends BorderPane {
    static final double ROW = 22;
    static final double LABEL_WIDTH = 190;
    static final double AXIS = 22;

    private final Player player;
    private final WorkflowSelection selection;
    private final Pane chart = new Pane();
    private final ScrollBar scroll = new ScrollBar();
    private Timeline timeline;
    /** While a run grows the history every frame, the chart is worked out again at most twice a second. */
    private static final long REBUILD_WHILE_RUNNING_NS = 500_000_000L;
    private int built = -1;
    private long builtAt;

    private final ShownUpdates updates;
    private final Tooltip tip = new Tooltip();

    TimelineView(Player player, WorkflowSelection selection, javafx.beans.value.ObservableBooleanValue shown) {
        this.player = player;
        this.selection = selection;
        this.updates = new ShownUpdates(shown, this::rebuild);
        getStyleClass().add("timeline-view");
        setId("timeline");
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.valueProperty().addListener((obs, before, after) -> draw());
        chart.setMinSize(0, 0);
        chart.widthProperty().addListener((obs, before, after) -> draw());
        chart.heightProperty().addListener((obs, before, after) -> draw());
        chart.setOnScroll(e -> scroll.setValue(Math.max(0, Math.min(scroll.getMax(), scroll.getValue() - e.getDeltaY() / ROW))));
        setCenter(chart);
        setRight(scroll);
        setBottom(key());
        player.replayProperty().addListener((obs, before, after) -> updates.request());
        player.sizeProperty().addListener((obs, before, after) -> updates.request());
        player.positionProperty().addListener((obs, before, after) -> updates.request());
        player.followProperty().addListener((obs, before, after) -> updates.request());
        Tooltip.install(chart, tip);
        updates.now();
    }

    Timeline timeline() {
        return timeline;
    }

    private HBox key() {
        HBox key = new HBox();
        key.getStyleClass().add("timeline-key");
        key.getChildren().addAll(swatch("segment-attempt", "Task call"), swatch("segment-failed-attempt", "Failed call"),
                swatch("segment-backoff", "Backoff before a retry"), swatch("segment-wait", "Wait"), new StatusLegend());
        return key;
    }

    private static Label swatch(String style, String text) {
        Region r = new Region();
        r.getStyleClass().add(style);
        r.setMinSize(18, 8);
        r.setMaxSize(18, 8);
        Label l = new Label(text, r);
        l.getStyleClass().add("legend-label");
        return l;
    }

    private void rebuild() {
        Replay r = player.getReplay();
        if (r == null || r.size() == 0) {
            timeline = null;
            built = -1;
        } else if (built != r.size() && (built < 0 || !player.followProperty().get()
                || System.nanoTime() - builtAt > REBUILD_WHILE_RUNNING_NS)) {
            timeline = Timeline.of(r);
            built = r.size();
            builtAt = System.nanoTime();
        }
        int rows = timeline == null ? 0 : timeline.bars().size();
        scroll.setMax(Math.max(0, rows - 1));
        scroll.setVisibleAmount(Math.max(1, (chart.getHeight() - AXIS) / ROW));
        draw();
    }

    /** The chart places its children itself: a Pane would size them to their (empty) preferred size. */
    private void place(javafx.scene.Node n) {
        n.setManaged(false);
        chart.getChildren().add(n);
        if (n instanceof Label label) {
            label.applyCss();
            label.autosize();
        }
    }

    private void draw() {
        chart.getChildren().clear();
        double w = chart.getWidth();
        double h = chart.getHeight();
        Region axisBack = new Region();
        axisBack.getStyleClass().add("timeline-axis");
        axisBack.resizeRelocate(0, 0, Math.max(0, w), AXIS);
        place(axisBack);
        if (timeline == null || w <= LABEL_WIDTH + 20) {
            Label empty = new Label(timeline == null ? "The timeline shows each state of an execution over time." : "");
            empty.getStyleClass().add("muted");
            empty.relocate(12, AXIS + 8);
            place(empty);
            return;
        }
        Replay r = player.getReplay();
        int k = player.getPosition();
        long start = timeline.startMs();
        long end = Math.max(start + 1, timeline.endMs());
        double span = w - LABEL_WIDTH - 16;
        double scale = span / (end - start);
        ticks(start, end, scale);
        long now = k == 0 ? start : r.event(k - 1).epochMillis();
        List<Timeline.Bar> bars = timeline.bars();
        int first = (int) Math.floor(scroll.getValue());
        int visible = (int) Math.ceil((h - AXIS) / ROW) + 1;
        String selected = selection.getPrimary();
        for (int i = first; i < Math.min(bars.size(), first + visible); i++) {
            Timeline.Bar b = bars.get(i);
            double y = AXIS + (i - first) * ROW;
            if ((i & 1) == 1) {
                Region stripe = new Region();
                stripe.getStyleClass().add("row-stripe");
                stripe.resizeRelocate(0, y, w, ROW);
                place(stripe);
            }
            Label name = new Label(b.stateName() + tokenWords(r, b));
            name.getStyleClass().add("row-label");
            name.setMaxWidth(LABEL_WIDTH - 12);
            name.relocate(8, y + 3);
            place(name);
            if (b.enteredIndex() >= k) {
                continue;
            }
            long barEnd = b.lastIndex() < k ? b.endMs() : now;
            StateStatus shown = b.lastIndex() < k ? b.outcome() : StateStatus.RUNNING;
            double x0 = LABEL_WIDTH + (b.startMs() - start) * scale;
            double x1 = Math.max(x0 + 3, LABEL_WIDTH + (barEnd - start) * scale);
            Region bar = new Region();
            bar.getStyleClass().add("bar");
            bar.pseudoClassStateChanged(StatusChip.pseudoClass(shown), true);
            bar.pseudoClassStateChanged(stepwise.canvas.StatusPseudoClasses.SELECTED, b.nodeId() != null && b.nodeId().equals(selected));
            bar.resizeRelocate(x0, y + 4, x1 - x0, ROW - 8);
            String words = b.stateName() + ": " + shown.label() + ", " + Narration.words(Duration.ofMillis(barEnd - b.startMs()))
                    + " from +" + Narration.words(Duration.ofMillis(b.startMs() - start));
            bar.setOnMouseEntered(e -> tip.setText(words));
            bar.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    player.pause();
                    player.seek(b.enteredIndex() + 1);
                    if (b.nodeId() != null) {
                        selection.select(b.nodeId(), this);
                    }
                }
            });
            place(bar);
            for (Timeline.Segment s : b.segments()) {
                if (s.startMs() > now) {
                    continue;
                }
                double s0 = LABEL_WIDTH + (s.startMs() - start) * scale;
                double s1 = Math.max(s0 + 2, LABEL_WIDTH + (Math.min(s.endMs(), now) - start) * scale);
                Region seg = new Region();
                seg.getStyleClass().add(switch (s.kind()) {
                    case ATTEMPT -> "segment-attempt";
                    case FAILED_ATTEMPT -> "segment-failed-attempt";
                    case BACKOFF -> "segment-backoff";
                    case WAIT -> "segment-wait";
                });
                seg.setMouseTransparent(true);
                seg.resizeRelocate(s0, y + 8, s1 - s0, ROW - 16);
                place(seg);
            }
        }
        Region line = new Region();
        line.getStyleClass().add("now-line");
        line.setMouseTransparent(true);
        line.resizeRelocate(LABEL_WIDTH + (now - start) * scale, 0, 1.5, h);
        place(line);
    }

    private static String tokenWords(Replay r, Timeline.Bar b) {
        var t = r.token(b.tokenId());
        return t.kind() == TokenKind.EXECUTION ? "" : t.kind() == TokenKind.ITERATION ? "  #" + t.index()
                : "  (branch " + (t.index() + 1) + ")";
    }

    private void ticks(long start, long end, double scale) {
        long span = end - start;
        long[] steps = {1, 5, 10, 50, 100, 500, 1000, 5000, 10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000, 3_600_000,
            6 * 3_600_000L, 86_400_000L, 7 * 86_400_000L};
        long step = steps[steps.length - 1];
        for (long s : steps) {
            if (span / s <= 8) {
                step = s;
                break;
            }
        }
        List<Label> labels = new ArrayList<>();
        for (long t = 0; t <= span; t += step) {
            Label l = new Label("+" + Narration.words(Duration.ofMillis(t)));
            l.getStyleClass().add("axis-label");
            l.relocate(LABEL_WIDTH + t * scale + 2, 4);
            labels.add(l);
            Region tick = new Region();
            tick.getStyleClass().add("now-line");
            tick.setOpacity(0.15);
            tick.resizeRelocate(LABEL_WIDTH + t * scale, AXIS - 6, 1, 6);
            place(tick);
        }
        labels.forEach(this::place);
    }
}

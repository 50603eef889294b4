package stepwise.app.run;

import java.time.Duration;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import stepwise.engine.Execution;
import stepwise.engine.PendingCallback;
import stepwise.engine.replay.Narration;

/**
 * The tasks waiting for a callback ({@code .waitForTaskToken}): Approve sends success with an output,
 * Reject sends failure with an error and a cause, Heartbeat keeps it alive. The run goes on from there.
 */
final class CallbackPanel extends ScrollPane {
    private final LiveRun run;
    private final VBox cards = new VBox(8);

    CallbackPanel(LiveRun run) {
        this.run = run;
        setId("callbacks");
        cards.setStyle("-fx-padding: 8;");
        setContent(cards);
        setFitToWidth(true);
        run.pending().addListener((ListChangeListener<PendingCallback>) c -> update());
        update();
    }

    private void update() {
        cards.getChildren().clear();
        if (run.pending().isEmpty()) {
            Label none = new Label("No task is waiting for a callback. A Task with a .waitForTaskToken resource waits here until you"
                    + " approve or reject it.");
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            cards.getChildren().add(none);
            return;
        }
        for (PendingCallback p : run.pending()) {
            cards.getChildren().add(card(p));
        }
    }

    private VBox card(PendingCallback p) {
        Execution e = run.executionProperty().get();
        Label title = new Label(p.stateName() + " is waiting for its task token");
        title.getStyleClass().add("section-title");
        String timeout = p.timeoutAt() == null ? "no timeout" : "times out after "
                + Narration.words(Duration.between(p.since(), p.timeoutAt()));
        Label facts = new Label("Token " + abbreviate(p.taskToken()) + "  \u00b7  " + timeout);
        facts.getStyleClass().add("muted");
        TextArea output = new TextArea("{\n  \"approved\": true\n}");
        output.getStyleClass().add("json-input");
        output.setPrefRowCount(3);
        output.setId("callback-output");
        TextField error = new TextField("Rejected");
        error.setId("callback-error");
        TextField cause = new TextField("Rejected in Stepwise");
        cause.setId("callback-cause");
        Label problem = new Label();
        problem.getStyleClass().add("attempt-failed");
        problem.setWrapText(true);
        Button approve = new Button("Approve");
        approve.getStyleClass().add("approve");
        approve.setId("callback-approve");
        approve.setOnAction(a -> send(problem, () -> e.sendTaskSuccess(p.taskToken(), output.getText())));
        Button reject = new Button("Reject");
        reject.getStyleClass().add("reject");
        reject.setId("callback-reject");
        reject.setOnAction(a -> send(problem, () -> e.sendTaskFailure(p.taskToken(), blankToNull(error.getText()),
                blankToNull(cause.getText()))));
        Button heartbeat = new Button("Heartbeat");
        heartbeat.setId("callback-heartbeat");
        heartbeat.setOnAction(a -> send(problem, () -> e.sendTaskHeartbeat(p.taskToken())));
        GridPane failure = new GridPane();
        failure.setHgap(6);
        failure.setVgap(4);
        failure.addRow(0, new Label("Error"), error);
        failure.addRow(1, new Label("Cause"), cause);
        VBox card = new VBox(title, facts, new Label("It was sent:"), JsonBlock.of(p.parameters(), 6), new Label("Output to send"),
                output, new HBox(6, approve, heartbeat), failure, reject, problem);
        card.getStyleClass().add("callback-card");
        return card;
    }

    private static void send(Label problem, Runnable action) {
        try {
            action.run();
            problem.setText("");
        } catch (IllegalArgumentException ex) {
            problem.setText(ex.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String token) {
        return token.length() <= 16 ? token : token.substring(0, 8) + "\u2026" + token.substring(token.length() - 6);
    }
}

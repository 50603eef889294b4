package stepwise.app.bench;

import java.io.PrintStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.HistoryEvent;
import stepwise.engine.TaskHandler;
import stepwise.engine.Workflow;
import stepwise.engine.replay.AwsHistory;
import stepwise.engine.replay.Narration;
import stepwise.engine.replay.Replay;
import stepwise.engine.replay.StepDetails;
import stepwise.engine.replay.Timeline;
import stepwise.model.AslDocument;

/**
 * {@code stepwise bench replay}: the player's work without a window, on a 1,000-state workflow whose
 * execution writes over 100,000 events. Loading (reading AWS JSON, then indexing with checkpoints;
 * together under 2 s), the picture at a random event (under 50 ms), one step, the step details and
 * caption of a random event, and the timeline of the whole history.
 */
public final class ReplayBenchmark implements Benchmark {
    static final int STATES = 1000;
    static final int ROUNDS = 50;

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String description() {
        return "1,000 states, 100,000+ events: load (< 2 s), picture at any event (< 50 ms), step, details, timeline";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        String asl = loop(STATES);
        AslDocument document = AslDocument.of(asl);
        Execution e = Workflow.load(document).run("{\"n\": " + ROUNDS + "}", ExecutionOptions.defaults()
                .withStartTime(Instant.parse("2024-05-01T12:00:00Z")).withLimits(ExecutionLimits.unlimited()), TaskHandler.none());
        List<HistoryEvent> events = e.history();
        StringWriter text = new StringWriter();
        AwsHistory.write(events, text);
        String json = text.toString();
        out.printf("workflow: %,d states; history: %,d events, %,d characters of AWS JSON%n", document.graph().nodes().size(),
                events.size(), json.length());

        Timing read = Timing.of(2, 5, () -> AwsHistory.read(json).events());
        out.println(read.line("read the AWS JSON", 2000));
        Timing index = Timing.of(3, 7, () -> Replay.of(document.graph(), events));
        out.println(index.line("index + checkpoints (Replay.of)", 2000));
        Timing load = Timing.of(1, 5, () -> Replay.of(document.graph(), AwsHistory.read(json).events()));
        out.println(load.line("load: read + index", 2000));

        Replay replay = Replay.of(document.graph(), events);
        Random random = new Random(42);
        Timing picture = Timing.of(200, 501, () -> replay.pictureAt(random.nextInt(replay.size() + 1)));
        out.println(picture.line("picture at a random event", 50));
        int[] k = {replay.size() / 2};
        Timing step = Timing.of(200, 501, () -> {
            k[0] = k[0] + 1 >= replay.size() ? 1 : k[0] + 1;
            return replay.pictureAt(k[0]);
        });
        out.println(step.line("step forward one event", 50));
        Timing back = Timing.of(200, 501, () -> {
            k[0] = k[0] <= 1 ? replay.size() : k[0] - 1;
            return replay.pictureAt(k[0]);
        });
        out.println(back.line("step back one event", 50));
        Timing details = Timing.of(50, 101, () -> {
            int at = 1 + random.nextInt(replay.size());
            String node = replay.nodeIdOf(at - 1);
            return node == null ? null : StepDetails.of(replay, node, at, -1);
        });
        out.println(details.line("step details at a random event", 50));
        Timing caption = Timing.of(50, 101, () -> Narration.caption(replay, 1 + random.nextInt(replay.size())));
        out.println(caption.line("teaching caption at a random event", 50));
        Timing timeline = Timing.of(3, 7, () -> Timeline.of(replay));
        out.println(timeline.line("timeline of the whole history", 2000));

        AslDocument map = AslDocument.of(MAP);
        StringBuilder items = new StringBuilder("{\"items\": [");
        for (int i = 0; i < MAP_ITEMS; i++) {
            items.append(i == 0 ? "" : ",").append("{\"n\": ").append(i).append('}');
        }
        List<HistoryEvent> mapEvents = Workflow.load(map).run(items.append("]}").toString(), ExecutionOptions.defaults()
                .withStartTime(Instant.parse("2024-05-01T12:00:00Z")).withLimits(ExecutionLimits.unlimited()), TaskHandler.none())
                .history();
        Replay mapReplay = Replay.of(map.graph(), mapEvents);
        out.printf("Map of %,d items: %,d events, %,d tokens%n", MAP_ITEMS, mapEvents.size(), mapReplay.tokens().size());
        Timing mapIndex = Timing.of(3, 7, () -> Replay.of(map.graph(), mapEvents));
        out.println(mapIndex.line("index + checkpoints (Map)", 2000));
        Timing mapPicture = Timing.of(200, 501, () -> mapReplay.pictureAt(random.nextInt(mapReplay.size() + 1)));
        out.println(mapPicture.line("picture at a random event (Map)", 50));
        String pack = "/States/Items/ItemProcessor/States/Pack";
        Timing follow = Timing.of(50, 101, () -> {
            List<stepwise.engine.replay.Token> its = mapReplay.iterationsOf("/States/Items");
            stepwise.engine.replay.Token t = its.get(random.nextInt(its.size()));
            return mapReplay.pictureOfToken(t.id(), Math.min(mapReplay.size(), t.firstEvent() + 4));
        });
        out.println(follow.line("picture of one followed iteration (Map)", 50));
        Timing mapDetails = Timing.of(50, 101, () -> StepDetails.of(mapReplay, pack, 1 + random.nextInt(mapReplay.size()), -1));
        out.println(mapDetails.line("step details of an inner state (Map)", 50));
    }

    static final int MAP_ITEMS = 10_000;
    static final String MAP = """
            {"StartAt": "Items", "States": {"Items": {"Type": "Map", "ItemsPath": "$.items", "End": true,
              "ItemProcessor": {"StartAt": "Weigh", "States": {
                "Weigh": {"Type": "Pass", "Parameters": {"n.$": "$.n", "kg.$": "States.MathAdd($.n, 1)"}, "Next": "Pack"},
                "Pack": {"Type": "Pass", "End": true}}}}}}
            """;

    /** {@code states} Pass states in a ring, the last counting {@code $.n} down, a Choice going round again while n > 0. */
    public static String loop(int states) {
        StringBuilder sb = new StringBuilder("{\"Comment\": \"A ring of Pass states run again and again\", \"StartAt\": \"S0\","
                + " \"States\": {");
        for (int i = 0; i < states - 3; i++) {
            sb.append("\"S").append(i).append("\": {\"Type\": \"Pass\", \"Next\": \"S").append(i + 1).append("\"},");
        }
        sb.append("\"S").append(states - 3).append("\": {\"Type\": \"Pass\", \"Parameters\": {\"n.$\": \"States.MathAdd($.n, -1)\"},"
                + " \"Next\": \"Again?\"},");
        sb.append("\"Again?\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\", \"NumericGreaterThan\": 0, \"Next\": \"S0\"}],"
                + " \"Default\": \"Done\"},");
        sb.append("\"Done\": {\"Type\": \"Succeed\"}}}");
        return sb.toString();
    }
}

package stepwise.app.cli;

import java.util.Map;
import stepwise.canvas.diagram.StateStatus;
import stepwise.engine.replay.AwsHistory;
import stepwise.engine.replay.HistoryFormatException;
import stepwise.engine.replay.Replay;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import stepwise.canvas.diagram.ThemePalette;
import stepwise.canvas.export.WorkflowExport;
import stepwise.canvas.layout.LayoutFile;
import stepwise.canvas.layout.LayoutPins;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;

/**
 * {@code stepwise export FILE (--svg OUT.svg | --png OUT.png) [--scale S] [--theme light|dark]
 * [--history HIST.json [--at-event K]]}: draws the workflow as the canvas does (with the positions pinned in
 * its sidecar layout file), without a display; with a history, as the execution looked at event K.
 */
public final class ExportCommand implements CliCommand {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "draw a workflow as an SVG or PNG picture";
    }

    @Override
    public String usage() {
        return """
                stepwise export FILE (--svg OUT.svg | --png OUT.png) [--scale S] [--theme light|dark]
                                [--history HIST.json [--at-event K]]

                Draws FILE as the canvas does, with the positions pinned in its layout file if it has one.
                  --svg OUT     write an SVG picture: a <g class="state TYPE" data-state="NAME"> per state and
                                a <g class="edge KIND" data-from="NAME" data-to="NAME"> per transition
                  --png OUT     write a PNG image
                  --scale S     PNG pixels per canvas unit, above 0 and at most 8 (default 1)
                  --theme T     light (default) or dark
                  --history H   draw an execution of FILE: H is its history as `aws stepfunctions
                                get-execution-history` prints it (or the console's export); each state's group
                                also carries its status class: running, succeeded, failed, caught, aborted, not-run
                  --at-event K  the event to draw the execution at, 0 to the number of events (default: the last)""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        Path input = null;
        Path svg = null;
        Path png = null;
        double scale = 1;
        ThemePalette.Theme theme = ThemePalette.Theme.LIGHT;
        Path history = null;
        Integer atEvent = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--svg" -> svg = Path.of(value(args, ++i, a));
                case "--png" -> png = Path.of(value(args, ++i, a));
                case "--scale" -> scale = scale(value(args, ++i, a));
                case "--theme" -> theme = theme(value(args, ++i, a));
                case "--history" -> history = Path.of(value(args, ++i, a));
                case "--at-event" -> atEvent = event(value(args, ++i, a));
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (input != null) {
                        throw new UsageException("one workflow at a time (got " + input + " and " + a + ")");
                    }
                    input = Path.of(a);
                }
            }
        }
        if (input == null) {
            throw new UsageException("which workflow? name a FILE");
        }
        if (svg == null && png == null) {
            throw new UsageException("say where to write the picture: --svg OUT.svg or --png OUT.png");
        }
        if (atEvent != null && history == null) {
            throw new UsageException("--at-event goes with --history HIST.json");
        }
        AslDocument document = WorkflowInput.read(input.toString(), name(), io.err());
        if (document == null) {
            return 2;
        }
        if (document.hasSyntaxErrors() || document.graph() == null) {
            Diagnostic d = document.syntaxDiagnostics().isEmpty() ? null : document.syntaxDiagnostics().get(0);
            io.err().println(d == null ? "stepwise export: " + input + ": not a workflow (a JSON object with StartAt and States)"
                    : String.format(Locale.ROOT, "%s:%d:%d: %s", input, d.line(), d.column(), d.message()));
            return 1;
        }
        LayoutPins pins;
        try {
            pins = LayoutFile.read(input);
        } catch (IOException e) {
            io.err().println("stepwise export: ignoring the layout file: " + e.getMessage());
            pins = LayoutPins.NONE;
        }
        WorkflowExport.Options options = WorkflowExport.Options.defaults().withTheme(theme).withScale(scale);
        var graph = document.graph();
        if (history != null) {
            Map<String, StateStatus> statuses = statusesAt(graph, history, atEvent, io);
            if (statuses == null) {
                return history.toFile().isFile() ? 1 : 2;
            }
            options = options.withStatuses(statuses);
        }
        var layout = new stepwise.canvas.layout.WorkflowLayouter().layout(graph, pins);
        try {
            if (svg != null) {
                Files.writeString(svg, WorkflowExport.svg(graph, layout, options));
                io.out().println("wrote " + svg);
            }
            if (png != null) {
                try (OutputStream out = Files.newOutputStream(png)) {
                    WorkflowExport.writePng(WorkflowExport.image(graph, layout, options), out);
                }
                io.out().println("wrote " + png);
            }
        } catch (IllegalArgumentException e) {
            io.err().println("stepwise export: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            io.err().println("stepwise export: cannot write: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** Each state's status at event {@code k} (default: the last) of the history in {@code file}, or null after saying why. */
    private static Map<String, StateStatus> statusesAt(stepwise.model.graph.WorkflowGraph graph, Path file, Integer k, CliIO io) {
        AwsHistory.Imported imported;
        try (java.io.Reader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            imported = AwsHistory.read(in);
        } catch (IOException e) {
            io.err().println("stepwise export: cannot read " + file + ": " + e.getMessage());
            return null;
        } catch (HistoryFormatException e) {
            io.err().println("stepwise export: " + file + ": " + e.getMessage());
            return null;
        }
        Replay replay = Replay.of(graph, imported.events());
        int at = k == null ? replay.size() : k;
        if (at > replay.size()) {
            io.err().println("stepwise export: --at-event " + at + " is past the history's last event (" + replay.size() + ")");
            return null;
        }
        if (!replay.unknownStates().isEmpty()) {
            io.err().println("stepwise export: the history names states this workflow does not have: "
                    + String.join(", ", replay.unknownStates()));
        }
        Map<String, StateStatus> out = new java.util.LinkedHashMap<>();
        replay.pictureAt(at).statuses().forEach((id, s) -> out.put(id, StateStatus.valueOf(s.name())));
        return out;
    }

    private static int event(String text) throws UsageException {
        try {
            int k = Integer.parseInt(text);
            if (k >= 0) {
                return k;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--at-event takes an event number from 0, not " + text);
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static double scale(String text) throws UsageException {
        try {
            double s = Double.parseDouble(text);
            if (s > 0 && s <= 8) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--scale takes a number above 0 and at most 8, not " + text);
    }

    private static ThemePalette.Theme theme(String text) throws UsageException {
        try {
            return ThemePalette.Theme.named(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--theme is light or dark, not " + text);
        }
    }
}

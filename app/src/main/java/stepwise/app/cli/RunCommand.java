package stepwise.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import stepwise.engine.ClockMode;
import stepwise.engine.Execution;
import stepwise.engine.ExecutionLimits;
import stepwise.engine.ExecutionOptions;
import stepwise.engine.ExecutionStatus;
import stepwise.engine.InvalidDefinitionException;
import stepwise.engine.MockConfigFile;
import stepwise.engine.TaskHandler;
import stepwise.engine.Workflow;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;

/** {@code stepwise run}: runs a workflow locally (one file, a batch of NDJSON requests, or a benchmark). */
public final class RunCommand implements CliCommand {
    private static final List<String> VALUED = List.of("--input", "--mocks", "--test-case", "--state-machine", "--history", "--name",
            "--seed", "--start-time", "--allow-host", "--s3-bucket", "--max-events", "--repeat", "--role-arn");
    private static final List<String> FLAGS = List.of("--batch", "--stats", "--no-history", "--real-clock");

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "run a workflow locally and print its result";
    }

    @Override
    public String usage() {
        return """
                stepwise run FILE [--input JSON|@FILE] [--mocks MOCKFILE --test-case NAME] [--history OUT.json] [--name NAME]
                stepwise run --batch   < requests.ndjson > results.ndjson
                stepwise run FILE --input JSON|@FILE --repeat N --stats [--no-history]

                Runs FILE (Amazon States Language JSON) on a virtual clock and prints {"status", "output"} or
                {"status", "error", "cause"}. Exit code 0 when the execution SUCCEEDED, 1 otherwise.

                  --input JSON|@FILE        the execution input (default {})
                  --mocks MOCKFILE          mocked task responses (Step Functions Local MockConfigFile format)
                  --test-case NAME          the test case of the mock file to use
                  --state-machine NAME      the state machine's name (default: the mock file's only one, else the file name)
                  --history OUT.json        write the history as `aws stepfunctions get-execution-history` prints it
                  --name NAME               the execution's name
                  --seed N                  seed for generated names, tokens, random functions and jitter (default 0)
                  --role-arn ARN            the execution role ($$.Execution.RoleArn)
                  --start-time ISO          the execution's start time (default now)
                  --real-clock              let Waits, retries and timeouts take real time
                  --allow-host HOST         let http:invoke tasks call HOST (repeatable)
                  --s3-bucket NAME=FOLDER   a local folder standing for an S3 bucket, for ItemReader (repeatable)
                  --max-events N            the history limit (default 25000; 0 for none)

                --batch reads one request a line on stdin: {"id", "definition", "input", "mockConfig",
                "stateMachineName", "testCase", optional "executionName", "roleArn"}, and writes one line each, in order:
                {"id", "status", "output" | "error" + "cause", "events": [...]}.

                --repeat N --stats runs N times after a warm-up and prints {"runs", "medianMs", "transitions",
                "transitionsPerSecond"}; the history limit is off unless --max-events is given.
                --no-history runs without recording the history.""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws Exception {
        CliArgs a = CliArgs.parse(args, VALUED, FLAGS);
        if (a.has("--batch")) {
            if (!a.positional().isEmpty()) {
                throw new UsageException("--batch reads its requests from stdin and takes no FILE");
            }
            return batch(a, io);
        }
        if (a.positional().size() != 1) {
            throw new UsageException(a.positional().isEmpty() ? "which workflow? give a FILE" : "give one FILE");
        }
        Path file = Path.of(a.positional().get(0));
        AslDocument document = WorkflowInput.read(file.toString(), name(), io.err());
        if (document == null) {
            return 2;
        }
        Workflow workflow;
        try {
            workflow = Workflow.load(document);
        } catch (InvalidDefinitionException e) {
            io.err().println("stepwise run: " + file + " cannot run:");
            if (e.diagnostics().isEmpty()) {
                for (InvalidDefinitionException.Problem p : e.problems()) {
                    io.err().println("  " + p);
                }
            } else {
                for (Diagnostic d : e.diagnostics()) {
                    io.err().println(WorkflowInput.line(file.toString(), d));
                }
            }
            return 1;
        }
        JsonNode input = a.value("--input") == null ? CliJson.MAPPER.createObjectNode() : CliJson.argument("--input", a.value("--input"));
        String machineName = a.value("--state-machine");
        TaskHandler tasks = TaskHandler.none();
        if (a.value("--mocks") != null) {
            MockConfigFile mocks = mocks(a.value("--mocks"));
            if (machineName == null) {
                machineName = mocks.stateMachines().size() == 1 ? mocks.stateMachines().iterator().next() : baseName(file);
            }
            String testCase = a.value("--test-case");
            if (testCase == null) {
                throw new UsageException("--mocks needs --test-case NAME (the file has " + mocks.testCases(machineName) + ")");
            }
            try {
                tasks = mocks.testCase(machineName, testCase);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        } else if (a.value("--test-case") != null) {
            throw new UsageException("--test-case needs --mocks MOCKFILE");
        }
        boolean bench = a.has("--repeat") || a.has("--stats");
        ExecutionOptions options = options(a, machineName == null ? baseName(file) : machineName, bench);
        if (bench) {
            return benchmark(a, io, workflow, input, options, tasks);
        }
        Execution e = workflow.run(input, options, tasks);
        io.out().println(ExecutionReport.line(null, e, false));
        if (a.value("--history") != null) {
            Path out = Path.of(a.value("--history"));
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                ExecutionReport.writeHistory(e.history(), w);
            } catch (IOException ex) {
                io.err().println("stepwise run: cannot write " + out + ": " + ex.getMessage());
                return 2;
            }
        }
        return e.status() == ExecutionStatus.SUCCEEDED ? 0 : 1;
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        for (String ext : new String[] {".asl.json", ".json", ".asl.yaml", ".yaml"}) {
            if (n.endsWith(ext)) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }

    private static MockConfigFile mocks(String path) throws UsageException {
        try {
            return MockConfigFile.parse(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot read --mocks file " + path + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(path + ": " + e.getMessage());
        }
    }

    private static ExecutionOptions options(CliArgs a, String machineName, boolean bench) throws UsageException {
        ExecutionOptions o = ExecutionOptions.defaults().withStateMachineName(machineName);
        if (a.value("--name") != null) {
            o = o.withExecutionName(a.value("--name"));
        }
        if (a.value("--seed") != null) {
            try {
                o = o.withSeed(Long.parseLong(a.value("--seed")));
            } catch (NumberFormatException e) {
                throw new UsageException("--seed takes a whole number");
            }
        }
        if (a.value("--start-time") != null) {
            try {
                o = o.withStartTime(Instant.parse(a.value("--start-time")));
            } catch (DateTimeParseException e) {
                throw new UsageException("--start-time takes an ISO-8601 instant such as 2024-05-01T12:00:00Z");
            }
        }
        if (a.value("--role-arn") != null) {
            o = o.withRoleArn(a.value("--role-arn"));
        }
        if (a.has("--real-clock")) {
            o = o.withClock(ClockMode.REAL);
        }
        Set<String> hosts = new HashSet<>();
        for (String h : a.values("--allow-host")) {
            hosts.add(h.toLowerCase(Locale.ROOT));
        }
        o = o.withAllowedHttpHosts(hosts);
        Map<String, Path> buckets = new HashMap<>();
        for (String b : a.values("--s3-bucket")) {
            int eq = b.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--s3-bucket takes NAME=FOLDER");
            }
            buckets.put(b.substring(0, eq), Path.of(b.substring(eq + 1)).toAbsolutePath());
        }
        o = o.withS3Buckets(buckets);
        ExecutionLimits limits = ExecutionLimits.AWS;
        if (bench) {
            limits = limits.withMaxHistoryEvents(0);
        }
        if (a.value("--max-events") != null) {
            limits = limits.withMaxHistoryEvents(a.intValue("--max-events", 0));
        }
        o = o.withLimits(limits);
        if (a.has("--no-history")) {
            if (!bench) {
                throw new UsageException("--no-history goes with --repeat/--stats");
            }
            o = o.withRecordHistory(false);
        }
        return o;
    }

    private static int benchmark(CliArgs a, CliIO io, Workflow workflow, JsonNode input, ExecutionOptions options, TaskHandler tasks)
            throws InterruptedException, UsageException {
        int runs = a.intValue("--repeat", 10);
        if (runs < 1) {
            throw new UsageException("--repeat takes a number of runs of at least 1");
        }
        int warmUp = Math.max(3, Math.min(runs, 5));
        Execution last = null;
        for (int i = 0; i < warmUp; i++) {
            last = workflow.run(input, options, tasks);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = workflow.run(input, options, tasks);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        long transitions = last.transitions();
        var out = CliJson.MAPPER.createObjectNode();
        out.put("runs", runs);
        out.put("medianMs", Math.round(median * 100) / 100.0);
        out.put("transitions", transitions);
        out.put("transitionsPerSecond", Math.round(transitions / (median / 1000)));
        io.out().println(CliJson.write(out));
        if (last.status() != ExecutionStatus.SUCCEEDED) {
            io.err().println("stepwise run: the benchmarked execution ended " + last.status() + ": " + last.error() + ": " + last.cause());
            return 1;
        }
        return 0;
    }

    private int batch(CliArgs a, CliIO io) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
        Map<String, Workflow> compiled = new HashMap<>();
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            io.out().println(batchLine(line, lineNumber, compiled));
            io.out().flush();
        }
        return 0;
    }

    private String batchLine(String line, int lineNumber, Map<String, Workflow> compiled) throws InterruptedException {
        JsonNode request;
        try {
            request = CliJson.parse(line);
        } catch (JsonProcessingException e) {
            return ExecutionReport.problem(null, "InvalidRequest", "line " + lineNumber + " is not JSON: " + CliJson.describe(e));
        }
        String id = request.path("id").isTextual() ? request.path("id").textValue() : request.has("id") ? request.get("id").toString()
                : null;
        JsonNode definition = request.get("definition");
        if (definition == null || !definition.isObject()) {
            return ExecutionReport.problem(id, "InvalidRequest", "line " + lineNumber + " needs \"definition\", a state machine object");
        }
        String text = CliJson.write(definition);
        Workflow workflow = compiled.get(text);
        if (workflow == null) {
            try {
                workflow = Workflow.parse(text);
            } catch (InvalidDefinitionException e) {
                return ExecutionReport.problem(id, "InvalidDefinition", e.getMessage());
            }
            compiled.put(text, workflow);
        }
        JsonNode input = request.has("input") ? request.get("input") : CliJson.MAPPER.createObjectNode();
        String machineName = request.path("stateMachineName").asText("StateMachine");
        TaskHandler tasks = TaskHandler.none();
        if (request.hasNonNull("mockConfig")) {
            try {
                MockConfigFile mocks = MockConfigFile.of(request.get("mockConfig"));
                if (!request.has("stateMachineName") && mocks.stateMachines().size() == 1) {
                    machineName = mocks.stateMachines().iterator().next();
                }
                String testCase = request.path("testCase").asText(null);
                if (testCase == null) {
                    return ExecutionReport.problem(id, "InvalidRequest", "a request with mockConfig needs \"testCase\"");
                }
                tasks = mocks.testCase(machineName, testCase);
            } catch (IllegalArgumentException e) {
                return ExecutionReport.problem(id, "InvalidRequest", e.getMessage());
            }
        }
        ExecutionOptions options = ExecutionOptions.defaults().withStateMachineName(machineName)
                .withExecutionName(request.path("executionName").asText(null))
                .withRoleArn(request.path("roleArn").asText(null));
        Execution e = workflow.run(input, options, tasks);
        return ExecutionReport.line(id, e, true);
    }
}

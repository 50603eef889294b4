package stepwise.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import stepwise.app.Version;

/**
 * The command line. Exit codes: 0 success, 1 the command's own failure (errors found, execution
 * failed), 2 usage or unreadable input, 3 an internal error (reported in one line, never a stack trace).
 */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private static final List<CliCommand> COMMANDS = List.of(
            new ValidateCommand(),
            new RunCommand(),
            new TestStateCommand(),
            new FormatCommand(),
            new EditFileCommand(),
            new ExportCommand(),
            new BenchCommand());

    private final CliIO io;
    private final Map<String, CliCommand> commands = new LinkedHashMap<>();

    public Cli(InputStream in, PrintStream out, PrintStream err) {
        this.io = new CliIO(in, out, err);
        for (CliCommand c : COMMANDS) {
            commands.put(c.name(), c);
        }
    }

    public static boolean isCommand(String word) {
        return COMMANDS.stream().anyMatch(c -> c.name().equals(word)) || word.equals("help");
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printHelp(io.out());
            return 0;
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            io.out().println("stepwise " + Version.get());
            return 0;
        }
        CliCommand command = commands.get(args[0]);
        if (command == null) {
            io.err().println("stepwise: unknown command '" + args[0] + "' (see stepwise --help)");
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            io.out().println(command.usage());
            return 0;
        }
        try {
            return command.run(rest, io);
        } catch (UsageException e) {
            io.err().println("stepwise " + command.name() + ": " + e.getMessage());
            io.err().println("usage: " + firstLine(command.usage()));
            return 2;
        } catch (OutOfMemoryError e) {
            io.err().println("stepwise " + command.name() + ": out of memory (raise -Xmx)");
            return 3;
        } catch (Exception | StackOverflowError e) {
            LOG.log(Level.SEVERE, "internal error in " + command.name(), e);
            io.err().println("stepwise " + command.name() + ": internal error: " + e + " (details in the log file)");
            return 3;
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void printHelp(PrintStream out) {
        out.println("Stepwise " + Version.get() + ": a studio for Amazon States Language workflows.");
        out.println();
        out.println("usage: stepwise                 open the window");
        out.println("       stepwise FILE...         open files in the window");
        out.println("       stepwise COMMAND ARGS    run a command (stepwise COMMAND --help for its options)");
        out.println();
        out.println("commands:");
        for (CliCommand c : commands.values()) {
            out.printf("  %-12s %s%n", c.name(), c.summary());
        }
        out.println("  --version    print the version");
    }
}

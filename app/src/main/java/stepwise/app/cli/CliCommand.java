package stepwise.app.cli;

import java.util.List;

/** One command of the command line: {@code stepwise NAME ARGS...}. */
public interface CliCommand {
    /** The word that selects it: {@code validate}. */
    String name();

    /** One line for {@code stepwise --help}. */
    String summary();

    /** The full usage text for {@code stepwise NAME --help}. */
    String usage();

    /**
     * Runs the command. User errors are reported on {@code io.err()} in one line and answered with an
     * exit code; they are never thrown.
     * @return the process exit code
     */
    int run(List<String> args, CliIO io) throws Exception;
}

package stepwise.app.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Where a command reads and writes. */
public record CliIO(InputStream in, PrintStream out, PrintStream err) {
}

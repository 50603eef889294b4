package stepwise.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.Syntax;
import stepwise.model.validate.Validator;

/**
 * {@code stepwise validate FILE...}: prints one line per diagnostic, {@code FILE:LINE:COL: error|warning
 * CODE message}, for every file. Exit code 0 when no file has an error, 1 when one has, 2 when a file
 * could not be read (the others are still checked).
 */
public final class ValidateCommand implements CliCommand {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check workflows against the Amazon States Language; one line per problem";
    }

    @Override
    public String usage() {
        return """
                stepwise validate FILE...

                Checks each workflow (JSON, or YAML for .yaml/.yml files) and prints one line per problem:
                  FILE:LINE:COL: error|warning CODE message
                exit code: 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("give at least one file to validate");
        }
        Validator validator = new Validator();
        boolean errors = false;
        boolean unreadable = false;
        for (String name : args) {
            byte[] bytes = read(name, io);
            if (bytes == null) {
                unreadable = true;
                continue;
            }
            List<Diagnostic> diagnostics = validator.check(AslDocument.decode(bytes, Syntax.forFileName(name)));
            for (Diagnostic d : diagnostics) {
                io.out().println(line(name, d));
            }
            errors |= Validator.hasErrors(diagnostics);
        }
        io.out().flush();
        return unreadable ? 2 : errors ? 1 : 0;
    }

    /** {@code FILE:LINE:COL: error CODE message}, on one line whatever the message holds. */
    static String line(String file, Diagnostic d) {
        String message = d.message().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return file + ":" + d.line() + ":" + d.column() + ": " + d.severity().label() + " " + d.code() + " " + message;
    }

    /** The file's bytes, or null after saying on stderr why it cannot be read. */
    private static byte[] read(String name, CliIO io) {
        try {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                io.err().println(name + ": cannot read: it is a directory");
                return null;
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            io.err().println(name + ": cannot read: no such file");
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            String message = e.getMessage();
            io.err().println(name + ": cannot read: " + (message == null ? e.getClass().getSimpleName() : message));
        }
        return null;
    }
}

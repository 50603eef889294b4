package stepwise.app.cli;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
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
            AslDocument document = WorkflowInput.read(name, name(), io.err());
            if (document == null) {
                unreadable = true;
                continue;
            }
            List<Diagnostic> diagnostics = validator.check(document);
            for (Diagnostic d : diagnostics) {
                io.out().println(line(name, d));
            }
            errors |= Validator.hasErrors(diagnostics);
        }
        io.out().flush();
        return unreadable ? 2 : errors ? 1 : 0;
    }

    static String line(String file, Diagnostic d) {
        return WorkflowInput.line(file, d);
    }

}

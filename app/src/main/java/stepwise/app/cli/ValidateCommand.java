package stepwise.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.validate.Validator;
import stepwise.model.validate.WorkflowType;

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
                stepwise validate [--type standard|express] FILE...

                Checks each workflow (JSON, or YAML for .yaml/.yml files) and prints one line per problem:
                  FILE:LINE:COL: error|warning CODE message
                  --type T   the type the workflows are created as (default standard); an Express workflow
                             may not wait for jobs (.sync) or task tokens, nor call activities
                exit code: 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws UsageException {
        WorkflowType type = WorkflowType.STANDARD;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--type")) {
                if (i + 1 == args.size()) {
                    throw new UsageException("--type needs standard or express");
                }
                String t = args.get(++i);
                type = switch (t.toLowerCase(Locale.ROOT)) {
                    case "standard" -> WorkflowType.STANDARD;
                    case "express" -> WorkflowType.EXPRESS;
                    default -> throw new UsageException("--type is standard or express, not " + t);
                };
            } else {
                files.add(args.get(i));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("give at least one file to validate");
        }
        Validator validator = new Validator(type);
        boolean errors = false;
        boolean unreadable = false;
        for (String name : files) {
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

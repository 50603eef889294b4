package stepwise.app.cli;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.State;
import stepwise.model.edit.DeleteState;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.EditException;
import stepwise.model.edit.RenameState;
import stepwise.model.edit.SetField;
import stepwise.model.json.Json;
import stepwise.model.json.JsonPointer;

/**
 * {@code stepwise edit FILE [--rename OLD=NEW]... [--delete NAME]... [--set POINTER=JSON]...
 * [--remove POINTER]... [-o OUT]}: applies the model's commands in the order given and writes the
 * result. Every command changes only the text it concerns; with no command the bytes read are written
 * back as they were.
 */
public final class EditFileCommand implements CliCommand {

    /** One operation from the command line, made into a model command once the document is read. */
    private record Operation(String option, String argument) {
    }

    @Override
    public String name() {
        return "edit";
    }

    @Override
    public String summary() {
        return "rename or delete states and set fields, changing only the text concerned";
    }

    @Override
    public String usage() {
        return """
                stepwise edit FILE [--rename OLD=NEW]... [--delete NAME]... [--set POINTER=JSON]... [--remove POINTER]... [-o OUT]

                Applies the operations in the order given and writes the result to standard output, or to OUT.
                Only the text an operation concerns changes: a rename changes the lines that name the state.
                  --rename OLD=NEW     rename state OLD (at any depth) and every transition to it
                  --delete NAME        delete a state; what led to it leads to its successor
                  --set POINTER=JSON   set the value at a JSON Pointer, e.g. --set '/States/Pay/TimeoutSeconds=30'
                  --remove POINTER     remove the member or item at a JSON Pointer
                  -o OUT               write to OUT instead of standard output
                With no operation the file's bytes are written back unchanged. YAML files are edited in place too.
                Exit codes: 0 done, 1 an operation cannot be carried out, 2 usage or unreadable input.""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws UsageException {
        String file = null;
        String out = null;
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--rename", "--delete", "--set", "--remove", "-o", "--output" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(a + " needs a value");
                    }
                    String value = args.get(++i);
                    if (a.equals("-o") || a.equals("--output")) {
                        out = value;
                    } else {
                        operations.add(new Operation(a, value));
                    }
                }
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (file != null) {
                        throw new UsageException("one file at a time (got " + file + " and " + a + ")");
                    }
                    file = a;
                }
            }
        }
        if (file == null) {
            throw new UsageException("no file given");
        }
        for (Operation op : operations) {
            check(op);
        }
        AslDocument document = WorkflowInput.read(file, name(), io.err());
        if (document == null) {
            return 2;
        }
        if (!operations.isEmpty() && WorkflowInput.reportSyntax(file, document, io.err())) {
            return 2;
        }
        for (Operation op : operations) {
            try {
                EditCommand command = command(op, document);
                document = document.apply(command.edits(document));
            } catch (EditException e) {
                io.err().println("stepwise edit: " + file + ": " + op.option() + " " + op.argument() + ": " + e.getMessage());
                return 1;
            }
            if (document.hasSyntaxErrors()) {
                io.err().println("stepwise edit: " + file + ": " + op.option() + " " + op.argument()
                        + ": the result does not parse; nothing written");
                return 3;
            }
        }
        return WorkflowInput.write(document.encode(), out, name(), io) ? 0 : 1;
    }

    private static void check(Operation op) throws UsageException {
        switch (op.option()) {
            case "--rename" -> {
                int eq = op.argument().indexOf('=');
                if (eq <= 0 || eq == op.argument().length() - 1) {
                    throw new UsageException("--rename takes OLD=NEW, got '" + op.argument() + "'");
                }
            }
            case "--set" -> {
                int eq = op.argument().indexOf('=');
                if (eq < 0) {
                    throw new UsageException("--set takes POINTER=JSON, got '" + op.argument() + "'");
                }
                pointer(op.option(), op.argument().substring(0, eq));
                try {
                    Json.parse(op.argument().substring(eq + 1));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--set " + op.argument() + ": the value is not JSON: " + e.getMessage());
                }
            }
            case "--remove" -> pointer(op.option(), op.argument());
            default -> {
                if (op.argument().isEmpty()) {
                    throw new UsageException(op.option() + " needs a state name");
                }
            }
        }
    }

    private static JsonPointer pointer(String option, String text) throws UsageException {
        try {
            return JsonPointer.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": '" + text + "' is not a JSON Pointer (it starts with '/', e.g. /States/Pay/Comment)");
        }
    }

    private static EditCommand command(Operation op, AslDocument document) throws EditException {
        String arg = op.argument();
        return switch (op.option()) {
            case "--rename" -> {
                int eq = arg.indexOf('=');
                yield new RenameState(statePointer(document, arg.substring(0, eq)), arg.substring(eq + 1));
            }
            case "--delete" -> new DeleteState(statePointer(document, arg));
            case "--set" -> {
                int eq = arg.indexOf('=');
                yield new SetField(JsonPointer.parse(arg.substring(0, eq)), Json.parse(arg.substring(eq + 1)));
            }
            case "--remove" -> SetField.remove(JsonPointer.parse(arg));
            default -> throw new EditException("unknown operation " + op.option());
        };
    }

    /** The pointer of the state named {@code name} at any depth; names are unique in a workflow. */
    private static JsonPointer statePointer(AslDocument document, String name) throws EditException {
        if (document.machine() == null) {
            throw new EditException("the document is not a workflow");
        }
        JsonPointer found = null;
        for (State s : document.machine().allStates()) {
            if (s.name().equals(name)) {
                if (found != null && !found.equals(s.pointer())) {
                    throw new EditException("two states are named \"" + name + "\" (" + found + " and " + s.pointer()
                            + "); rename one in the editor first");
                }
                found = s.pointer();
            }
        }
        if (found == null) {
            throw new EditException("there is no state named \"" + name + "\"");
        }
        return found;
    }
}

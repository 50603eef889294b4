package stepwise.app.cli;

import java.util.Arrays;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;
import stepwise.model.edit.JsonWriter;
import stepwise.model.yaml.YamlWriter;

/**
 * {@code stepwise format FILE [--check] [-o OUT]}: writes the workflow in canonical form (two-space
 * indentation, keys in their order, the file's line breaks and byte-order mark). {@code --check}
 * writes nothing and exits 1 when the file is not in that form.
 */
public final class FormatCommand implements CliCommand {

    @Override
    public String name() {
        return "format";
    }

    @Override
    public String summary() {
        return "pretty-print a workflow (two-space indent, key order kept); --check tests it";
    }

    @Override
    public String usage() {
        return """
                stepwise format FILE [--check] [-o OUT]

                Writes FILE in canonical form to standard output, or to OUT: two-space indentation, one
                member per line, keys in the order written, the file's own line breaks. YAML files
                (.asl.yaml, .asl.yml) are written as block-style YAML; a YAML file with comments is not
                rewritten, since the canonical form cannot keep them.
                  --check   write nothing; exit 0 when FILE is formatted, 1 when it is not
                  -o OUT    write to OUT instead of standard output
                Exit codes: 0 done, 1 not formatted (--check) or not writable as asked, 2 usage or unreadable input.""";
    }

    @Override
    public int run(List<String> args, CliIO io) throws UsageException {
        String file = null;
        String out = null;
        boolean check = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--check" -> check = true;
                case "-o", "--output" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(a + " needs a file name");
                    }
                    out = args.get(++i);
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
        if (check && out != null) {
            throw new UsageException("--check writes nothing; leave out -o");
        }
        AslDocument document = WorkflowInput.read(file, name(), io.err());
        if (document == null) {
            return 2;
        }
        if (WorkflowInput.reportSyntax(file, document, io.err())) {
            return 2;
        }
        String newline = document.style().newline();
        String formatted = document.syntax() == Syntax.YAML
                ? new YamlWriter("  ", newline, true).document(document.root())
                : JsonWriter.canonical(document.root(), newline);
        byte[] bytes = document.withText(formatted).encode();
        if (check) {
            if (Arrays.equals(bytes, document.encode())) {
                return 0;
            }
            io.err().println(file + ": not formatted");
            return 1;
        }
        if (document.syntax() == Syntax.YAML && hasComments(document)) {
            io.err().println("stepwise format: " + file + ": the YAML has comments, which the canonical form would drop; not written");
            return 1;
        }
        return WorkflowInput.write(bytes, out, name(), io) ? 0 : 1;
    }

    /** True when a {@code #} stands outside the values of the YAML: a comment. */
    static boolean hasComments(AslDocument document) {
        String text = document.text();
        for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
            if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
                var pointer = document.pointerAt(i);
                var value = pointer == null ? null : document.at(pointer);
                if (value == null || !(value.span().contains(i)) || value.isObject() || value.isArray()) {
                    return true;
                }
            }
        }
        return false;
    }
}

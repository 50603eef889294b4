package stepwise.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import stepwise.app.WorkflowFiles;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;

/** Reading a workflow file for a command, reporting what makes it unusable in one line each. */
final class WorkflowInput {
    private WorkflowInput() {
    }

    /** The document in {@code file}, or null after reporting why it cannot be read. */
    static AslDocument read(String file, String command, PrintStream err) {
        Path path = Path.of(file);
        try {
            if (!Files.exists(path)) {
                err.println("stepwise " + command + ": " + file + ": no such file");
                return null;
            }
            if (Files.isDirectory(path)) {
                err.println("stepwise " + command + ": " + file + ": is a directory");
                return null;
            }
            return WorkflowFiles.read(path);
        } catch (NoSuchFileException e) {
            err.println("stepwise " + command + ": " + file + ": no such file");
        } catch (AccessDeniedException e) {
            err.println("stepwise " + command + ": " + file + ": permission denied");
        } catch (IOException | OutOfMemoryError e) {
            err.println("stepwise " + command + ": " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        return null;
    }

    /** Prints the document's syntax and encoding errors as {@code FILE:LINE:COL: error CODE message}; true when there were any. */
    static boolean reportSyntax(String file, AslDocument document, PrintStream err) {
        for (Diagnostic d : document.syntaxDiagnostics()) {
            err.println(line(file, d));
        }
        return document.hasSyntaxErrors();
    }

    /** {@code FILE:LINE:COL: error CODE message}, on one line whatever the message holds. */
    static String line(String file, Diagnostic d) {
        String message = d.message().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return file + ":" + d.line() + ":" + d.column() + ": " + d.severity().label() + " " + d.code() + " " + message;
    }

    /** Writes {@code bytes} to {@code out} (atomically) or to standard output when {@code out} is null; false after reporting a failure. */
    static boolean write(byte[] bytes, String out, String command, CliIO io) {
        if (out == null) {
            io.out().write(bytes, 0, bytes.length);
            io.out().flush();
            return true;
        }
        try {
            WorkflowFiles.writeAtomically(Path.of(out), bytes);
            return true;
        } catch (IOException e) {
            io.err().println("stepwise " + command + ": " + out + ": cannot be written (" + e.getMessage() + ")");
            return false;
        }
    }
}

package stepwise.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.Syntax;

/** Runs a command the way the app does (through a session) and checks what every command promises. */
final class Edits {
    private Edits() {
    }

    /** The text after {@code command}; checks that it parses and that undo gives back the exact text. */
    static String run(String text, EditCommand command) throws EditException {
        return run(AslDocument.of(text, Syntax.JSON), command);
    }

    static String runYaml(String text, EditCommand command) throws EditException {
        return run(AslDocument.of(text, Syntax.YAML), command);
    }

    static String run(AslDocument document, EditCommand command) throws EditException {
        WorkflowSession session = new WorkflowSession(document);
        assertTrue(session.execute(command, null), "the command changed nothing");
        String after = session.text();
        AslDocument parsed = document.withText(after);
        assertFalse(parsed.hasSyntaxErrors(), () -> "the result does not parse: " + parsed.syntaxDiagnostics() + "\n" + after);
        assertEquals(command.description(), session.undoDescription());
        session.undo();
        assertEquals(document.text(), session.text(), "undo restores the exact text");
        session.redo();
        assertEquals(after, session.text(), "redo gives the same text again");
        return after;
    }

    /** The 1-based numbers of the lines that differ between two texts of as many lines. */
    static List<Integer> differingLines(String before, String after) {
        String[] a = before.split("\r?\n", -1);
        String[] b = after.split("\r?\n", -1);
        assertEquals(a.length, b.length, "the edit keeps the number of lines");
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** The lines of {@code before} that are not in {@code after}, and the other way round, in order. */
    static List<String> changedLines(String before, String after) {
        List<String> a = List.of(before.split("\r?\n", -1));
        List<String> b = List.of(after.split("\r?\n", -1));
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<String> out = new ArrayList<>();
        for (String s : a.subList(start, endA)) {
            out.add("-" + s);
        }
        for (String s : b.subList(start, endB)) {
            out.add("+" + s);
        }
        return out;
    }
}

package stepwise.app.editor;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * The keys that make the area a code editor: Enter keeps the indentation (one level more after an
 * opening bracket or a YAML key), brackets and quotes close themselves and are typed over, Backspace
 * removes an empty pair, Tab indents with the file's unit; and the editor's shortcuts (completion,
 * find, replace, go to line, undo and redo on the shared stack).
 */
final class EditorKeys {
    private final JsonEditor editor;
    private final CodeArea area;

    EditorKeys(JsonEditor editor, CodeArea area) {
        this.editor = editor;
        this.area = area;
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private void pressed(KeyEvent e) {
        if (e.isConsumed()) {
            return;
        }
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        if (shortcut && code == KeyCode.SPACE) {
            editor.showCompletion(true);
        } else if (shortcut && code == KeyCode.F) {
            editor.findBar().open(false);
        } else if (shortcut && code == KeyCode.H) {
            editor.findBar().open(true);
        } else if (shortcut && (code == KeyCode.G || code == KeyCode.L)) {
            editor.showGoToLine();
        } else if (shortcut && code == KeyCode.Z) {
            if (e.isShiftDown()) {
                editor.redo();
            } else {
                editor.undo();
            }
        } else if (shortcut && code == KeyCode.Y) {
            editor.redo();
        } else if (shortcut && e.isShiftDown() && code == KeyCode.OPEN_BRACKET) {
            editor.foldAtCaret();
        } else if (shortcut && e.isShiftDown() && code == KeyCode.CLOSE_BRACKET) {
            editor.unfoldAtCaret();
        } else if (code == KeyCode.ENTER && !shortcut && !e.isAltDown() && area.isEditable()) {
            newline();
        } else if (code == KeyCode.BACK_SPACE && !shortcut && area.isEditable() && deletePair()) {
            editor.completeAfterTyping();
        } else if (code == KeyCode.TAB && !shortcut && !e.isShiftDown() && area.isEditable() && area.getSelection().getLength() == 0) {
            area.replaceSelection(indentUnit());
        } else if (code == KeyCode.F3) {
            editor.findBar().open(false);
        } else {
            return;
        }
        e.consume();
    }

    private void typed(KeyEvent e) {
        if (e.isConsumed() || !area.isEditable() || e.isShortcutDown() || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch.length() != 1) {
            return;
        }
        char c = ch.charAt(0);
        int caret = area.getCaretPosition();
        String text = area.getText(Math.max(0, caret - 1), Math.min(area.getLength(), caret + 1));
        char before = caret > 0 ? text.charAt(0) : '\n';
        char after = caret < area.getLength() ? text.charAt(text.length() - 1) : '\n';
        boolean hasSelection = area.getSelection().getLength() > 0;
        if (!hasSelection && (c == '}' || c == ']' || c == '"') && after == c && !(c == '"' && before == '\\')) {
            area.moveTo(caret + 1);
            e.consume();
        } else if (!hasSelection && (c == '{' || c == '[') && closesHere(after)) {
            area.replaceSelection(c == '{' ? "{}" : "[]");
            area.moveTo(caret + 1);
            e.consume();
        } else if (!hasSelection && c == '"' && before != '\\' && closesHere(after) && !Character.isLetterOrDigit(before)) {
            area.replaceSelection("\"\"");
            area.moveTo(caret + 1);
            e.consume();
        }
        boolean wordStart = !Character.isLetterOrDigit(before) && before != '_' && before != '$';
        if (editor.completionPopup().isShowing() || (wordStart && (Character.isLetter(c) || c == '$')) || c == '"' || c == '.') {
            editor.completeAfterTyping();
        }
    }

    private static boolean closesHere(char after) {
        return Character.isWhitespace(after) || after == '}' || after == ']' || after == ',' || after == ':';
    }

    /** Enter: a new line with the current indentation, one level more after an opener or a YAML key. */
    private void newline() {
        int caret = area.getCaretPosition();
        int par = area.getCurrentParagraph();
        String line = area.getParagraph(par).getText();
        int col = area.getCaretColumn();
        String indent = leading(line);
        String beforeCaret = line.substring(0, Math.min(col, line.length())).stripTrailing();
        String afterCaret = line.substring(Math.min(col, line.length())).strip();
        char last = beforeCaret.isEmpty() ? 0 : beforeCaret.charAt(beforeCaret.length() - 1);
        String unit = indentUnit();
        boolean opens = last == '{' || last == '[' || editor.isYaml() && (last == ':' || beforeCaret.endsWith(": |") || beforeCaret.endsWith(": >"));
        if (!editor.isYaml() && opens && !afterCaret.isEmpty() && (afterCaret.charAt(0) == '}' || afterCaret.charAt(0) == ']')
                && pairs(last, afterCaret.charAt(0))) {
            String inserted = "\n" + indent + unit + "\n" + indent;
            area.replaceSelection(inserted);
            area.moveTo(caret + 1 + indent.length() + unit.length());
        } else {
            area.replaceSelection("\n" + indent + (opens ? unit : ""));
        }
        area.requestFollowCaret();
    }

    private static boolean pairs(char open, char close) {
        return open == '{' && close == '}' || open == '[' && close == ']';
    }

    /** Backspace between {@code {}}, {@code []} or {@code ""} removes both. */
    private boolean deletePair() {
        if (area.getSelection().getLength() > 0) {
            return false;
        }
        int caret = area.getCaretPosition();
        if (caret == 0 || caret >= area.getLength()) {
            return false;
        }
        String two = area.getText(caret - 1, caret + 1);
        if (two.equals("{}") || two.equals("[]") || two.equals("\"\"")) {
            area.deleteText(caret - 1, caret + 1);
            return true;
        }
        return false;
    }

    private String indentUnit() {
        return editor.indentUnit();
    }

    private static String leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}

package stepwise.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import stepwise.canvas.layout.Point;
import stepwise.canvas.palette.StateTemplate;
import stepwise.model.AslDocument;
import stepwise.model.asl.StateType;
import stepwise.model.edit.AddState;
import stepwise.model.edit.DeleteState;
import stepwise.model.edit.DuplicateStates;
import stepwise.model.edit.EditCommand;
import stepwise.model.edit.EditException;
import stepwise.model.edit.PasteStates;
import stepwise.model.edit.TextEdit;
import stepwise.model.edit.WorkflowSession;
import stepwise.model.graph.GraphNode;
import stepwise.model.graph.WorkflowGraph;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;

/**
 * What the user does to the selected states from the keyboard, the context menu or the palette: add,
 * delete, cut, copy, paste, duplicate, rename, undo and redo. Each change of the workflow is one
 * command (or several as one undo step) on the session; copied states travel as text on the system
 * clipboard, so they paste into another workflow or another program. FX thread only.
 */
public final class CanvasEditing {
    private final WorkflowCanvas canvas;

    CanvasEditing(WorkflowCanvas canvas) {
        this.canvas = canvas;
    }

    // ---- adding

    /**
     * Adds a state made from {@code template} to the machine drawn as scope {@code scopeId} ("" for the
     * workflow): on the transition written at {@code onTransition} (which went to {@code target}), or
     * unconnected when that is null. The new state gets a free name, is selected, and its name opens for
     * editing once it is drawn.
     * @return the new state's id, or null when nothing was added
     */
    public String add(StateTemplate template, String scopeId, JsonPointer onTransition, String target) {
        return add(template, scopeId, onTransition, target, null);
    }

    /**
     * As {@link #add(StateTemplate, String, JsonPointer, String)}; a state added unconnected with
     * {@code topLeft} given is pinned there (a corner in drawing coordinates: where it was dropped), in the
     * same undo step as the adding.
     */
    public String add(StateTemplate template, String scopeId, JsonPointer onTransition, String target, Point topLeft) {
        WorkflowSession session = canvas.getSession();
        AslDocument doc = session == null ? null : session.document();
        if (doc == null || doc.machine() == null) {
            return null;
        }
        Set<String> handedOut = new HashSet<>();
        String name = AddState.freeName(doc, template.baseName());
        handedOut.add(name);
        JsonObject definition = template.define(doc.machine().queryLanguage(), target, base -> {
            String free = AddState.freeName(doc, base, handedOut);
            handedOut.add(free);
            return free;
        });
        JsonPointer machine = JsonPointer.parse(scopeId);
        if (!canvas.commands().execute(new AddState(machine, name, definition, onTransition))) {
            return null;
        }
        String id = machine.append("States").append(name).toString();
        if (topLeft != null && onTransition == null) {
            canvas.pinAdded(id, scopeId, topLeft);
        }
        canvas.selection().select(id, canvas);
        canvas.whenLaidOut().thenRun(() -> canvas.rename(id));
        return id;
    }

    /**
     * Adds a state after the primary selected state (on its Next, or where it ends), or unconnected in
     * the workflow when nothing suitable is selected: what double-clicking a palette entry does.
     */
    public String addAfterSelection(StateTemplate template) {
        WorkflowGraph graph = canvas.getGraph();
        String primary = canvas.selection().getPrimary();
        GraphNode node = graph == null || primary == null ? null : graph.node(primary);
        if (node != null && !node.type().isTerminalType() && node.type() != StateType.CHOICE) {
            JsonPointer state = JsonPointer.parse(node.id());
            if (node.state().next() != null) {
                return add(template, node.scopeId(), state.append("Next"), node.state().next());
            }
            if (node.state().isTerminal()) {
                return add(template, node.scopeId(), state.append("End"), null);
            }
        }
        return add(template, node == null ? "" : node.scopeId(), null, null);
    }

    // ---- the selection

    /** The selected states that are not inside another selected state (which carries them), in selection order. */
    private List<String> outermostSelected() {
        WorkflowGraph graph = canvas.getGraph();
        List<String> selected = canvas.selection().getSelected();
        List<String> out = new ArrayList<>();
        for (String id : selected) {
            if (graph != null && graph.node(id) != null && selected.stream().noneMatch(other -> !other.equals(id) && id.startsWith(other + "/"))) {
                out.add(id);
            }
        }
        return out;
    }

    private static List<JsonPointer> pointers(List<String> ids) {
        return ids.stream().map(JsonPointer::parse).toList();
    }

    /** Deletes the selected states as one undo step; what led to each now leads on where that is clear. */
    public boolean delete() {
        List<String> ids = outermostSelected();
        if (ids.isEmpty()) {
            return false;
        }
        List<EditCommand> commands = new ArrayList<>();
        for (JsonPointer p : pointers(ids)) {
            commands.add(new DeleteState(p));
        }
        return canvas.commands().execute("Delete " + ids.size() + " states", commands);
    }

    /** Puts the selected states on the system clipboard as text (a JSON object of their definitions). */
    public boolean copy() {
        List<String> ids = outermostSelected();
        WorkflowSession session = canvas.getSession();
        if (ids.isEmpty() || session == null) {
            return false;
        }
        try {
            String text = PasteStates.copy(session.document(), pointers(ids));
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            canvas.notify(ids.size() == 1 ? "Copied 1 state" : "Copied " + ids.size() + " states");
            return true;
        } catch (EditException e) {
            canvas.notify("Copy: " + e.getMessage());
            return false;
        }
    }

    /** Copies the selected states, then deletes them as one undo step. */
    public boolean cut() {
        List<String> ids = outermostSelected();
        if (ids.isEmpty() || !copy()) {
            return false;
        }
        String description = ids.size() == 1 ? "Cut state " + JsonPointer.parse(ids.get(0)).last() : "Cut " + ids.size() + " states";
        List<EditCommand> commands = new ArrayList<>();
        for (JsonPointer p : pointers(ids)) {
            commands.add(new DeleteState(p));
        }
        return canvas.commands().execute(description, commands.size() == 1 ? List.of(described(description, commands.get(0))) : commands);
    }

    /** Pastes the states on the clipboard into the machine of the primary selected state (the workflow when none). */
    public boolean paste() {
        WorkflowGraph graph = canvas.getGraph();
        String primary = canvas.selection().getPrimary();
        GraphNode node = graph == null || primary == null ? null : graph.node(primary);
        return paste(node == null ? "" : node.scopeId());
    }

    /** Pastes the states on the clipboard into the machine drawn as scope {@code scopeId}; they are selected. */
    public boolean paste(String scopeId) {
        WorkflowSession session = canvas.getSession();
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (session == null) {
            return false;
        }
        String text = clipboard.hasString() ? clipboard.getString() : null;
        JsonPointer machine = JsonPointer.parse(scopeId);
        PasteStates paste = new PasteStates(machine, text);
        Map<String, JsonObject> pasted;
        try {
            pasted = paste.pastedStates(session.document());
        } catch (EditException e) {
            canvas.notify("Paste: " + e.getMessage());
            return false;
        }
        if (!canvas.commands().execute(paste)) {
            return false;
        }
        select(pasted.keySet().stream().map(name -> machine.append("States").append(name).toString()).toList());
        return true;
    }

    /** Duplicates the selected states (of one machine) next to them; the copies are selected. */
    public boolean duplicate() {
        List<String> ids = outermostSelected();
        WorkflowSession session = canvas.getSession();
        if (ids.isEmpty() || session == null) {
            return false;
        }
        DuplicateStates command = new DuplicateStates(pointers(ids));
        Map<String, String> names;
        try {
            names = command.newNames(session.document());
        } catch (EditException e) {
            canvas.notify(command.description() + ": " + e.getMessage());
            return false;
        }
        if (!canvas.commands().execute(command)) {
            return false;
        }
        List<String> copies = new ArrayList<>();
        for (String id : ids) {
            JsonPointer p = JsonPointer.parse(id);
            copies.add(p.parent().append(names.get(p.last())).toString());
        }
        select(copies);
        return true;
    }

    private void select(List<String> ids) {
        canvas.selection().select(ids, canvas);
        canvas.whenLaidOut().thenRun(() -> {
            if (!ids.isEmpty()) {
                canvas.reveal(ids.get(0));
            }
        });
    }

    /** Opens the primary selected state's name for editing in place. */
    public boolean rename() {
        String primary = canvas.selection().getPrimary();
        if (primary == null || canvas.getGraph() == null || canvas.getGraph().node(primary) == null) {
            return false;
        }
        canvas.rename(primary);
        return true;
    }

    // ---- undo and redo on the session's one stack

    public boolean undo() {
        WorkflowSession session = canvas.getSession();
        if (session == null || !session.undo()) {
            return false;
        }
        canvas.parseSoon();
        return true;
    }

    public boolean redo() {
        WorkflowSession session = canvas.getSession();
        if (session == null || !session.redo()) {
            return false;
        }
        canvas.parseSoon();
        return true;
    }

    /** Handles the editing keys; answers whether {@code e} was one. */
    public boolean handle(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean shortcut = e.isShortcutDown();
        if (!shortcut && !e.isAltDown() && (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE)) {
            delete();
        } else if (!shortcut && code == KeyCode.F2) {
            rename();
        } else if (shortcut && code == KeyCode.Z) {
            if (e.isShiftDown()) {
                redo();
            } else {
                undo();
            }
        } else if (shortcut && code == KeyCode.Y) {
            redo();
        } else if (shortcut && code == KeyCode.C) {
            copy();
        } else if (shortcut && code == KeyCode.X) {
            cut();
        } else if (shortcut && code == KeyCode.V) {
            paste();
        } else if (shortcut && code == KeyCode.D) {
            duplicate();
        } else {
            return false;
        }
        return true;
    }

    /** {@code command} under another description (a cut of one state is undone as "Cut state Pay"). */
    private static EditCommand described(String description, EditCommand command) {
        return new EditCommand() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public List<TextEdit> edits(AslDocument document) throws EditException {
                return command.edits(document);
            }
        };
    }
}

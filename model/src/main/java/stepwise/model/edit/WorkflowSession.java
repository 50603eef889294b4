package stepwise.model.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import stepwise.model.AslDocument;

/**
 * One open workflow while it is being edited: the current text, its latest parse, and the single undo
 * stack that the canvas, the inspector and the JSON editor share. Every change is a list of
 * {@link TextEdit}s; an {@link EditCommand} is one undo step, and consecutive typing can be merged into
 * one.
 *
 * <p>The text is always current. Parsing may lag behind (the editor parses off the UI thread after a
 * pause in typing and hands the result to {@link #offerParse}); {@link #document()} parses at once when
 * it must. A session is confined to one thread (the UI thread in the app); it does no locking.
 */
public final class WorkflowSession {

    /** Who made a change, so that a view can ignore its own changes when they come back to it. */
    public interface Origin {
    }

    /** Origins the session itself uses. */
    public enum Builtin implements Origin { UNDO, REDO, LOAD }

    /** A change of the text: the edits (against {@code before}), the new text, and who made it. */
    public record Change(String before, String after, List<TextEdit> edits, String description, Origin origin, long version) {
    }

    public interface Listener {
        /** The text changed; the new parse may not be there yet. */
        void textChanged(Change change);

        /** A parse of the current text was installed (its syntax may be broken). */
        default void documentChanged(AslDocument document) {
        }

        /** The undo stack or the saved marker changed. */
        default void historyChanged() {
        }
    }

    /** One undo step: changes applied in order, each with its inverse. */
    private record Step(String description, List<List<TextEdit>> forward, List<List<TextEdit>> backward, String mergeKey,
                        long id) {
    }

    private final int maxUndo;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private String text;
    private AslDocument document;
    private AslDocument lastGood;
    private long version;
    private long stepIds;
    private long savedStepId;
    private boolean savedReachable = true;

    public WorkflowSession(AslDocument initial) {
        this(initial, 500);
    }

    public WorkflowSession(AslDocument initial, int maxUndo) {
        this.text = initial.text();
        this.document = initial;
        this.lastGood = initial.hasSyntaxErrors() ? null : initial;
        this.maxUndo = maxUndo;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** The current text. */
    public String text() {
        return text;
    }

    /** Counts text changes; a parse made for version v applies only while the session is at v. */
    public long version() {
        return version;
    }

    /** The parse of the current text, made now if the latest parse is behind. */
    public AslDocument document() {
        if (document == null || !document.text().equals(text)) {
            install(currentBase().withText(text));
        }
        return document;
    }

    /** The parse of the current text if it has been made, else null (nothing is parsed by this call). */
    public AslDocument parsedDocument() {
        return document != null && document.text().equals(text) ? document : null;
    }

    /** The latest parse without syntax errors (possibly of older text), or null if there has never been one. */
    public AslDocument lastGoodDocument() {
        return lastGood;
    }

    /** The newest parse the session has, current or not: for making the next one from. */
    public AslDocument currentBase() {
        return document != null ? document : lastGood;
    }

    /** Installs a parse made elsewhere if the text has not moved on since; answers whether it was taken. */
    public boolean offerParse(long forVersion, AslDocument parsed) {
        if (forVersion != version || !parsed.text().equals(text)) {
            return false;
        }
        install(parsed);
        return true;
    }

    private void install(AslDocument parsed) {
        document = parsed;
        if (!parsed.hasSyntaxErrors()) {
            lastGood = parsed;
        }
        for (Listener l : listeners) {
            l.documentChanged(parsed);
        }
    }

    /**
     * Carries out a command as one undo step.
     * @return false when the command had nothing to change
     */
    public boolean execute(EditCommand command, Origin origin) throws EditException {
        List<TextEdit> edits = command.edits(document());
        if (edits.isEmpty()) {
            return false;
        }
        applyAsStep(edits, command.description(), origin, null);
        AslDocument after = currentBase().withText(text);
        install(after);
        return true;
    }

    /**
     * Applies a text change made in the editor. Consecutive changes with the same non-null
     * {@code mergeKey} (typing in one run) become one undo step. The new text is not parsed here.
     */
    public void edit(List<TextEdit> edits, String description, Origin origin, String mergeKey) {
        if (edits.isEmpty()) {
            return;
        }
        applyAsStep(edits, description, origin, mergeKey);
    }

    private void applyAsStep(List<TextEdit> edits, String description, Origin origin, String mergeKey) {
        String before = text;
        List<TextEdit> inverse = TextEdit.inverse(before, edits);
        Step top = undo.peek();
        if (mergeKey != null && top != null && mergeKey.equals(top.mergeKey()) && top.id() != savedStepId) {
            undo.pop();
            List<List<TextEdit>> forward = new ArrayList<>(top.forward());
            forward.add(List.copyOf(edits));
            List<List<TextEdit>> backward = new ArrayList<>(top.backward());
            backward.add(inverse);
            undo.push(new Step(top.description(), forward, backward, mergeKey, top.id()));
        } else {
            undo.push(new Step(description, List.of(List.copyOf(edits)), List.of(inverse), mergeKey, ++stepIds));
            while (undo.size() > maxUndo) {
                Step dropped = undo.removeLast();
                if (dropped.id() == savedStepId) {
                    savedReachable = false;
                }
            }
        }
        if (!redo.isEmpty()) {
            if (redo.stream().anyMatch(s -> s.id() == savedStepId)) {
                savedReachable = false;
            }
            redo.clear();
        }
        changeText(before, edits, description, origin);
        fireHistory();
    }

    private void changeText(String before, List<TextEdit> edits, String description, Origin origin) {
        text = TextEdit.apply(before, edits);
        version++;
        Change change = new Change(before, text, List.copyOf(edits), description, origin, version);
        for (Listener l : listeners) {
            l.textChanged(change);
        }
    }

    /** Ends the current run of merged typing, so that the next change starts a new undo step. */
    public void breakMerge() {
        Step top = undo.peek();
        if (top != null && top.mergeKey() != null) {
            undo.pop();
            undo.push(new Step(top.description(), top.forward(), top.backward(), null, top.id()));
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would undo ("Rename state A to B"), or null. */
    public String undoDescription() {
        return undo.isEmpty() ? null : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? null : redo.peek().description();
    }

    /** Undoes the last step; false when there is none. */
    public boolean undo() {
        Step step = undo.poll();
        if (step == null) {
            return false;
        }
        redo.push(step);
        List<List<TextEdit>> backward = step.backward();
        for (int i = backward.size() - 1; i >= 0; i--) {
            changeText(text, backward.get(i), "Undo " + step.description(), Builtin.UNDO);
        }
        fireHistory();
        return true;
    }

    /** Redoes the last undone step; false when there is none. */
    public boolean redo() {
        Step step = redo.poll();
        if (step == null) {
            return false;
        }
        undo.push(new Step(step.description(), step.forward(), step.backward(), null, step.id()));
        for (List<TextEdit> edits : step.forward()) {
            changeText(text, edits, "Redo " + step.description(), Builtin.REDO);
        }
        fireHistory();
        return true;
    }

    /** Marks the current text as what is saved on disk. */
    public void markSaved() {
        Step top = undo.peek();
        savedStepId = top == null ? 0 : top.id();
        savedReachable = true;
        breakMerge();
        fireHistory();
    }

    /**
     * Marks the text as differing from what is on disk although no edit was made (the file changed on
     * disk and the user kept the text they had), so that it counts as unsaved until the next save.
     */
    public void markUnsaved() {
        savedReachable = false;
        fireHistory();
    }

    /** True when the text differs from what was last saved (or loaded). */
    public boolean isDirty() {
        Step top = undo.peek();
        long current = top == null ? 0 : top.id();
        return !savedReachable || current != savedStepId;
    }

    /** Replaces the whole text as one undo step (e.g. reloading a file changed on disk, or Format). */
    public void replaceAll(String newText, String description, Origin origin) {
        if (!newText.equals(text)) {
            edit(List.of(new TextEdit(0, text.length(), newText)), description, origin, null);
        }
    }

    private void fireHistory() {
        for (Listener l : listeners) {
            l.historyChanged();
        }
    }
}

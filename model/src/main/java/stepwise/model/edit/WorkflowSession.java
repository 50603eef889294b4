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
 * one. Several commands can make one step ({@link #execute(String, List, Origin)}), and a change kept
 * outside the text, such as the canvas's pinned positions, can take its place on the same stack
 * ({@link #record(SideChange)}) without the text knowing of it.
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

    /**
     * A change kept outside the workflow's text that is undone and redone in turn with the text's changes
     * (the canvas's pinned positions, saved in a file beside the workflow). It is already done when it is
     * {@linkplain #record recorded}; {@link #undo()} and {@link #redo()} put things back as they were
     * before and after it. It does not change the text, so it never makes the workflow unsaved.
     */
    public interface SideChange {
        /** What the change did, for the Undo menu: "Move state Pay". */
        String description();

        void undo();

        void redo();
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

    /**
     * One undo step: changes of the text applied in order, each with its inverse, and changes made outside
     * the text with them (a step of {@link #record} has only those).
     */
    private record Step(String description, List<List<TextEdit>> forward, List<List<TextEdit>> backward, String mergeKey,
                        long id, List<SideChange> sides) {
        Step(String description, List<List<TextEdit>> forward, List<List<TextEdit>> backward, String mergeKey, long id) {
            this(description, forward, backward, mergeKey, id, List.of());
        }

        boolean changesText() {
            return !forward.isEmpty();
        }
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
    /** The text step the oldest step on the stack was made on (0: the loaded text), once older steps were dropped. */
    private long droppedTextStepId;

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
     * Carries out {@code commands} in order as one undo step described as {@code description}: each is
     * computed against the document the previous one produced. When one of them is refused, nothing
     * changes.
     * @return false when none of them had anything to change
     * @throws EditException the first refusal, its message naming the command
     */
    public boolean execute(String description, List<? extends EditCommand> commands, Origin origin) throws EditException {
        AslDocument doc = document();
        String start = text;
        List<TextEdit> all = List.of();
        for (int i = 0; i < commands.size(); i++) {
            EditCommand command = commands.get(i);
            List<TextEdit> edits;
            try {
                edits = command.edits(doc);
            } catch (EditException e) {
                throw commands.size() == 1 ? e : new EditException(command.description() + ": " + e.getMessage());
            }
            if (edits.isEmpty()) {
                continue;
            }
            all = TextEdit.compose(start, all, edits);
            doc = doc.withText(TextEdit.apply(doc.text(), edits));
        }
        if (all.isEmpty()) {
            return false;
        }
        applyAsStep(all, description, origin, null);
        install(doc.text().equals(text) ? doc : currentBase().withText(text));
        return true;
    }

    /**
     * Puts a change already made outside the text on the undo stack as one step, after the changes made
     * so far; what could be redone is dropped, as after any new change.
     */
    public void record(SideChange change) {
        push(new Step(change.description(), List.of(), List.of(), null, ++stepIds, List.of(change)));
        fireHistory();
    }

    /**
     * Makes {@code change}, already made outside the text, part of the step the last command made, so that
     * one Undo takes back both (a state dropped on empty space, and the place it was pinned at). When the
     * last step changed no text, the change becomes a step of its own.
     */
    public void attach(SideChange change) {
        Step top = undo.peek();
        if (top == null || !top.changesText()) {
            record(change);
            return;
        }
        undo.pop();
        List<SideChange> sides = new ArrayList<>(top.sides());
        sides.add(change);
        undo.push(new Step(top.description(), top.forward(), top.backward(), null, top.id(), List.copyOf(sides)));
        fireHistory();
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
            undo.push(new Step(top.description(), forward, backward, mergeKey, top.id(), top.sides()));
        } else {
            push(new Step(description, List.of(List.copyOf(edits)), List.of(inverse), mergeKey, ++stepIds));
        }
        if (!redo.isEmpty()) {
            clearRedo();
        }
        changeText(before, edits, description, origin);
        fireHistory();
    }

    private void push(Step step) {
        undo.push(step);
        while (undo.size() > maxUndo) {
            Step dropped = undo.removeLast();
            if (dropped.changesText()) {
                droppedTextStepId = dropped.id();
            }
            if (dropped.id() == savedStepId) {
                savedReachable = false;
            }
        }
        clearRedo();
    }

    private void clearRedo() {
        if (redo.stream().anyMatch(s -> s.changesText() && s.id() == savedStepId)) {
            savedReachable = false;
        }
        redo.clear();
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
            undo.push(new Step(top.description(), top.forward(), top.backward(), null, top.id(), top.sides()));
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
        for (int i = step.sides().size() - 1; i >= 0; i--) {
            step.sides().get(i).undo();
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
        undo.push(new Step(step.description(), step.forward(), step.backward(), null, step.id(), step.sides()));
        for (List<TextEdit> edits : step.forward()) {
            changeText(text, edits, "Redo " + step.description(), Builtin.REDO);
        }
        for (SideChange side : step.sides()) {
            side.redo();
        }
        fireHistory();
        return true;
    }

    /** Marks the current text as what is saved on disk. */
    public void markSaved() {
        savedStepId = textStepId();
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
        return !savedReachable || textStepId() != savedStepId;
    }

    /** The id of the step that made the current text (changes outside the text do not count); 0 for the loaded text. */
    private long textStepId() {
        for (Step s : undo) {
            if (s.changesText()) {
                return s.id();
            }
        }
        return droppedTextStepId;
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

package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;

/**
 * One user action on a workflow (add a state, rename it, connect two states, set a field...). It
 * computes the {@link TextEdit}s that carry it out on the document's text, re-rendering only the JSON
 * it changes; every other byte of the file stays as it was.
 */
public interface EditCommand {
    /** What the action does, for the Undo menu: "Rename state Pay to Charge". */
    String description();

    /** The edits against {@code document.text()}; none when there is nothing to change. */
    List<TextEdit> edits(AslDocument document) throws EditException;
}

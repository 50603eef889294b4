package stepwise.canvas;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which states are selected, shared by every view of one open workflow (canvas, JSON editor,
 * inspector, run panel). It holds state ids (the state's JSON Pointer, as {@code GraphNode.id()}),
 * not nodes, so it survives re-parses; the primary state is the one the inspector shows. FX thread only.
 */
public final class WorkflowSelection {
    private final ObservableList<String> selected = FXCollections.observableArrayList();
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(selected);
    private final ReadOnlyObjectWrapper<String> primary = new ReadOnlyObjectWrapper<>(this, "primary");
    private final ReadOnlyObjectWrapper<Object> source = new ReadOnlyObjectWrapper<>(this, "source");

    /** The selected state ids, primary first. */
    public ObservableList<String> getSelected() {
        return readOnly;
    }

    /** The state the inspector shows, or null. */
    public ReadOnlyObjectProperty<String> primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    public String getPrimary() {
        return primary.get();
    }

    /** The view that made the latest selection change, so a view can ignore its own changes. */
    public ReadOnlyObjectProperty<Object> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public boolean isSelected(String id) {
        return selected.contains(id);
    }

    /** Selects exactly {@code ids} (the first becomes primary); an empty list clears. */
    public void select(Collection<String> ids, Object from) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(ids));
        source.set(from);
        if (!unique.equals(selected)) {
            selected.setAll(unique);
        }
        primary.set(unique.isEmpty() ? null : unique.get(0));
    }

    public void select(String id, Object from) {
        select(id == null ? List.of() : List.of(id), from);
    }

    /** Adds or removes {@code id} (shift-click). */
    public void toggle(String id, Object from) {
        source.set(from);
        if (selected.remove(id)) {
            if (id.equals(primary.get())) {
                primary.set(selected.isEmpty() ? null : selected.get(0));
            }
        } else {
            selected.add(id);
            primary.set(id);
        }
    }

    public void clear(Object from) {
        select(List.of(), from);
    }

    /** Keeps only the ids that still exist (after an edit removed or renamed states). */
    public void retain(Collection<String> existing) {
        if (!existing.containsAll(selected)) {
            List<String> kept = selected.stream().filter(existing::contains).toList();
            select(kept, source.get());
        }
    }
}

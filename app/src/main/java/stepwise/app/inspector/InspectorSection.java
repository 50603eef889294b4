package stepwise.app.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TitledPane;

/**
 * One collapsible part of the inspector (the state's name and transition, its input and output, its
 * Retry table...). It is built for one state type and query language, and updates its fields in place
 * when the document changes.
 */
abstract class InspectorSection {
    protected final InspectorEdits edits;
    protected final FormGrid form = new FormGrid();
    private final TitledPane pane;
    private final String title;
    private final List<FieldBinding> fixed = new ArrayList<>();

    InspectorSection(String title, InspectorEdits edits) {
        this.title = title;
        this.edits = edits;
        this.pane = new TitledPane(title, form);
        pane.getStyleClass().add("inspector-section");
        pane.setAnimated(false);
        pane.setId("section:" + title);
    }

    String title() {
        return title;
    }

    TitledPane node() {
        return pane;
    }

    /** Registers a field that lives as long as the section. */
    protected <T extends FieldBinding> T bind(T field) {
        fixed.add(field);
        return field;
    }

    /** Every field the section shows now (fixed ones and those of rows). */
    List<FieldBinding> fields() {
        List<FieldBinding> out = new ArrayList<>(fixed);
        out.addAll(rowFields());
        return out;
    }

    /** The fields of rows that come and go with the document (table rows, rules). */
    protected List<FieldBinding> rowFields() {
        return List.of();
    }

    /** Refreshes from the document; the default updates the fixed fields. */
    void update(InspectedState state) {
        for (FieldBinding f : fixed) {
            f.update(state);
        }
    }
}

package stepwise.canvas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import stepwise.canvas.layout.LayoutFile;
import stepwise.canvas.layout.LayoutPins;

/**
 * The positions pinned in the workflow on show, and the sidecar file beside the workflow's file where
 * they are kept. Failures to read or write are told to the user in a sentence; the pins on show stay.
 */
final class SidecarPins {
    private static final Logger LOG = Logger.getLogger(SidecarPins.class.getName());

    private final ReadOnlyObjectWrapper<LayoutPins> pins;
    private final ObjectProperty<Path> file;
    private final Consumer<String> tell;

    SidecarPins(Object bean, Consumer<String> tell) {
        this.pins = new ReadOnlyObjectWrapper<>(bean, "pins", LayoutPins.NONE);
        this.file = new SimpleObjectProperty<>(bean, "workflowFile");
        this.tell = tell;
    }

    ReadOnlyObjectProperty<LayoutPins> property() {
        return pins.getReadOnlyProperty();
    }

    ObjectProperty<Path> fileProperty() {
        return file;
    }

    LayoutPins get() {
        return pins.get();
    }

    /** Forgets the pins (another workflow is being opened); nothing is written. */
    void forget() {
        pins.set(LayoutPins.NONE);
    }

    /** Sets the pins and saves those of {@code existing} states beside the workflow's file. */
    void set(LayoutPins newPins, Collection<String> existing) {
        pins.set(newPins);
        save(existing);
    }

    /**
     * The workflow's file is now {@code newFile}: its sidecar gives the pins; when it has none (the
     * workflow was just saved under a new name) the pins on show are saved there.
     * @return true when the pins changed
     */
    boolean fileChanged(Path newFile, Collection<String> existing) {
        if (newFile == null) {
            return false;
        }
        if (!Files.exists(LayoutFile.sidecarOf(newFile))) {
            save(existing);
            return false;
        }
        LayoutPins before = pins.get();
        try {
            pins.set(LayoutFile.read(newFile));
        } catch (IOException e) {
            tell.accept("The saved layout could not be read (" + e.getMessage() + "); the layout is automatic");
            pins.set(LayoutPins.NONE);
        }
        return !pins.get().equals(before);
    }

    private void save(Collection<String> existing) {
        Path target = file.get();
        if (target == null) {
            return;
        }
        LayoutPins toSave = existing == null ? pins.get() : pins.get().retainAll(existing);
        try {
            LayoutFile.write(target, toSave);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not save the layout", e);
            tell.accept("The layout could not be saved next to " + target.getFileName() + ": " + e.getMessage());
        }
    }
}
